"""Every write to rounds and their answers goes through here (views and commands only call these).

:func:`import_dataset` is the one path by which answers enter the database, for a file import
today and for the web survey later: a core :class:`~netwerkkaart.core.dataset.Dataset` in, all of
its rounds written in one transaction, all or nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import date

import polars as pl
from django.contrib.auth.models import AbstractBaseUser
from django.db import OperationalError, connection, models, transaction
from django.utils.translation import gettext_lazy as _
from django_scopes import scope

from netwerkkaart.apps.register.models import Actor
from netwerkkaart.apps.rounds.locks import lock_rounds
from netwerkkaart.apps.rounds.models import Round, RoundSource, RoundStatus, Tie, UnknownActor, Wish
from netwerkkaart.apps.workspaces.models import Workspace
from netwerkkaart.apps.workspaces.services import log_action
from netwerkkaart.core.dataformat.identifiers import QuestionedId, questioned_ids
from netwerkkaart.core.dataformat.spec import usable_round_code
from netwerkkaart.core.dataset import Dataset

BATCH_SIZE = 5000
ROW_MODELS = ((Tie, "ties"), (Wish, "wishes"), (UnknownActor, "unknown"))

Progress = Callable[[int, int], None]

REFUSALS = {
    "round_has_data": _(
        "Ronde %(rounds)s heeft al gegevens. Vink 'bestaande gegevens vervangen' aan om ze te "
        "vervangen; gegevens worden nooit samengevoegd."
    ),
    "bad_round_code": _(
        "'%(rounds)s' is geen bruikbare rondecode: gebruik hoogstens 40 tekens, geen '/' en niet "
        "het woord 'import'."
    ),
    "empty": _("Er staat geen enkele rij in de gegevens."),
    "questioned_ids": _(
        "Sommige identificaties lijken op codes uit het register maar staan er niet in. "
        "Verbeter ze in het bestand, of laad het opnieuw op en bevestig dat het nieuwe actoren "
        "zijn."
    ),
    "survey_round": _(
        "Ronde %(rounds)s loopt via de site; sluit ze af op de pagina van de bevraging."
    ),
    "unfit_values": _(
        "Sommige waarden passen niet in de databank (te lang, of met een NUL-teken) in: "
        "%(rounds)s. Er werd niets ingelezen."
    ),
    "busy": _(
        "De databank was bezet door een andere import of afsluiting van ronde %(rounds)s; er "
        "werd niets ingelezen. Probeer het over enkele ogenblikken opnieuw."
    ),
    "unexpected": _("Er liep iets onverwachts mis; er werd niets ingelezen. De fout werd gelogd."),
    "interrupted": _(
        "De verwerking van dit bestand werd onderbroken (de achtergrondtaak stopte); er werd "
        "niets ingelezen. Lees het bestand opnieuw in."
    ),
}


class ImportRefused(Exception):
    """The data is valid but cannot be written as asked (e.g. the round already has data)."""

    def __init__(self, code: str, rounds: Sequence[str] = ()):
        self.code = code
        self.rounds = list(rounds)
        super().__init__(f"{code}: {', '.join(self.rounds)}")

    def message(self) -> str:
        return str(REFUSALS[self.code] % {"rounds": ", ".join(self.rounds)})

    def as_dict(self) -> dict[str, object]:
        return {"code": self.code, "rounds": self.rounds}


@dataclass(frozen=True)
class RoundSummary:
    code: str
    ties: int
    wishes: int
    unknown: int
    respondents: int
    replaced: bool = False


@dataclass(frozen=True)
class ImportSummary:
    """What an import wrote, per round."""

    rounds: tuple[RoundSummary, ...]

    @property
    def ties(self) -> int:
        return sum(r.ties for r in self.rounds)

    @property
    def wishes(self) -> int:
        return sum(r.wishes for r in self.rounds)

    @property
    def unknown(self) -> int:
        return sum(r.unknown for r in self.rounds)

    @property
    def respondents(self) -> int:
        return sum(r.respondents for r in self.rounds)

    def as_dict(self) -> dict[str, object]:
        return {"rounds": [asdict(r) for r in self.rounds]}

    @classmethod
    def from_dict(cls, data: dict) -> ImportSummary:
        return cls(tuple(RoundSummary(**r) for r in data.get("rounds", [])))


def default_round_code() -> str:
    return str(date.today().year)


def import_dataset(
    workspace: Workspace,
    dataset: Dataset,
    *,
    user: AbstractBaseUser | None,
    replace: bool = False,
    default_round: str | None = None,
    progress: Progress | None = None,
    survey_close: bool = False,
) -> ImportSummary:
    """Write every round of ``dataset`` into ``workspace``, in one transaction.

    Rows without a round go to ``default_round`` (this year when not given). A round that already
    holds rows is refused, unless ``replace``: then its rows are deleted and the new ones written
    (never merged). ``progress(done, total)`` is called after every batch of rows. A round
    answered on the site is refused, except when its own closing writes it (``survey_close``).

    The rounds are locked for the whole transaction (:func:`~.locks.lock_rounds`): a second
    import of the same round waits for the first and then finds its data, so the result is
    always exactly one file. Everything that needs no database (checks, the rows as the
    statements' parameters) is done before the transaction, which only locks, deletes and inserts:
    on SQLite it holds the database's one write lock, and respondents' saves wait for it.

    Raises
    ------
    ImportRefused
        When a round has data and ``replace`` is false, a round code is unusable, a value does
        not fit its database field, there are no rows, or the database stayed busy; nothing is
        written then.
    """
    fallback = (default_round or default_round_code()).strip()
    frames = {
        name: getattr(dataset, name).with_columns(pl.col("round").fill_null(fallback))
        for name in ("ties", "wishes", "unknown")
    }
    total = sum(frame.height for frame in frames.values())
    if total == 0:
        raise ImportRefused("empty")
    codes = sorted(
        {code for frame in frames.values() for code in frame.get_column("round").unique()}
    )
    bad = [c for c in codes if not usable_code(c)]
    if bad:
        raise ImportRefused("bad_round_code", bad)
    unfit = unfit_values(frames)
    if unfit:
        raise ImportRefused("unfit_values", unfit)
    plans = {code: _round_plan(workspace, code, frames) for code in codes}
    try:
        summary = _write(
            workspace,
            plans,
            user=user,
            replace=replace,
            progress=progress,
            survey_close=survey_close,
            total=total,
        )
    except OperationalError as error:
        if not is_busy(error):
            raise
        raise ImportRefused("busy", codes) from error
    return summary


@dataclass(frozen=True)
class _RoundPlan:
    """One round's rows, ready as INSERT parameters, and what the summary says about them."""

    inserts: tuple[tuple[str, pl.DataFrame], ...]  # (statement, parameters without the round id)
    summary: RoundSummary


def _round_plan(workspace: Workspace, code: str, frames: dict[str, pl.DataFrame]) -> _RoundPlan:
    keep = pl.col("round") == code
    parts = {name: frame.filter(keep).drop("round") for name, frame in frames.items()}
    inserts = tuple(
        _insert_statement(model, workspace, parts[name])
        for model, name in ROW_MODELS
        if parts[name].height
    )
    respondents = pl.concat([p.select("respondent") for p in parts.values()]).n_unique()
    summary = RoundSummary(
        code=code,
        ties=parts["ties"].height,
        wishes=parts["wishes"].height,
        unknown=parts["unknown"].height,
        respondents=respondents,
    )
    return _RoundPlan(inserts, summary)


def _insert_statement(
    model: type[models.Model], workspace: Workspace, frame: pl.DataFrame
) -> tuple[str, pl.DataFrame]:
    """An INSERT for ``model`` and its parameters, one row each: what ``bulk_create`` would send.

    Text stays text, a JSON field gets its JSON text (a missing list stays NULL), and the round
    id, known only once the round is locked, comes first in the statement.
    """
    quote = connection.ops.quote_name
    fields = [model._meta.get_field(name) for name in frame.columns]
    is_json = [isinstance(field, models.JSONField) for field in fields]
    cast = "::jsonb" if connection.vendor == "postgresql" else ""
    columns = ["round_id", "workspace_id", *(field.column for field in fields)]
    marks = ["%s", "%s", *("%s" + cast if json else "%s" for json in is_json)]
    sql = (
        f"INSERT INTO {quote(model._meta.db_table)} ({', '.join(map(quote, columns))}) "
        f"VALUES ({', '.join(marks)})"
    )
    values = frame.select(
        pl.lit(workspace.pk).alias("workspace_id"),
        *(
            _json_text(field.name)
            if json
            else pl.col(field.name)
            if frame.schema[field.name].is_integer()
            else pl.col(field.name).cast(pl.String)
            for field, json in zip(fields, is_json, strict=True)
        ),
    )
    return sql, values


def _json_text(name: str) -> pl.Expr:
    encoded = pl.struct(pl.col(name)).struct.json_encode()  # '{"level":[...]}'
    inner = encoded.str.slice(len(name) + 4).str.strip_suffix("}")
    return pl.when(pl.col(name).is_null()).then(None).otherwise(inner).alias(name)


def _write(
    workspace: Workspace,
    plans: dict[str, _RoundPlan],
    *,
    user: AbstractBaseUser | None,
    replace: bool,
    progress: Progress | None,
    survey_close: bool,
    total: int,
) -> ImportSummary:
    done = 0
    summaries = []
    with transaction.atomic(), scope(workspace=workspace):
        locked = lock_rounds(workspace, plans)
        # A round answered on the site gets its data from its answers only (when it closes).
        surveyed = [c for c, (r, _new) in locked.items() if r.source == RoundSource.SURVEY]
        if surveyed and not survey_close:
            raise ImportRefused("survey_round", sorted(surveyed))
        filled = [c for c, (r, new) in locked.items() if not new and has_rows(r)]
        if filled and not replace:
            raise ImportRefused("round_has_data", sorted(filled))
        with connection.cursor() as cursor:
            for code, plan in plans.items():
                round_ = locked[code][0]
                if code in filled:
                    clear_rows(round_)
                for sql, values in plan.inserts:
                    for offset in range(0, values.height, BATCH_SIZE):
                        chunk = values.slice(offset, BATCH_SIZE)
                        cursor.executemany(sql, [(round_.pk, *row) for row in chunk.iter_rows()])
                        done += chunk.height
                        if progress is not None:
                            progress(done, total)
                summaries.append(replace_summary(plan.summary, replaced=code in filled))
        summary = ImportSummary(tuple(summaries))
        log_action(workspace, "rounds.imported", user, changes_data=True, **summary.as_dict())
    return summary


def replace_summary(summary: RoundSummary, *, replaced: bool) -> RoundSummary:
    return RoundSummary(**{**asdict(summary), "replaced": replaced})


def is_busy(error: OperationalError) -> bool:
    """SQLite's "database is locked": another write held the database past the busy timeout."""
    return connection.vendor == "sqlite" and "locked" in str(error)


def unfit_values(frames: dict[str, pl.DataFrame]) -> list[str]:
    """Columns holding a value its database field cannot take (too long, or a NUL character).

    Files were checked cell by cell when read (``core.dataformat``); this guards the other way in,
    a survey round's closing, so a value never reaches the database to fail there.
    """
    found = []
    for model, name in ROW_MODELS:
        frame = frames[name]
        for column in frame.columns:
            if frame.schema[column] != pl.String:
                continue
            field = (
                Round._meta.get_field("code")
                if column == "round"
                else model._meta.get_field(column)
            )
            text = frame.get_column(column)
            limit = getattr(field, "max_length", None)
            too_long = limit is not None and bool((text.str.len_chars() > limit).any())
            if too_long or bool(text.str.contains("\x00", literal=True).any()):
                found.append(f"{name}.{column}")
    return found


def usable_code(code: str) -> bool:
    return usable_round_code(code)


def has_rows(round_: Round) -> bool:
    return any(model.objects.filter(round=round_).exists() for model in (Tie, Wish, UnknownActor))


def clear_rows(round_: Round) -> dict[str, int]:
    """Delete a round's answers (inside the caller's transaction); returns how many per kind."""
    removed = {}
    for model, name in ((Tie, "ties"), (Wish, "wishes"), (UnknownActor, "unknown")):
        removed[name], _detail = model.objects.filter(round=round_).delete()
    return removed


def round_counts(queryset: models.QuerySet[Round]) -> models.QuerySet[Round]:
    """Rounds annotated with their numbers of ties, respondents and locations."""
    return queryset.annotate(
        tie_count=models.Count("ties", distinct=True),
        respondent_count=models.Count("ties__respondent", distinct=True),
        location_count=models.Count("ties__location", distinct=True),
    )


@transaction.atomic
def set_round_status(
    workspace: Workspace, code: str, status: str, *, user: AbstractBaseUser | None
) -> Round:
    """Close or reopen a round read from a file.

    A round answered on the site is closed by the surveys app, which turns its answers into the
    round's data; here it is refused (``ImportRefused("survey_round")``).
    """
    with scope(workspace=workspace):
        round_ = Round.objects.select_for_update().get(workspace=workspace, code=code)
        if round_.source == RoundSource.SURVEY:
            raise ImportRefused("survey_round", [code])
        round_.status = RoundStatus(status)
        round_.closed = date.today() if round_.status == RoundStatus.CLOSED else None
        round_.save(update_fields=["status", "closed"])
        log_action(workspace, f"rounds.{round_.status}", user, changes_data=True, round=code)
    return round_


@transaction.atomic
def delete_round(workspace: Workspace, code: str, *, user: AbstractBaseUser | None) -> dict:
    """Delete a round with all its answers; returns how many rows of each kind went."""
    with scope(workspace=workspace):
        round_ = Round.objects.get(workspace=workspace, code=code)
        removed = clear_rows(round_)
        round_.delete()
        log_action(workspace, "rounds.deleted", user, changes_data=True, round=code, **removed)
    return removed


def questioned_identifiers(workspace: Workspace, dataset: Dataset) -> list[QuestionedId]:
    """Identifiers of ``dataset`` that look like the register's ids but are not in it."""
    with scope(workspace=workspace):
        known = list(Actor.objects.filter(workspace=workspace).values_list("external_id", "name"))
    return questioned_ids(dataset, [i for i, _ in known], [n for _, n in known])
