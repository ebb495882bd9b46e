"""Who works with whom: the reported collaborations per pair of sectors, and how light they are.

The report's finding that collaboration stays among "soortgelijken" and is often light (referral,
sharing information) is read off one grid: per ordered pair of sectors (the sector of the
respondent who reports, the sector of the partner named), how many collaborations respondents
report and which share of those with an answered finality is light. A pair both partners report
counts for each of them, in its own cell (each report is one respondent's view).

A cell is shown when its reports come from at least ``min_group`` distinct respondents (an
empty cell: when its row's sector has that many respondents); otherwise every figure of it is blank and ``suppressed`` is true, so neither its size nor its
share can be read.

References
----------
.. [1] Pless, L. & Buntinx, H. *Samenwerking rond zorg en welzijn breed bekeken*. UCLL
   ("Bevindingen": lichte relaties, soortgelijken).
"""

from __future__ import annotations

from collections import Counter

import igraph as ig
import polars as pl

from netwerkkaart.core import vocab
from netwerkkaart.core.dataset import Dataset
from netwerkkaart.core.network.perception import reported_ties
from netwerkkaart.core.privacy import DEFAULT_MIN_GROUP, is_reportable

MIXING_SCHEMA = {
    "sector_from": pl.String, "sector_to": pl.String, "ties": pl.Int64, "answered": pl.Int64,
    "light": pl.Int64, "light_share": pl.Float64, "respondents": pl.Int64,
    "suppressed": pl.Boolean,
}  # fmt: skip


def sector_mixing(
    data: Dataset, graph: ig.Graph, min_group: int = DEFAULT_MIN_GROUP
) -> pl.DataFrame:
    """The reported collaborations per ordered pair of sectors, with the share of light ones.

    Parameters
    ----------
    data
        The dataset narrowed to the round (and location) ``graph`` was built from.
    graph
        The round's graph (:func:`~netwerkkaart.core.network.graph.build_graph`).
    min_group
        Fewest distinct reporting respondents a cell may rest on.

    Returns
    -------
    polars.DataFrame
        ``sector_from, sector_to, ties, answered, light, light_share, respondents, suppressed``,
        one row per pair of a respondent's sector and any actor's sector, in the vocabulary's
        order: ``ties`` reports,
        ``answered`` of them with a finality, ``light`` of those referral or information sharing,
        ``light_share = light / answered`` (null when none answered). All figures are null in a
        suppressed row. A pair without reports is shown (zeros) when the first sector
        has at least ``min_group`` respondents, else suppressed too.
    """
    sector = dict(zip(graph.vs["id"], graph.vs["sector"], strict=True)) if graph.vcount() else {}
    cells: dict[tuple[str, str], dict] = {}
    for (source, target), report in reported_ties(data, graph).items():
        a, b = sector.get(source), sector.get(target)
        if a is None or b is None:
            continue
        entry = cells.setdefault((a, b), {"ties": 0, "answered": 0, "light": 0, "who": set()})
        entry["ties"] += 1
        entry["who"].add(source)
        if report["finality"] is not None:
            entry["answered"] += 1
            entry["light"] += report["finality"] in vocab.LIGHT_FINALITIES
    # A pair nobody reports is a zero about every respondent of the first sector: shown when
    # that sector has enough respondents, like any other figure about them.
    respondents = Counter(
        s for s, r in zip(graph.vs["sector"], graph.vs["responded"], strict=True) if r and s
    ) if graph.vcount() else Counter()  # fmt: skip
    partners = {s for s in (graph.vs["sector"] if graph.vcount() else []) if s}
    for a in respondents:
        for b in partners:
            cells.setdefault((a, b), {"ties": 0, "answered": 0, "light": 0, "who": set()})
    rows = []
    for (a, b), entry in sorted(cells.items(), key=lambda kv: (_rank(kv[0][0]), _rank(kv[0][1]))):
        ok = is_reportable(len(entry["who"]), min_group) or (
            entry["ties"] == 0 and is_reportable(respondents[a], min_group)
        )
        share = entry["light"] / entry["answered"] if entry["answered"] else None
        figures = (entry["ties"], entry["answered"], entry["light"], share, len(entry["who"]))
        rows.append((a, b, *(f if ok else None for f in figures), not ok))
    return pl.DataFrame(rows, schema=MIXING_SCHEMA, orient="row")


def _rank(code: str) -> int:
    return vocab.SECTOR.codes.index(code) if code in vocab.SECTOR.codes else 99
