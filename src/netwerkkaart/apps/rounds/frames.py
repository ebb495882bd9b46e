"""Reading rounds back from the database as the core's :class:`Dataset`, for computations.

The frames are built column-wise from ``values_list`` and cast to the core's schemas exactly
(Enum answer columns, list columns), so tables, network measures and exports run on them as on a
file read with :func:`netwerkkaart.core.dataformat.read_dataset`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import polars as pl
from django.db.models import QuerySet
from django_scopes import scope

from netwerkkaart.apps.register.services import register_frame
from netwerkkaart.apps.rounds.models import Round, Tie, UnknownActor, Wish
from netwerkkaart.apps.workspaces.models import Workspace
from netwerkkaart.core.dataset import (
    TIES_SCHEMA,
    UNKNOWN_SCHEMA,
    WISHES_SCHEMA,
    Dataset,
    empty_frame,
)


def dataset_for_round(workspace: Workspace, round_code: str) -> Dataset:
    """The answers of one round (and the register, when there is one).

    Raises ``Round.DoesNotExist`` for a round the workspace does not have.
    """
    with scope(workspace=workspace):
        Round.objects.get(workspace=workspace, code=round_code)
    return dataset_for_rounds(workspace, [round_code])


def dataset_for_rounds(workspace: Workspace, round_codes: Sequence[str] | None = None) -> Dataset:
    """The answers of the given rounds, or of every round when ``round_codes`` is ``None``."""
    with scope(workspace=workspace):
        selection = {"workspace": workspace}
        if round_codes is not None:
            selection["round__code__in"] = list(round_codes)
        aliases = respondent_aliases(workspace, round_codes)
        return Dataset(
            ties=_aliased(_frame(Tie.objects.filter(**selection), TIES_SCHEMA), aliases),
            wishes=_aliased(_frame(Wish.objects.filter(**selection), WISHES_SCHEMA), aliases),
            unknown=_aliased(
                _frame(UnknownActor.objects.filter(**selection), UNKNOWN_SCHEMA), aliases
            ),
            actors=register_actors(workspace),
        )


AliasSource = Callable[[Workspace, "Sequence[str] | None"], dict[str, str]]
_ALIAS_SOURCES: list[AliasSource] = []


def register_alias_source(source: AliasSource) -> None:
    """Let an app that hands out pseudonyms tell the analysis whom they stand for.

    The surveys app registers its invitations here when Django starts (``SurveysConfig.ready``),
    so this app reads no table of an app built on top of it.
    """
    if source not in _ALIAS_SOURCES:
        _ALIAS_SOURCES.append(source)


def respondent_aliases(workspace: Workspace, round_codes: Sequence[str] | None) -> dict[str, str]:
    """Pseudonym -> register id for the respondents of rounds answered on the site.

    The answer rows of such rounds carry pseudonyms only. A network needs to know that the
    respondent behind a pseudonym is the register actor others name as their partner, or every
    respondent would appear twice and every measure would be wrong; so the analysis alone reads
    the link, in memory, from every registered source. Tables and exports stay on pseudonyms or
    aggregates.
    """
    aliases: dict[str, str] = {}
    for source in _ALIAS_SOURCES:
        aliases.update(source(workspace, round_codes))
    return aliases


def _aliased(frame: pl.DataFrame, aliases: dict[str, str]) -> pl.DataFrame:
    if not aliases or frame.is_empty():
        return frame
    return frame.with_columns(pl.col("respondent").replace(aliases))


def _frame(queryset: QuerySet, schema: dict[str, pl.DataType]) -> pl.DataFrame:
    fields = ["round__code" if name == "round" else name for name in schema]
    rows = list(queryset.order_by("id").values_list(*fields))
    if not rows:
        return empty_frame(schema)
    as_text = {
        name: pl.String() if isinstance(dtype, pl.Enum) else dtype for name, dtype in schema.items()
    }
    columns = dict(zip(schema, (list(column) for column in zip(*rows, strict=True)), strict=True))
    return pl.DataFrame(columns, schema=as_text, strict=True).cast(schema)  # type: ignore[arg-type]


def register_actors(workspace: Workspace) -> pl.DataFrame:
    """The workspace's register as the core's actors frame."""
    return register_frame(workspace)
