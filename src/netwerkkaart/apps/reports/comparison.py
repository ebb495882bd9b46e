"""Two rounds of a workspace compared: the core's comparison, laid out for a page or a report."""

from __future__ import annotations

import polars as pl
from django.core.cache import cache
from django.utils.translation import gettext as _

from netwerkkaart.apps.dashboard.presenters import NETWORK_MEASURES
from netwerkkaart.apps.rounds.figures import CACHE_SECONDS
from netwerkkaart.apps.rounds.frames import dataset_for_round
from netwerkkaart.apps.workspaces.models import Workspace
from netwerkkaart.core.compare.reading import (
    MIN_BASE,
    RESPONSE_SENSITIVE,
    ResponseContrast,
    change_summary,
    points,
)
from netwerkkaart.core.compare.rounds import RoundComparison, compare_rounds
from netwerkkaart.core.compare.tables import row_label
from netwerkkaart.core.dataset import Dataset
from netwerkkaart.core.figures import RoundFigures
from netwerkkaart.core.network import explanations
from netwerkkaart.core.network.findings import KIND, SHARE, format_share, format_value
from netwerkkaart.core.tables.render import TABLE_NUMBERS

TABLE_ROWS = 8  # largest changes shown per table; the workbook has them all
LIST_LIMIT = 25


def compare_figures(
    before: tuple[Dataset, RoundFigures], after: tuple[Dataset, RoundFigures]
) -> RoundComparison:
    """The core's comparison of two rounds' datasets and figures (no filter)."""
    (data_a, figures_a), (data_b, figures_b) = before, after
    return compare_rounds(
        (figures_a.round_code, data_a.for_round(figures_a.round_code), figures_a.network,
         figures_a.tables),
        (figures_b.round_code, data_b.for_round(figures_b.round_code), figures_b.network,
         figures_b.tables),
    )  # fmt: skip


def workspace_comparison(
    workspace: Workspace, before: RoundFigures, after: RoundFigures
) -> RoundComparison:
    """Compare two rounds of ``workspace`` whose figures are at hand, once per data version.

    The comparison re-reads both rounds' answers, so it is cached under both figures' keys (each
    holds the data version): the report, its workbook and the comparison page share it.
    """
    key = f"{after.key}:compared-with:{before.key}" if before.key and after.key else ""
    found = cache.get(key) if key else None
    if found is None:
        found = compare_figures(
            (dataset_for_round(workspace, before.round_code), before),
            (dataset_for_round(workspace, after.round_code), after),
        )
        if key:
            cache.set(key, found, CACHE_SECONDS)
    return found


def small_multiples(before: RoundFigures, after: RoundFigures, lang: str) -> list[dict]:
    """The same pictures of both rounds, pair by pair, for side by side on the comparison page.

    A picture one round cannot show (too few respondents) is its note saying so, drawn by the
    core like any suppressed picture; a pair neither round can show is left out.
    """
    from netwerkkaart.apps.dashboard.pictures import BUILDERS, page_pictures

    first = page_pictures(before, lang)
    second = page_pictures(after, lang)
    return [
        {"key": key, "before": first.get(key, ""), "after": second.get(key, "")}
        for key in BUILDERS
        if first.get(key) or second.get(key)
    ]


def tie_kind_labels() -> dict[str, str]:
    return {
        "new": _("Nieuwe samenwerkingen"),
        "ended": _("Gestopte samenwerkingen"),
        "not_reported": _("Niet opnieuw gemeld (respondent antwoordde niet)"),
        "intensified": _("Intenser geworden (finaliteit)"),
        "weakened": _("Lichter geworden (finaliteit)"),
        "same": _("Ongewijzigd"),
    }


def position_labels() -> dict[str, str]:
    return {
        "became_bridge_builder": _("werd bruggenbouwer"),
        "no_longer_bridge_builder": _("is geen bruggenbouwer meer"),
        "became_isolate": _("werd geïsoleerd"),
        "no_longer_isolate": _("is niet langer geïsoleerd"),
    }


def comparison_context(comparison: RoundComparison, lang: str, *, names: bool) -> dict:
    """Everything the comparison section shows, in ``lang``; names only when ``names``."""
    kinds = tie_kind_labels()
    response = comparison.response
    markedly = response is not None and response.markedly
    return {
        "before": comparison.before,
        "after": comparison.after,
        "response": _response(response, lang),
        "summary": change_summary(comparison, response, comparison.shares, lang)
        if response is not None
        else [],
        "min_base": MIN_BASE,
        "tie_counts": [
            {"kind": kind, "label": kinds[kind], "count": count}
            for kind, count in comparison.tie_counts.items()
        ],
        "evaluation_up": comparison.evaluation_counts["up"],
        "evaluation_down": comparison.evaluation_counts["down"],
        "measures": _measures(comparison.measures, lang, markedly=markedly),
        "tables": _tables(comparison.tables, lang, comparison.shares),
        "positions": _positions(comparison.positions, names),
        "wishes": _wishes(comparison.wishes, names),
        "names": names,
    }


def _signed(measure: str, change: float, lang: str) -> str:
    text = format_value(measure, abs(change), lang)
    return ("+" if change > 0 else "−" if change < 0 else "±") + text


