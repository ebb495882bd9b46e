"""Pictures of the reflection instruments and of a survey round as plain SVG, for page and PDF.

Start with :func:`draw`, which takes a picture kind (the ``picture.kind`` of an instrument file)
and its data (:mod:`.data`, :mod:`.data_diagrams`).
"""

from __future__ import annotations

from collections.abc import Callable

from netwerkkaart.core.pictures import svg
from netwerkkaart.core.pictures.bars import bars_spread
from netwerkkaart.core.pictures.charts import diverging_bars, reach_bars, stacked_bars
from netwerkkaart.core.pictures.data import (
    BarItem,
    BarsSpread,
    Dilemma,
    HeatCell,
    Heatmap,
    HeatRow,
    Labels,
    LevelDomain,
    Picture,
    Quadrant,
    QuadrantProfile,
    QuadrantScore,
    Radar,
    RadarAxis,
    Scale,
    Scatter2x2,
    ScatterAxis,
    ScatterPoint,
    Spread,
    StackedLevels,
    TensionMap,
)
from netwerkkaart.core.pictures.data_charts import (
    DivergingBars,
    DivergingItem,
    ReachBars,
    ReachItem,
    StackedBars,
    StackedRow,
)
from netwerkkaart.core.pictures.data_diagrams import (
    Balance,
    Checklist,
    ChecklistItem,
    ChecklistPhase,
    DecisionOption,
    DecisionPath,
    DecisionStep,
    Role,
    RoleActor,
    RoleMap,
    Weight,
)
from netwerkkaart.core.pictures.decision import decision_path
from netwerkkaart.core.pictures.diagrams import checklist, role_map, tension_map
from netwerkkaart.core.pictures.heatmap import heatmap
from netwerkkaart.core.pictures.levels import stacked_levels
from netwerkkaart.core.pictures.profiles import balance, quadrant_profile, scale
from netwerkkaart.core.pictures.radar import radar
from netwerkkaart.core.pictures.scatter import scatter_2x2
from netwerkkaart.core.pictures.svg import DEFAULT_WIDTH

DRAWERS: dict[str, Callable[..., str]] = {
    "radar": radar, "scatter_2x2": scatter_2x2, "heatmap": heatmap,
    "stacked_levels": stacked_levels, "bars_spread": bars_spread, "decision_path": decision_path,
    "quadrant_profile": quadrant_profile, "balance": balance, "checklist": checklist,
    "tension_map": tension_map, "scale": scale, "role_map": role_map,
    # The pictures of a survey round (the dashboard, the report, the comparison).
    "stacked_bars": stacked_bars, "diverging_bars": diverging_bars, "reach_bars": reach_bars,
}  # fmt: skip


def draw(
    kind: str, data: Picture, *, labels: Labels | None = None, width: int = DEFAULT_WIDTH,
    heading: bool = True,
) -> str:  # fmt: skip
    """The SVG of picture ``kind`` for ``data``; ``ValueError`` for a kind that does not exist."""
    try:
        drawer = DRAWERS[kind]
    except KeyError:
        known = ", ".join(sorted(DRAWERS))
        raise ValueError(f"unknown picture kind {kind!r}; known: {known}") from None
    token = svg.DECIMAL.set(labels.decimal if labels is not None else ".")
    try:
        return drawer(data, labels=labels, width=width, heading=heading)
    finally:
        svg.DECIMAL.reset(token)


__all__ = [
    "DRAWERS", "Balance", "BarItem", "BarsSpread", "Checklist", "ChecklistItem", "ChecklistPhase",
    "DecisionOption", "DecisionPath", "DecisionStep", "Dilemma", "DivergingBars", "DivergingItem",
    "HeatCell", "HeatRow", "Heatmap",
    "Labels", "LevelDomain", "Picture", "Quadrant", "QuadrantProfile", "QuadrantScore", "Radar",
    "RadarAxis", "ReachBars", "ReachItem", "Role", "RoleActor", "RoleMap", "Scale", "Scatter2x2", "ScatterAxis",
    "ScatterPoint", "Spread", "StackedBars", "StackedLevels", "StackedRow", "TensionMap", "Weight", "draw",
]  # fmt: skip
