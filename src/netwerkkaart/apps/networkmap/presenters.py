"""The network of a round as the map draws it: a compact JSON payload and an actor's profile.

Nodes are referred to by their position in the round's graph, never by register id: ids can carry
names ("ST-KINE-DRISS"), and a reader who may not see names (a viewer) gets category labels only.
Columns are sent as arrays (one per attribute), which keeps 5 000 actors and their ties small.
"""

from __future__ import annotations

import numpy as np
import polars as pl

from netwerkkaart.core import vocab
from netwerkkaart.core.figures import RoundFigures
from netwerkkaart.core.network import explanations
from netwerkkaart.core.network.findings import category_label, format_value
from netwerkkaart.core.network.layout import (
    COMMUNITY_COLOURS,
    FINALITY_COLOURS,
    SECTOR_COLOURS,
    sector_colour,
)
from netwerkkaart.core.privacy import is_reportable

# Measures the map can size nodes by, in the order the menu lists them.
SIZE_MEASURES = ("partners", "intensity", "betweenness", "closeness", "core", "in_degree")
PROFILE_MEASURES = ("partners", "in_degree", "out_degree", "intensity", "betweenness",
                    "closeness", "constraint", "effective_size", "core")  # fmt: skip
NO_FINALITY = -1


def node_label(row: dict, lang: str, names: bool) -> str:
    return str(row["name"]) if names and row.get("name") else category_label(row, lang)


def graph_payload(
    figures: RoundFigures, positions: np.ndarray, lang: str, *, names: bool
) -> dict[str, object]:
    """Everything the map draws for ``figures``: nodes, edges and the legends, in ``lang``."""
    network = figures.network
    graph = network.graph
    actors = network.actors
    rows = list(actors.iter_rows(named=True))
    sectors = [code for code in vocab.SECTOR.codes]
    sector_index = {code: i for i, code in enumerate(sectors)}
    locations = sorted({r["location"] for r in rows if r["location"]})
    location_index = {loc: i for i, loc in enumerate(locations)}
    finality_index = {code: i for i, code in enumerate(vocab.FINALITY.codes)}
    edges = graph.get_edgelist() if graph.ecount() else []
    pairs = set(edges)
    return {
        "round": figures.round_code,
        "names": names,
        "nodes": {
            "x": [round(float(x), 1) for x in positions[:, 0]] if len(rows) else [],
            "y": [round(float(y), 1) for y in positions[:, 1]] if len(rows) else [],
            "label": [node_label(r, lang, names) for r in rows],
            "category": [category_label(r, lang) for r in rows],
            "sector": [sector_index.get(r["sector"], -1) for r in rows],
            "location": [location_index.get(r["location"], -1) for r in rows],
            "community": [int(r["community"]) for r in rows],
            "responded": [int(bool(r["responded"])) for r in rows],
            "measures": {m: _column(actors, m) for m in SIZE_MEASURES},
        },
        "edges": {
            "source": [s for s, _ in edges],
            "target": [t for _, t in edges],
            "finality": [finality_index.get(f, NO_FINALITY) for f in graph.es["finality"]]
            if edges
            else [],
            "weight": [round(float(w or 0), 2) for w in graph.es["weight"]] if edges else [],
            "mutual": [int((t, s) in pairs) for s, t in edges],
        },
        "legend": {
            "sectors": [
                {
                    "code": c,
                    "label": vocab.SECTOR.label_or_unknown(c, lang),
                    "colour": sector_colour(c),
                }
                for c in sectors
            ],
            "unknown_sector": {
                "label": vocab.SECTOR.label_or_unknown(None, lang),
                "colour": SECTOR_COLOURS[None],
            },
            "finalities": [
                {"code": c, "label": vocab.FINALITY.label(c, lang), "colour": FINALITY_COLOURS[c]}
                for c in vocab.FINALITY.codes
            ],
            "no_finality": {"colour": FINALITY_COLOURS[None]},
            "locations": locations,
            "communities": list(COMMUNITY_COLOURS),
            "measures": [{"code": m, "label": explanations.label(m, lang)} for m in SIZE_MEASURES],
        },
    }


def _column(frame: pl.DataFrame, name: str) -> list[float]:
    return [0.0 if v is None else round(float(v), 4) for v in frame.get_column(name).to_list()]


def actor_profile(figures: RoundFigures, index: int, lang: str, *, names: bool) -> dict:
    """The profile of the actor at ``index``: who it is, its ties, its measures and its wishes.

    Raises ``IndexError`` for an index outside the round's graph.
    """
    network = figures.network
    graph = network.graph
    if not 0 <= index < graph.vcount():
        raise IndexError(index)
    rows = list(network.actors.iter_rows(named=True))
    me = rows[index]
    ties: dict[int, dict] = {}
    for edge in graph.es.select(_incident_in=[index]) if graph.ecount() else []:
        other = edge.target if edge.source == index else edge.source
        tie = ties.setdefault(other, {
            "index": other,
            "partner": node_label(rows[other], lang, names),
            "sector": vocab.SECTOR.label_or_unknown(rows[other]["sector"], lang),
            "mine": None,
            "theirs": None,
        })  # fmt: skip
        answer = {
            "finality": vocab.FINALITY.label(edge["finality"], lang) if edge["finality"] else "–",
            "frequency": vocab.FREQUENCY.label(edge["frequency"], lang) if edge["frequency"]
            else "–",
        }  # fmt: skip
        tie["mine" if edge.source == index else "theirs"] = answer
    measures = [
        {"label": explanations.label(m, lang), "explanation": explanations.explain(m, lang),
         "value": format_value(m, me[m], lang)}
        for m in PROFILE_MEASURES
    ]  # fmt: skip
    return {
        "index": index,
        "label": node_label(me, lang, names),
        "category": category_label(me, lang),
        "sector": vocab.SECTOR.label_or_unknown(me["sector"], lang),
        "location": me["location"] or "",
        "responded": bool(me["responded"]),
        "ties": sorted(ties.values(), key=lambda t: t["partner"]),
        "measures": measures,
        "wished_by": _wishes_received(figures, me),
        "min_group": figures.min_group,
    }


def _wishes_received(figures: RoundFigures, me: dict) -> dict[str, object]:
    """How many respondents want to work more or better with this actor: a count, shown only
    when at least the minimum group; who they are and what each wished is never shown."""
    wishes = figures.wishes
    if wishes is None or wishes.is_empty():
        return {"count": 0, "suppressed": False}
    mine = wishes.filter(
        pl.col("targets").list.contains(me["id"]) & (pl.col("respondent") != me["id"])
    )
    count = mine.get_column("respondent").n_unique()
    if count and not is_reportable(count, figures.min_group):
        return {"count": None, "suppressed": True}
    return {"count": count, "suppressed": False}