def _response(response: ResponseContrast | None, lang: str) -> dict | None:
    """Both rounds' respondents and response rate, and whether they differ markedly."""
    if response is None:
        return None

    def rate(value: float | None) -> str:
        return "–" if value is None else format_share(value, lang)

    return {
        "markedly": response.markedly,
        "before_respondents": response.before_respondents,
        "after_respondents": response.after_respondents,
        "before_rate": rate(response.before_rate),
        "after_rate": rate(response.after_rate),
    }


def _measures(measures: pl.DataFrame, lang: str, *, markedly: bool = False) -> list[dict]:
    rows = {row["measure"]: row for row in measures.filter(pl.col("group").is_null()).iter_rows(
        named=True)}  # fmt: skip
    shown = []
    for measure in NETWORK_MEASURES:
        row = rows.get(measure)
        if row is None:
            continue
        shown.append({
            "measure": measure,
            "label": explanations.label(measure, lang),
            "before": _value(measure, row["before"], lang),
            "after": _value(measure, row["after"], lang),
            "change": None if row["change"] is None else _change(measure, row["change"], lang),
            # a marked response gap makes these figures move without the network moving
            "sensitive": markedly and measure in RESPONSE_SENSITIVE,
            "direction": None if row["change"] is None
            else ("up" if row["change"] > 0 else "down" if row["change"] < 0 else "same"),
        })  # fmt: skip
    return shown


def _change(measure: str, change: float, lang: str) -> str:
    """A change as read: a share's in percentage points, any other figure with its sign."""
    if KIND.get(measure) == SHARE:
        return points(change, lang)
    return _signed(measure, change, lang)


def _value(measure: str, value: float | None, lang: str) -> str | None:
    return None if value is None else format_value(measure, value, lang)


def _tables(changes: pl.DataFrame, lang: str, shares: pl.DataFrame | None = None) -> list[dict]:
    """Per table, the figures that moved most (percentages where the table has them).

    A share is written with its *n* in both rounds and its change in percentage points; a
    change resting on fewer than ``MIN_BASE`` answers in either round is "not comparable" and
    comes after the comparable ones.
    """
    blocks = []
    for table, number in TABLE_NUMBERS.items():
        rows = changes.filter(pl.col("table") == table)
        figure = "percent" if rows.filter(pl.col("figure") == "percent").height else "count"
        rows = rows.filter((pl.col("figure") == figure) & pl.col("change").is_not_null())
        if figure == "percent" and shares is not None:
            rows = rows.join(shares, on=["table", "row"], how="left", maintain_order="left")
        else:
            rows = rows.with_columns(n_before=pl.lit(None, pl.Int64),
                                     n_after=pl.lit(None, pl.Int64), comparable=pl.lit(True))  # fmt: skip
        rows = rows.with_columns(pl.col("comparable").fill_null(figure != "percent"))
        moved = rows.filter(pl.col("change") != 0).sort(
            [pl.col("comparable"), pl.col("change").abs()], descending=True, maintain_order=True
        )
        blocks.append({
            "table": table,
            "title": number[1 if lang == "en" else 0],
            "unit": " %" if figure == "percent" else "",
            "compared": rows.height,
            "unchanged": rows.height - moved.height,
            "not_comparable": moved.filter(~pl.col("comparable")).height,
            "rows": [
                {"label": row_label(table, r["row"], lang), "before": int(r["before"]),
                 "after": int(r["after"]), "change": int(r["change"]),
                 "n_before": r["n_before"], "n_after": r["n_after"],
                 "comparable": r["comparable"],
                 "text": (points(r["change"] / 100, lang) if figure == "percent"
                          else f"{'+' if r['change'] > 0 else '−'}{abs(int(r['change']))}")}
                for r in moved.head(TABLE_ROWS).iter_rows(named=True)
            ],
        })  # fmt: skip
    return blocks


def _positions(positions: pl.DataFrame, names: bool) -> list[dict]:
    """Actors whose position changed: names for a reader who may see them, else only counts."""
    labels = position_labels()
    if names:
        return [
            {"actor": name or actor_id, "change": labels[change]}
            for actor_id, name, change in positions.iter_rows()
        ][:LIST_LIMIT]
    counts = positions.group_by("change").len().sort("change")
    return [{"actor": None, "change": labels[c], "count": n} for c, n in counts.iter_rows()]


def _wishes(wishes: pl.DataFrame, names: bool) -> dict:
    total = wishes.height
    became = int(wishes.get_column("became_tie").sum()) if total else 0
    fulfilled = wishes.filter(pl.col("became_tie"))
    if not names:  # a wished actor would be named; categories are what a viewer sees
        fulfilled = fulfilled.filter(pl.col("target_kind") == "category")
    by_partner = (
        fulfilled
        .group_by("partner")
        .len()
        .sort(["len", "partner"], descending=[True, False])
        .head(10)
    ) if total else pl.DataFrame()  # fmt: skip
    return {
        "total": total,
        "became": became,
        "share": round(100 * became / total) if total else None,
        "partners": [{"partner": p, "count": n} for p, n in by_partner.iter_rows()]
        if total
        else [],
    }
