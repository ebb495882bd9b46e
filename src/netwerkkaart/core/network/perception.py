"""Perception gaps: where the two sides of a tie see it differently.

When two respondents both answer about the tie between them, their answers can be compared:
do they name the same finality, frequency, evaluation, level and wished evolution? And when
both responded but only one names the other, the tie is seen from one side only. Such
differences are not errors in the data: they are the discussion points of a network meeting
("zorg sees referral where welzijn sees coordination"), as Frey et al. (2006) propose for their
levels of collaboration and Krackhardt (1987) for cognitive social structures.

Per pair and dimension (:func:`perception_pairs`): a pair is *compared* on a dimension when
both sides answered that question about the tie (for ``naming``: when both responded and at
least one names the other), and *disagrees* when the answers differ (the level, a set of any of
strategic, tactical, operational, disagrees when the sets differ; ``naming`` when only one names
the other). Two dimensions come from the opt-in tie-quality blocks (:mod:`netwerkkaart.core.scales`)
when both sides answered them: ``collaboration``, Frey et al.'s level 0-5, disagrees when the
levels differ; ``coordination``, each side's relational coordination index (the mean of its
answered items, Gittell 2011), disagrees when the two indices lie a whole scale point or more
apart (:data:`COORDINATION_GAP`). On these two, the *gap* of a pair is the absolute difference
:math:`|x_a - x_b|`.

Per pair of sectors (:func:`perception_gaps`): pairs compared, pairs disagreeing, their share,
the most frequent disagreement (what each sector's side answered), on ordered answers how
often each side gave the higher answer, and on the two scales the mean gap over the pairs
compared (by how much the sides differ, agreeing pairs counting 0). A sector pair's figures are shown only when each side
rests on at least ``min_group`` distinct respondents (for a pair within one sector: the pair's
respondents together), so no figure describes the answers of a few.

References
----------
.. [1] Frey, B. B., Lohmeier, J. H., Lee, S. W. & Tollefson, N. (2006). Measuring
   collaboration among grant partners. *American Journal of Evaluation* 27(3), 383-392.
.. [2] Krackhardt, D. (1987). Cognitive social structures. *Social Networks* 9(2), 109-134.
.. [3] Smith, J. G., Morgan, J. & Moody, J. (2021). Network sampling coverage III: imputation
   of missing network data under different network and missing data conditions. *Social
   Networks* 68, 148-178 (one-sided reports between two respondents).
.. [4] Gittell, J. H. (2011). *Relational Coordination: Guidelines for Theory, Measurement
   and Analysis*. Waltham, MA: Brandeis University.
"""

from __future__ import annotations

from collections import Counter

import igraph as ig
import polars as pl

from netwerkkaart.core import vocab
from netwerkkaart.core.dataset import Dataset
from netwerkkaart.core.network.graph import ActorIndex, intensity
from netwerkkaart.core.privacy import DEFAULT_MIN_GROUP, is_reportable
from netwerkkaart.core.scales import COLLABORATION_COLUMN, RC_COLUMNS, SCALE_COLUMNS, level_label

# The questions compared, in the order the agenda lists them; ``naming`` first.
DIMENSIONS: tuple[str, ...] = (
    "naming",
    "finality",
    "frequency",
    "evaluation",
    "level",
    "evolution",
    "collaboration",
    "coordination",
)
# The dimensions from the tie-quality scales: numbers, compared by their difference.
NUMERIC: frozenset[str] = frozenset({"collaboration", "coordination"})
# Two relational coordination indices this far apart or more count as a disagreement.
COORDINATION_GAP = 1.0
# Dimensions whose answers are ordered (by intensity, by how often, by how well).
ORDERED: dict[str, vocab.Vocabulary] = {
    "finality": vocab.FINALITY, "frequency": vocab.FREQUENCY, "evaluation": vocab.EVALUATION,
}  # fmt: skip
VOCABULARIES: dict[str, vocab.Vocabulary] = {
    **ORDERED, "evolution": vocab.EVOLUTION, "level": vocab.LEVEL,
}  # fmt: skip
# Higher means: a deeper finality, more often, a better evaluation (codes run the other way
# for frequency and evaluation: "dagelijks" and "zeer_goed" come first).
_HIGHER_IS_LATER = {"finality": True, "frequency": False, "evaluation": False}

