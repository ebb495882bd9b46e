"""Two rounds of a workspace compared: the core's comparison, laid out for a page or a report."""

from __future__ import annotations

import polars as pl
from django.core.cache import cache
from django.utils.translation import gettext as _

from netwerkkaart.apps.dashboard.presenters import NETWORK_MEASURES
from netwerkkaart.apps.rounds.figures import CACHE_SECONDS
from netwerkkaart.apps.rounds.frames import dataset_for_round
from netwerkkaart.apps.workspaces.models import Workspace
from netwerkkaart.core.compare.rounds import RoundComparison, compare_rounds
from netwerkkaart.core.compare.tables import row_label
from netwerkkaart.core.dataset import Dataset
from netwerkkaart.core.figures import RoundFigures
from netwerkkaart.core.network import explanations
from netwerkkaart.core.network.findings import format_value
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
    return {
        "before": comparison.before,
        "after": comparison.after,
        "tie_counts": [
            {"kind": kind, "label": kinds[kind], "count": count}
            for kind, count in comparison.tie_counts.items()
        ],
        "evaluation_up": comparison.evaluation_counts["up"],
        "evaluation_down": comparison.evaluation_counts["down"],
        "measures": _measures(comparison.measures, lang),
        "tables": _tables(comparison.tables, lang),
        "positions": _positions(comparison.positions, names),
        "wishes": _wishes(comparison.wishes, names),
        "names": names,
    }


def _signed(measure: str, change: float, lang: str) -> str:
    text = format_value(measure, abs(change), lang)
    return ("+" if change > 0 else "−" if change < 0 else "±") + text


def _measures(measures: pl.DataFrame, lang: str) -> list[dict]:
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
            "change": None if row["change"] is None else _signed(measure, row["change"], lang),
            "direction": None if row["change"] is None
            else ("up" if row["change"] > 0 else "down" if row["change"] < 0 else "same"),
        })  # fmt: skip
    return shown


def _value(measure: str, value: float | None, lang: str) -> str | None:
    return None if value is None else format_value(measure, value, lang)


def _tables(changes: pl.DataFrame, lang: str) -> list[dict]:
    """Per table, the figures that moved most (percentages where the table has them)."""
    blocks = []
    for table, number in TABLE_NUMBERS.items():
        rows = changes.filter(pl.col("table") == table)
        figure = "percent" if rows.filter(pl.col("figure") == "percent").height else "count"
        rows = rows.filter((pl.col("figure") == figure) & pl.col("change").is_not_null())
        moved = rows.filter(pl.col("change") != 0).sort(
            pl.col("change").abs(), descending=True, maintain_order=True
        )
        blocks.append({
            "table": table,
            "title": number[1 if lang == "en" else 0],
            "unit": "%" if figure == "percent" else "",
            "compared": rows.height,
            "unchanged": rows.height - moved.height,
            "rows": [
                {"label": row_label(table, r["row"], lang), "before": int(r["before"]),
                 "after": int(r["after"]), "change": int(r["change"])}
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
