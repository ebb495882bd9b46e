"""A round's figures under names an advice rule can read, each with its suppressed flag.

:func:`figure_set` gathers them from the network analysis (every summary figure, with its group),
the report's tables, the trust aggregates of the survey and the latest group sessions of the
instruments, plus the advice's own figures (:mod:`.computations`). Privacy is applied here once:
a figure about fewer than ``min_group`` respondents is kept with ``suppressed=True`` and no value,
so no rule can fire on it and no recommendation can show it.

Figure ids beside the analysis's measures (see ``docs/advice.md`` for each):
``bridge_cut_share``, ``brokerage_top_share``, ``unknown_widely``, ``unknown_top_share``,
``mutual_wish`` (per sector pair ``a+b``), ``mutual_wish_pairs``, ``light_wished_deeper_share``,
``light_ties_wished_deeper`` (per pair ``a+b``), ``single_wisher_share``, ``wished_actors``,
``finality_share`` and ``wished_finality_share`` (per finality), ``response_invited`` (per
group), ``trust_mean``, ``trust_min_pair``, ``goal_consensus``, ``session_governance``,
``session_form``, ``structures_factor_share``, ``perception_gap_share`` and
``perception_gap_pairs`` (per sector pair and question, ``zorg+welzijn:finality``),
``target_new`` (per ordered sector pair ``a>b``: respondent's sector, partner's sector).

Given the round's robustness bands, every network measure carries its label (``stevig`` or
``gevoelig``), so a recommendation can say when it rests on a measure sensitive to who is missing.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field

import polars as pl

from netwerkkaart.core import vocab
from netwerkkaart.core.advice import computations as calc
from netwerkkaart.core.advice.model import NamedFigure, Value
from netwerkkaart.core.network.analysis import NetworkAnalysis
from netwerkkaart.core.network.perception import answer_label
from netwerkkaart.core.questionnaire.model import Text
from netwerkkaart.core.tables import TableSet

STRUCTURES_ITEM = ("inhibiting", "juridisch", "zelfde_aanbod_structuren")
GOAL_CONSENSUS = ("governancemodel", "doelconsensus")
# Ties in the goal consensus go to the lower consensus: the advice then errs on the heavier side.
CONSENSUS_ORDER = ("laag", "matig", "hoog")


@dataclass(frozen=True)
class SessionFigures:
    """What the advice reads of an instrument's latest group session, as plain values.

    ``answers`` counts, per item, how many participants gave each answer; ``outcomes`` how many
    were advised each outcome. ``suppressed``: fewer participants than the minimum group, so
    nothing of the session may be read.
    """

    instrument: str
    held_on: str
    suppressed: bool
    answers: Mapping[str, Mapping[str, int]] = field(default_factory=dict)
    outcomes: Mapping[str, int] = field(default_factory=dict)


def session_figures(instrument: str, held_on: str, result: object) -> SessionFigures:
    """A :class:`~netwerkkaart.core.reflection.GroupResult` as the plain values the advice reads."""
    if result.suppressed:
        return SessionFigures(instrument, held_on, True)
    answers = {spread.id: dict(spread.distribution.counts) for spread in result.items}
    return SessionFigures(instrument, held_on, False, answers, dict(result.outcomes))


@dataclass(frozen=True)
class FigureSet:
    """The named figures of one round; look one up with :meth:`get`, a measure's groups with
    :meth:`groups`."""

    figures: tuple[NamedFigure, ...]
    min_group: int
    round: str | None = None

    def get(self, name: str, group: str | None = None) -> NamedFigure | None:
        for figure in self.figures:
            if figure.name == name and figure.group == group:
                return figure
        return None

    def groups(self, name: str) -> list[NamedFigure]:
        """Every group figure of ``name`` (suppressed ones included), in the order found."""
        return [f for f in self.figures if f.name == name and f.group is not None]

    def names(self) -> set[str]:
        return {f.name for f in self.figures}

    def __iter__(self) -> Iterator[NamedFigure]:
        return iter(self.figures)


def _number(value: object) -> Value:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return value


def _sectors_of_group(group: str | None) -> tuple[str, ...]:
    if group is None:
        return ()
    if group.startswith("sector="):
        return (group.removeprefix("sector="),)
    if "=" in group:
        return ()
    return tuple(group.partition(":")[0].replace(">", "+").split("+"))


def figure_set(
    analysis: NetworkAnalysis,
    tables: TableSet | None = None,
    *,
    wishes: pl.DataFrame | None = None,
    trust: object | None = None,
    sessions: Iterable[SessionFigures] = (),
    robustness: pl.DataFrame | None = None,
    perception: pl.DataFrame | None = None,
    targets: pl.DataFrame | None = None,
) -> FigureSet:
    """Every figure the advice rules may read for one round.

    Parameters
    ----------
    analysis
        The round's network analysis (:func:`~netwerkkaart.core.network.analyse`).
    tables
        Its Tabel 1-6 (for the inhibiting factor "the same offer from different structures").
    wishes
        Every wish with whether it is absent (``RoundFigures.wishes``,
        :func:`~netwerkkaart.core.network.measures.survey.wished_absent_ties`); without it the
        wish figures are unknown.
    trust
        The survey's :class:`~netwerkkaart.core.questionnaire.aggregates.TrustSummary`, when the
        round asked the trust block.
    sessions
        The latest group session of instruments the rules read (``governancemodel``,
        ``vorm_volgt_inhoud``).
    robustness
        :func:`~netwerkkaart.core.network.robustness.robustness` of ``analysis``: each
        measure's label is kept with its figure.
    perception
        :func:`~netwerkkaart.core.network.perception.perception_gaps` of the round: per sector
        pair and question (naming aside: the reciprocity measure says that), the share of
        pairs that answer differently and how many pairs were compared, largest share first.
    targets
        :func:`~netwerkkaart.core.network.targets.target_network` of the round: per ordered
        sector pair (respondent's sector, partner's sector) the wished ties that do not exist
        yet, most first (``target_new``).
    """
    min_group = analysis.min_group
    overall = not analysis.figure("density").suppressed
    found: list[NamedFigure] = []

    def add(
        name: str,
        value: object,
        group: str | None = None,
        *,
        ok: bool = True,
        sectors: Iterable[str | None] = (),
        actors: Iterable[str | None] = (),
        robust: str | None = None,
        detail: Text | None = None,
    ) -> None:
        value = _number(value) if ok else None
        found.append(NamedFigure(
            name, value, group, suppressed=not ok,
            sectors=tuple(dict.fromkeys(s for s in sectors if s)) or _sectors_of_group(group),
            actors=tuple(dict.fromkeys(a for a in actors if a)) if ok else (),
            robustness=robust if ok else None, detail=detail if ok else None,
        ))  # fmt: skip

    labels = {} if robustness is None else {
        (measure, group): label
        for measure, group, label in robustness.select("measure", "group", "label").iter_rows()
        if label is not None
    }  # fmt: skip
    for f in analysis.summary:
        add(f.measure, f.value, f.group, ok=not f.suppressed,
            robust=labels.get((f.measure, f.group)))  # fmt: skip
    for by, group, invited, *_ in analysis.response.select(
        "by", "group", "invited", "responded"
    ).iter_rows():
        if group is not None:
            add("response_invited", invited, f"{by}={group}")

    graph, actors = analysis.graph, analysis.actors
    n = graph.vcount()
    cuts = calc.bridge_cuts(graph)
    top_cut = cuts[0].cut_off if cuts else 0
    biggest = [c.vertex for c in cuts if c.cut_off == top_cut and top_cut > 0]
    add("bridge_cut_share", top_cut / n if n else None, ok=overall,
        sectors=(graph.vs[v]["sector"] for v in biggest),
        actors=(graph.vs[v]["name"] for v in biggest))  # fmt: skip
    share, rows = calc.brokerage_concentration(actors)
    add("brokerage_top_share", share, ok=overall,
        sectors=(actors["sector"][i] for i in rows),
        actors=(actors["name"][i] for i in rows))  # fmt: skip

    respondents = int(analysis.figure("respondents").value or 0)
    widely = analysis.unknown.filter(~pl.col("suppressed"))
    add("unknown_widely", widely.height, ok=overall,
        sectors=widely.get_column("sector").to_list(),
        actors=widely.get_column("name").head(5).to_list())  # fmt: skip
    top_unknown = widely.get_column("respondents").max() if widely.height else 0
    add("unknown_top_share", top_unknown / respondents if respondents else None, ok=overall)

    shares, wished_shares = calc.finality_mix(graph)
    for finality, value in shares.items():
        add("finality_share", value, finality, ok=overall)
    for finality, value in wished_shares.items():
        add("wished_finality_share", value, finality, ok=overall)
    light_share, light_pairs = calc.light_ties_wished_deeper(graph, min_group)
    add("light_wished_deeper_share", light_share, ok=overall)
    for a, b, ties in light_pairs:
        add("light_ties_wished_deeper", ties, f"{a}+{b}", ok=overall)

    if wishes is not None:
        pairs = calc.mutual_sector_wishes(wishes, graph, min_group)
        add("mutual_wish_pairs", len(pairs), ok=overall,
            sectors=(s for a, b, *_ in pairs for s in (a, b)))  # fmt: skip
        for a, b, forward, backward in pairs:
            add("mutual_wish", min(forward, backward), f"{a}+{b}", ok=overall)
        single, wished = calc.single_wisher_share(wishes)
        add("single_wisher_share", single, ok=overall)
        add("wished_actors", wished, ok=overall)

    if tables is not None:
        _structures(tables, add)
    if trust is not None:
        _trust(trust, add, min_group)
    for session in sessions:
        _session(session, add)
    if perception is not None:
        _perception(perception, add)
    if targets is not None:
        _targets(targets, add)
    return FigureSet(tuple(found), min_group, analysis.round)


def _structures(tables: TableSet, add) -> None:
    kind, category, item = STRUCTURES_ITEM
    row = tables.factors.filter(
        (pl.col("kind") == kind) & (pl.col("category") == category) & (pl.col("item") == item)
    )
    if row.height == 0:  # the inhibiting factors were suppressed, or nobody named one
        hidden = tables.suppressed.filter(
            (pl.col("table") == "factors") & (pl.col("group") == kind)
        ).height
        add("structures_factor_share", None, ok=not hidden)
        return
    add("structures_factor_share", row.item(0, "percent") / 100)


def _trust(trust, add, min_group: int) -> None:
    pairs = trust.by_sector_pair
    if not pairs:
        add("trust_mean", None, ok=not trust.suppressed_pairs)
        add("trust_min_pair", None, ok=not trust.suppressed_pairs)
        return
    weight = sum(p.respondents for p in pairs)
    add("trust_mean", round(sum(p.mean * p.respondents for p in pairs) / weight, 2))
    lowest = min(pairs, key=lambda p: p.mean)
    add("trust_min_pair", lowest.mean,
        sectors=(lowest.respondent_sector, lowest.partner_sector))  # fmt: skip


def _majority(counts: Mapping[str, int], order: tuple[str, ...] = ()) -> str | None:
    given = Counter({code: n for code, n in counts.items() if n > 0})
    if not given:
        return None
    top = max(given.values())
    tied = [code for code, n in given.items() if n == top]
    return min(tied, key=lambda c: order.index(c) if c in order else len(order))


def _session(session: SessionFigures, add) -> None:
    ok = not session.suppressed
    if session.instrument == GOAL_CONSENSUS[0]:
        answers = session.answers.get(GOAL_CONSENSUS[1], {})
        add("goal_consensus", _majority(answers, CONSENSUS_ORDER) if ok else None, ok=ok)
        add("session_governance", _majority(session.outcomes) if ok else None, ok=ok)
    elif session.instrument == "vorm_volgt_inhoud":
        add("session_form", _majority(session.outcomes) if ok else None, ok=ok)


def _perception(gaps: pl.DataFrame, add) -> None:
    """Per sector pair and question: the share of pairs answering differently, largest first."""
    rows = gaps.filter(pl.col("dimension") != "naming").sort(
        ["suppressed", "share", "pairs_compared", "sector_a", "sector_b", "dimension"],
        descending=[False, True, True, False, False, False],
        nulls_last=True,
    )
    for row in rows.iter_rows(named=True):
        group = f"{row['sector_a']}+{row['sector_b']}:{row['dimension']}"
        ok = not row["suppressed"]
        detail = _gap_detail(row) if ok and row["answer_a"] is not None else None
        add("perception_gap_share", row["share"], group, ok=ok, detail=detail)
        add("perception_gap_pairs", row["pairs_compared"], group, ok=ok)


def _gap_detail(row: Mapping) -> Text:
    """ "Most often: one side answers 'referral' where the other answers 'coordination' (4 pairs)."""
    dimension, count = row["dimension"], row["pattern_pairs"]
    one = {lang: answer_label(dimension, row["answer_a"], lang) for lang in ("nl", "en")}
    two = {lang: answer_label(dimension, row["answer_b"], lang) for lang in ("nl", "en")}
    if row["sector_a"] == row["sector_b"]:
        nl = f"vaakst: de ene kant antwoordt '{one['nl']}', de andere '{two['nl']}'"
        en = f"most often: one side answers '{one['en']}', the other '{two['en']}'"
    else:
        a_nl, b_nl = (vocab.SECTOR.label(s, "nl") for s in (row["sector_a"], row["sector_b"]))
        a_en, b_en = (vocab.SECTOR.label(s, "en") for s in (row["sector_a"], row["sector_b"]))
        nl = f"vaakst: {a_nl} antwoordt '{one['nl']}' waar {b_nl} '{two['nl']}' antwoordt"
        en = f"most often: {a_en} answers '{one['en']}' where {b_en} answers '{two['en']}'"
    paren_nl = f" ({count} {'paar' if count == 1 else 'paren'})"
    paren_en = f" ({count} {'pair' if count == 1 else 'pairs'})"
    return Text(nl=nl + paren_nl, en=en + paren_en)


def _targets(targets: pl.DataFrame, add) -> None:
    """Per ordered sector pair, the wished ties that do not exist yet, most first."""
    cells = targets.sort(["suppressed", "new", "sector_from", "sector_to"],
                         descending=[False, True, False, False], nulls_last=True)  # fmt: skip
    for a, b, new, hidden in cells.select("sector_from", "sector_to", "new", "suppressed").rows():
        if hidden or new:  # a pair where nothing is missing says nothing here
            add("target_new", new, f"{a}>{b}", ok=not hidden)