PAIRS_SCHEMA = {
    "actor_a": pl.String, "actor_b": pl.String, "sector_a": pl.String, "sector_b": pl.String,
    "dimension": pl.String, "answer_a": pl.String, "answer_b": pl.String, "agree": pl.Boolean,
}  # fmt: skip
GAPS_SCHEMA = {
    "sector_a": pl.String, "sector_b": pl.String, "dimension": pl.String,
    "pairs_compared": pl.Int64, "pairs_disagreeing": pl.Int64, "share": pl.Float64,
    "answer_a": pl.String, "answer_b": pl.String, "pattern_pairs": pl.Int64,
    "higher_a": pl.Int64, "higher_b": pl.Int64, "respondents_a": pl.Int64,
    "respondents_b": pl.Int64, "suppressed": pl.Boolean, "mean_gap": pl.Float64,
}  # fmt: skip


def reported_ties(data: Dataset, graph: ig.Graph) -> dict[tuple[str, str], dict]:
    """Each respondent's report of each partner, keyed by (respondent id, partner id).

    Actors are resolved as :func:`~netwerkkaart.core.network.graph.build_graph` resolves them,
    and of two reports of the same partner by the same respondent the more intense is kept.
    Only reports whose two ends are nodes of ``graph`` count (a filtered graph keeps its own).
    """
    index = ActorIndex(data.actors)
    present = set(graph.vs["id"]) if graph.vcount() else set()
    columns = ("respondent", "partner", "finality", "frequency", "evaluation", "evolution",
               "level", "stimulating", "inhibiting",
               *(c for c in SCALE_COLUMNS if c in data.ties.columns))  # fmt: skip
    reports: dict[tuple[str, str], dict] = {}
    for row in data.ties.select(columns).iter_rows(named=True):
        source, target = index.resolve(row["respondent"]), index.resolve(row["partner"])
        if source == target or source not in present or target not in present:
            continue
        row["weight"] = intensity(row["finality"], row["frequency"])
        known = reports.get((source, target))
        if known is None or row["weight"] > known["weight"]:
            reports[(source, target)] = row
    return reports


def perception_pairs(data: Dataset, graph: ig.Graph) -> pl.DataFrame:
    """One row per pair of respondents and dimension compared (see the module's rules).

    ``actor_a`` is the pair's actor whose sector comes first in the vocabulary's order (by id
    within one sector); ``answer_a`` and ``answer_b`` are codes (a level as codes joined by
    ``+``; for ``naming``, ``ja``/``nee``: whether that side names the other).
    """
    ids = graph.vs["id"] if graph.vcount() else []
    sector = dict(zip(ids, graph.vs["sector"] if ids else [], strict=True))
    responded = {i for i, r in zip(ids, graph.vs["responded"] if ids else [], strict=True) if r}
    reports = reported_ties(data, graph)
    pairs = {tuple(sorted(key, key=lambda i: _order(i, sector))) for key in reports
             if key[0] in responded and key[1] in responded}  # fmt: skip
    rows = []
    for a, b in sorted(pairs):
        forward, backward = reports.get((a, b)), reports.get((b, a))
        rows.append((a, b, sector[a], sector[b], "naming", _yes(forward), _yes(backward),
                     forward is not None and backward is not None))  # fmt: skip
        if forward is None or backward is None:
            continue
        for dimension in DIMENSIONS[1:]:
            one, two = _answer(forward, dimension), _answer(backward, dimension)
            if one is None or two is None:
                continue
            rows.append(
                (a, b, sector[a], sector[b], dimension, one, two, _agree(dimension, one, two))
            )
    return pl.DataFrame(rows, schema=PAIRS_SCHEMA, orient="row")


