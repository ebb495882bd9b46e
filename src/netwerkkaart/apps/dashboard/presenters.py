"""Turn a round's figures into rows a template can print: labels, formatted values, suppression.

Nothing is computed here that the core does not already give; this only chooses what a reader
sees. A member who may not see names (a viewer) gets categories and sectors instead of actors, and
every figure the core suppressed stays visibly *suppressed* — never a zero, never left out silently.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import polars as pl

from netwerkkaart.apps.dashboard import tie_views
from netwerkkaart.apps.dashboard.pictures import page_pictures
from netwerkkaart.core import vocab
from netwerkkaart.core.figures import RoundFigures
from netwerkkaart.core.network import explanations
from netwerkkaart.core.network.findings import (
    bridge_builders,
    category_label,
    format_share,
    format_value,
    key_findings,
)
from netwerkkaart.core.network.measures.brokerage import ROLES
from netwerkkaart.core.tables import table_blocks

# The figures shown as cards at the top, in this order.
HEADLINE = ("actors", "respondents", "ties", "light_tie_share", "cross_sector_share", "density")

# Network-level figures listed with their explanation (group figures get their own tables).
NETWORK_MEASURES = (
    "ties", "density", "reciprocity", "finality_agreement", "components", "isolates",
    "largest_component_share", "degree_centralisation", "light_tie_share", "cross_sector_share",
    "ei_index_sector", "ei_index_actor_type", "assortativity_sector", "assortativity_actor_type",
    "communities", "modularity", "wished_absent_share", "unknown_actors",
)  # fmt: skip

BRIDGE_COUNT = 10
LIST_LIMIT = 25


@dataclass(frozen=True)
class Figure:
    """One figure ready to print: ``value`` is already formatted; ``suppressed`` says why not."""

    measure: str
    label: str
    value: str
    explanation: str
    suppressed: bool = False
    robust: dict | None = None


def dashboard_context(figures: RoundFigures, lang: str, *, names: bool) -> dict[str, object]:
    """Everything the dashboard template shows for ``figures``, in ``lang``."""
    network = figures.network
    measures = {f.measure: f for f in network.summary if f.group is None}
    robust = tie_views.robustness_lookup(figures.robustness, lang)
    pictures = page_pictures(figures, lang)
    return {
        "min_group": figures.min_group,
        "findings": key_findings(network, lang, names=names),
        "headline": [_figure(measures[m], lang, robust) for m in HEADLINE if m in measures],
        "measures": [_figure(measures[m], lang, robust) for m in NETWORK_MEASURES if m in measures],
        "ei_by_sector": _groups(network.summary, "ei_index_sector", vocab.SECTOR, lang, robust),
        "robustness": tie_views.robustness_rows(figures.robustness, lang),
        "perception": tie_views.perception_agenda(figures.perception, lang),
        "scales": tie_views.scales_context(figures.scales, lang),
        "targets": tie_views.targets_context(figures.targets, figures.factor_pairs, lang),
        "response": _response(network.response, lang, figures.min_group),
        "bridges": _bridges(figures, lang, names),
        "isolates": _isolates(figures, lang, names),
        "wishes": _wishes(network.wishes, names) if network.reportable else [],
        "unknown": _unknown(network.unknown, lang, names) if network.reportable else [],
        "unknown_total": network.unknown.height if network.reportable else None,
        "reportable": network.reportable,
        "tables": _tables_with_pictures(figures.tables, pictures, lang),
        "pictures": pictures,
        "mixing": _mixing(figures.mixing, lang),
        "suppressed_note": explanations.suppressed_note(figures.min_group, lang),
        "names": names,
    }


def _tables_with_pictures(tables, pictures: dict[str, dict[str, str]], lang: str) -> list:
    """The report's tables, the first block of each pictured table carrying its picture; every
    block of a pictured table is folded under it (``folded``)."""
    blocks = table_blocks(tables, lang)
    seen = set()
    for block in blocks:
        block.picture = pictures.get(block.key) if block.key not in seen else None
        block.folded = block.key in pictures
        seen.add(block.key)
    return blocks


def _mixing(mixing: pl.DataFrame | None, lang: str) -> list[dict]:
    """The sector pairs of the who-works-with-whom picture, as table rows (suppressed blank)."""
    if mixing is None:
        return []
    return [
        {
            "pair": f"{vocab.SECTOR.label_or_unknown(r['sector_from'], lang)} → "
            f"{vocab.SECTOR.label_or_unknown(r['sector_to'], lang)}",
            "ties": r["ties"],
            "light": None if r["light_share"] is None else format_share(r["light_share"], lang),
            "suppressed": r["suppressed"],
        }
        for r in mixing.iter_rows(named=True)
    ]


def _figure(figure, lang: str, robust: dict | None = None) -> Figure:
    return Figure(
        measure=figure.measure,
        label=explanations.label(figure.measure, lang),
        value=format_value(figure.measure, figure.value, lang),
        explanation=explanations.explain(figure.measure, lang),
        suppressed=figure.suppressed,
        robust=None if figure.suppressed else (robust or {}).get((figure.measure, None)),
    )


def _groups(
    summary, measure: str, vocabulary: vocab.Vocabulary, lang: str, robust: dict | None = None
) -> list[dict]:
    return [
        {
            "group": vocabulary.label(f.group, lang),
            "value": format_value(measure, f.value, lang),
            "suppressed": f.suppressed,
            "robust": None if f.suppressed else (robust or {}).get((measure, f.group)),
        }
        for f in summary
        if f.measure == measure and f.group is not None
    ]


def _response(response: pl.DataFrame, lang: str, min_group: int) -> list[dict]:
    rows = []
    for by, group, invited, responded, rate, suppressed in response.select(
        "by", "group", "invited", "responded", "rate", "suppressed"
    ).iter_rows():
        vocabulary = vocab.SECTOR if by == "sector" else vocab.RESPONDENT_TYPE
        rows.append(
            {
                "by": by,
                "group": vocabulary.label_or_unknown(group, lang),
                "invited": invited,
                "responded": responded,
                "rate": None if rate is None else format_share(rate, lang),
                "suppressed": suppressed,
                "low": rate is not None and rate < 0.5,
            }
        )
    return rows


def _bridges(figures: RoundFigures, lang: str, names: bool) -> list[dict]:
    rows = []
    for row in bridge_builders(figures.network, BRIDGE_COUNT).iter_rows(named=True):
        rows.append(
            {
                "actor": row["name"] if names else category_label(row, lang),
                "sector": vocab.SECTOR.label_or_unknown(row["sector"], lang),
                "roles": {role: row[role] for role in ROLES},
                "liaison": row["liaison"],
                "brokerage": row["brokerage"],
                "betweenness": format_value("betweenness", row["betweenness"], lang),
                "partners": row["partners"],
            }
        )
    return rows


def _isolates(figures: RoundFigures, lang: str, names: bool) -> dict[str, object]:
    if not figures.network.reportable:
        return {"count": None, "items": [], "more": False}
    lonely = figures.network.actors.filter(pl.col("partners") == 0).sort("sector", "name")
    if names:
        items = [
            f"{row['name']} ({vocab.SECTOR.label_or_unknown(row['sector'], lang)})"
            for row in lonely.iter_rows(named=True)
        ]
    else:
        counts = Counter(category_label(row, lang) for row in lonely.iter_rows(named=True))
        items = [f"{label} ({n})" for label, n in sorted(counts.items())]
    return {"count": lonely.height, "items": items[:LIST_LIMIT], "more": len(items) > LIST_LIMIT}


def _wishes(wishes: pl.DataFrame, names: bool) -> list[dict]:
    shown = wishes if names else wishes.filter(pl.col("target_kind") == "category")
    return [
        {"partner": partner, "respondents": respondents, "suppressed": suppressed}
        for partner, respondents, suppressed in shown.select(
            "partner", "respondents", "suppressed"
        ).iter_rows()
    ][:LIST_LIMIT]


def _unknown(unknown: pl.DataFrame, lang: str, names: bool) -> list[dict]:
    if names:
        return [
            {
                "actor": name or actor,
                "sector": vocab.SECTOR.label_or_unknown(sector, lang),
                "respondents": respondents,
                "suppressed": suppressed,
            }
            for actor, name, sector, respondents, suppressed in unknown.select(
                "actor", "name", "sector", "respondents", "suppressed"
            ).iter_rows()
        ][:LIST_LIMIT]
    # Without names: how many actors of each sector are unknown to someone.
    counts = Counter(unknown.get_column("sector").to_list())
    return [
        {"actor": None, "sector": vocab.SECTOR.label_or_unknown(s, lang), "respondents": n,
         "suppressed": False}
        for s, n in sorted(counts.items(), key=lambda kv: -kv[1])
    ]  # fmt: skip
