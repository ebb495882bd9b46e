"""The network pictures of the reports and the comparison page: core SVG, labels for the reader."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from django.utils.translation import gettext as _

from netwerkkaart.core import vocab
from netwerkkaart.core.compare.rounds import RoundComparison, comparison_picture
from netwerkkaart.core.figures import RoundFigures
from netwerkkaart.core.network.analysis import NetworkAnalysis
from netwerkkaart.core.network.findings import bridge_builders, category_label
from netwerkkaart.core.network.layout import sector_colour
from netwerkkaart.core.network.picture import DEFAULT_TIE_STYLES, MapPicture, network_svg

LABELLED = 10


def round_map_svg(
    figures: RoundFigures, positions: np.ndarray, lang: str, *, names: bool, width: int = 680
) -> tuple[str, list[str]]:
    """The round's map as the interactive map draws it, and the key to its numbered actors.

    The biggest bridge builders carry a number on the map (names would cover each other in the
    crowded middle); the key lists who each number is — by name, or by category for a reader
    who may not see names (as on the map page).
    """
    network = figures.network
    graph = network.graph
    rows = list(network.actors.iter_rows(named=True))
    numbered: dict[int, str] = {}
    if rows:
        ids = bridge_builders(network, LABELLED).get_column("id").to_list()
        index = {row["id"]: i for i, row in enumerate(rows)}
        numbered = {index[i]: str(n) for n, i in enumerate(ids, start=1) if i in index}
    sectors = [c for c in vocab.SECTOR.codes if any(r["sector"] == c for r in rows)]
    picture = MapPicture(
        positions=positions,
        colours=[sector_colour(r["sector"]) for r in rows],
        partners=[int(r["partners"] or 0) for r in rows],
        labels=[numbered.get(i) for i in range(len(rows))],
        ties=[(s, t, "tie") for s, t in graph.get_edgelist()] if graph.ecount() else [],
        legend=[(sector_colour(s), vocab.SECTOR.label_or_unknown(s, lang)) for s in sectors],
        title=_("Netwerkkaart van ronde %(round)s: %(actors)s actoren, gekleurd per sector")
        % {"round": figures.round_code, "actors": len(rows)},
    )
    key = [_label(rows[i], lang, names) for i in sorted(numbered, key=lambda i: int(numbered[i]))]
    return network_svg(picture, width=width), key


def comparison_map_svg(
    comparison: RoundComparison,
    before: NetworkAnalysis,
    after: NetworkAnalysis,
    lang: str,
    *,
    names: bool,
    width: int = 680,
) -> tuple[str, list[str]]:
    """Both rounds on one map, new ties drawn strong and ended ties dashed (see the legend),
    and the key to the numbered actors with the most new or ended ties."""
    picture = comparison_picture(comparison, before, after, lang=lang, names=names)
    order = [i for i, label in enumerate(picture.labels) if label]
    key = [str(picture.labels[i]) for i in order]
    picture = replace(picture, labels=[
        str(order.index(i) + 1) if label else None for i, label in enumerate(picture.labels)
    ])  # fmt: skip
    counts = comparison.tie_counts
    styles = {
        "new": replace(DEFAULT_TIE_STYLES["new"], label=_("nieuw (%(n)s)") % {"n": counts["new"]}),
        "ended": replace(
            DEFAULT_TIE_STYLES["ended"], label=_("gestopt (%(n)s)") % {"n": counts["ended"]}
        ),
        "same": replace(DEFAULT_TIE_STYLES["same"], label=_("in beide rondes")),
    }
    title = _("Samenwerkingen van ronde %(before)s en %(after)s: nieuw en gestopt") % {
        "before": comparison.before,
        "after": comparison.after,
    }
    return network_svg(replace(picture, title=title), width=width, tie_styles=styles), key


def _label(row: dict, lang: str, names: bool) -> str:
    return str(row["name"]) if names and row.get("name") else category_label(row, lang)