def perception_gaps(pairs: pl.DataFrame, min_group: int = DEFAULT_MIN_GROUP) -> pl.DataFrame:
    """The pairs of :func:`perception_pairs` aggregated by pair of sectors and dimension.

    Returns
    -------
    polars.DataFrame
        ``sector_a``, ``sector_b`` (vocabulary order), ``dimension``, ``pairs_compared``,
        ``pairs_disagreeing``, ``share`` (disagreeing over compared), ``answer_a`` and
        ``answer_b`` (the most frequent disagreement: what the ``sector_a`` side and the
        ``sector_b`` side answered; within one sector, in the vocabulary's order),
        ``pattern_pairs`` (how many pairs disagree that way), ``higher_a`` and ``higher_b``
        (ordered dimensions: pairs where that side gave the deeper, more frequent or better
        answer; ``naming``: pairs where only that side names the other), the respondents on
        each side, and ``suppressed``: figures blank when a side has fewer than ``min_group``
        respondents. Sorted by share of disagreement, largest first.
    """
    cells: dict[tuple[str, str, str], dict] = {}
    for a, b, sa, sb, dimension, one, two, agree in pairs.iter_rows():
        if sa is None or sb is None:
            continue
        cell = cells.setdefault((sa, sb, dimension), {
            "compared": 0, "disagree": 0, "patterns": Counter(), "higher": [0, 0],
            "side_a": set(), "side_b": set(), "gaps": []})  # fmt: skip
        cell["compared"] += 1
        if dimension in NUMERIC:
            cell["gaps"].append(abs(float(one) - float(two)))
        cell["side_a"].add(a)
        cell["side_b"].add(b)
        if agree:
            continue
        cell["disagree"] += 1
        if sa == sb:
            one, two = sorted((one, two), key=lambda code: _code_order(dimension, code))
        if dimension != "coordination":  # an index is a number: no pattern of answers
            cell["patterns"][(one, two)] += 1
        higher = _higher_side(dimension, one, two)
        if higher is not None and sa != sb:
            cell["higher"][higher] += 1
    rows = []
    for (sa, sb, dimension), cell in cells.items():
        if sa == sb:
            together = len(cell["side_a"] | cell["side_b"])
            ok = is_reportable(together, min_group)
            side_a = side_b = together
        else:
            side_a, side_b = len(cell["side_a"]), len(cell["side_b"])
            ok = is_reportable(side_a, min_group) and is_reportable(side_b, min_group)
        top = min(cell["patterns"].items(), key=lambda kv: (-kv[1], kv[0]), default=None)
        figures = (
            cell["compared"], cell["disagree"], cell["disagree"] / cell["compared"],
            top[0][0] if top else None, top[0][1] if top else None, top[1] if top else None,
            *(cell["higher"] if sa != sb and _has_direction(dimension) else (None, None)),
        )  # fmt: skip
        gap = round(sum(cell["gaps"]) / len(cell["gaps"]), 2) if cell["gaps"] else None
        rows.append((sa, sb, dimension, *(f if ok else None for f in figures),
                     side_a if ok else None, side_b if ok else None, not ok,
                     gap if ok else None))  # fmt: skip
    frame = pl.DataFrame(rows, schema=GAPS_SCHEMA, orient="row")
    if frame.is_empty():
        return frame
    rank = {d: i for i, d in enumerate(DIMENSIONS)}
    return (
        frame.with_columns(
            _rank=pl.col("dimension").replace_strict(
                rank, default=len(rank), return_dtype=pl.Int64
            ),
            _a=pl.col("sector_a").replace_strict(_sector_rank(), default=99, return_dtype=pl.Int64),
            _b=pl.col("sector_b").replace_strict(_sector_rank(), default=99, return_dtype=pl.Int64),
        )
        .sort(
            ["suppressed", "share", "pairs_disagreeing", "_a", "_b", "_rank"],
            descending=[False, True, True, False, False, False],
            nulls_last=True,
        )
        .drop("_rank", "_a", "_b")
    )


def _sector_rank() -> dict[str, int]:
    return {code: i for i, code in enumerate(vocab.SECTOR.codes)}


def _order(actor: str, sector: dict[str, str | None]) -> tuple[int, str]:
    code = sector.get(actor)
    return (_sector_rank().get(code, 99) if code else 99, actor)


def _has_direction(dimension: str) -> bool:
    return dimension == "naming" or dimension in ORDERED or dimension in NUMERIC


def _agree(dimension: str, one: str, two: str) -> bool:
    if dimension == "coordination":
        return abs(float(one) - float(two)) < COORDINATION_GAP
    return one == two


def _yes(report: dict | None) -> str:
    return "ja" if report is not None else "nee"


def _answer(report: dict, dimension: str) -> str | None:
    if dimension == "collaboration":
        level = report.get(COLLABORATION_COLUMN)
        return None if level is None else str(level)
    if dimension == "coordination":
        given = [report[c] for c in RC_COLUMNS if report.get(c) is not None]
        return f"{sum(given) / len(given):.4f}" if given else None
    value = report.get(dimension)
    if dimension == "level":
        if not value:
            return None
        codes = sorted(set(value), key=lambda code: _code_order("level", code))
        return "+".join(codes)
    return None if value is None else str(value)


def _code_order(dimension: str, code: str | None) -> tuple[int, str]:
    vocabulary = VOCABULARIES.get(dimension)
    if vocabulary is None or code is None:
        return (0, str(code))
    first = code.split("+", 1)[0]
    return (vocabulary.position(first) if first in vocabulary.codes else 99, code)


def _higher_side(dimension: str, one: str, two: str) -> int | None:
    """0 when the ``a`` side's answer is the higher, 1 when the ``b`` side's; else ``None``."""
    if dimension == "naming":
        return 0 if one == "ja" else 1
    if dimension in NUMERIC:
        return 0 if float(one) > float(two) else 1
    vocabulary = ORDERED.get(dimension)
    if vocabulary is None:
        return None
    first, second = vocabulary.position(one), vocabulary.position(two)
    later = first > second
    return 0 if later == _HIGHER_IS_LATER[dimension] else 1


def dimension_label(dimension: str, lang: str = "nl") -> str:
    """The question a dimension compares, for a table header."""
    nl, en = DIMENSION_LABELS[dimension]
    return en if lang == "en" else nl


def answer_label(dimension: str, code: str | None, lang: str = "nl") -> str:
    """An answer of :func:`perception_pairs` as a reader sees it (a level as "A + B")."""
    if code is None:
        return "–"
    if dimension == "naming":
        return {"ja": ("noemt de partner", "names the partner"),
                "nee": ("noemt de partner niet", "does not name the partner")}[code][
                    lang == "en"]  # fmt: skip
    if dimension == "collaboration":
        return f"{code} - {level_label(int(code), lang)}"
    if dimension == "coordination":
        shown = f"{float(code):.2f}"
        return shown.replace(".", ",") if lang != "en" else shown
    vocabulary = VOCABULARIES.get(dimension)
    if vocabulary is None:
        return code
    return " + ".join(vocabulary.label(part, lang) for part in code.split("+"))


DIMENSION_LABELS: dict[str, tuple[str, str]] = {
    "naming": ("Elkaar noemen", "Naming each other"),
    "finality": ("Finaliteit", "Finality"),
    "frequency": ("Frequentie", "Frequency"),
    "evaluation": ("Evaluatie van het verloop", "Evaluation"),
    "level": ("Niveau", "Level"),
    "evolution": ("Gewenste evolutie", "Wished evolution"),
    "collaboration": ("Niveau van samenwerking (Frey, 0-5)", "Level of collaboration (Frey, 0-5)"),
    "coordination": (
        "Relationele coördinatie (Gittell, 1-5)",
        "Relational coordination (Gittell, 1-5)",
    ),
}
