"""How far each network measure could move given who did not answer.

A network survey never reaches everyone, and network measures are sensitive to who is missing
in a way percentages are not: a respondent who does not answer takes all the ties only it would
have reported with it (Kossinets 2006; Smith, Morgan & Moody 2021). Two views, computed on the
graph of :func:`~netwerkkaart.core.network.graph.build_graph` without reading the answers again:

**Subsamples of the respondents** (the band). ``draws`` times, a share ``1 - keep`` of the
respondents is set aside at random (seeded): their own reports, wishes and unknown actors are
removed and they become non-respondents, still in the network wherever others name them, as a
real non-respondent is. Every measure is computed again; the band runs from the 5th to the 95th
percentile of the draws. It answers: "had one respondent in five more not answered, where could
this figure have been?". Nobody is dropped for answering only part of the questions: a tie
without finality still counts as a tie, shares are over the answers given (Tabel 2).

**Reciprocation** (the second view). Every tie a respondent reports with a non-respondent is
also counted as reported back, with the same answers: the simplest imputation that does better
than ignoring non-respondents (Huisman 2009). The structural measures already read a tie when
either side reports it, so for them this view equals the figure shown; it moves the measures
that count reports (the share of light ties). Reciprocity and agreement on finality are defined
between respondents only and do not change.

**The label**. A measure is *stevig* (robust) when its band is narrow and the second view falls
close to it, *gevoelig voor wie ontbreekt* (sensitive to who is missing) otherwise. Narrow means
at most :data:`TOLERANCE` wide: 10 percentage points for a share, 0.2 for an index from -1 to 1,
0.1 for modularity and 20 % of the value (at least 2) for a count. A count falls by itself when
fewer answer (fewer ties are reported); its band says by how much.

References
----------
.. [1] Kossinets, G. (2006). Effects of missing data in social networks. *Social Networks*
   28(3), 247-268.
.. [2] Huisman, M. (2009). Imputation of missing network data: some simple procedures.
   *Journal of Social Structure* 10(1).
.. [3] Smith, J. A., Moody, J. & Morgan, J. H. (2017). Network sampling coverage II: the effect
   of non-random missing data on network measurement. *Social Networks* 48, 78-99.
.. [4] Borgatti, S. P., Carley, K. M. & Krackhardt, D. (2006). On the robustness of centrality
   measures under conditions of imperfect data. *Social Networks* 28(2), 124-136.
"""

from __future__ import annotations

import math

import igraph as ig
import numpy as np
import polars as pl

from netwerkkaart.core.dataset import Dataset
from netwerkkaart.core.network.analysis import NetworkAnalysis, whole_network_measures
from netwerkkaart.core.network.graph import ActorIndex, collaboration_graph
from netwerkkaart.core.network.measures import groups
from netwerkkaart.core.network.measures.survey import wished_absent_ties

DRAWS = 16
KEEP = 0.8
SEED = 2025
# Leiden runs per subsample: the full analysis keeps the best of ten; one keeps the cost low
# (a band of single runs is, if anything, a little wider).
SUBSAMPLE_RUNS = 1
STEVIG, GEVOELIG = "stevig", "gevoelig"
LABELS = {STEVIG: ("stevig", "robust"),
          GEVOELIG: ("gevoelig voor wie ontbreekt", "sensitive to who is missing")}  # fmt: skip

COUNTS = frozenset({"actors", "ties", "components", "isolates", "communities", "unknown_actors"})
INDICES = frozenset({"ei_index_sector", "ei_index_actor_type", "assortativity_sector",
                     "assortativity_actor_type"})  # fmt: skip
# How wide a band may be and still be called robust: (absolute width, share of the value).
TOLERANCE: dict[str, tuple[float, float]] = {"share": (0.10, 0.0), "index": (0.20, 0.0),
                                             "modularity": (0.10, 0.0), "count": (2.0, 0.20)}  # fmt: skip
# Measures counted between respondents only: reciprocation imputes nothing there.
RESPONDENT_PAIRS = frozenset({"reciprocity", "finality_agreement"})

SCHEMA = {"measure": pl.String, "group": pl.String, "value": pl.Float64, "low": pl.Float64,
          "high": pl.Float64, "imputed": pl.Float64, "label": pl.String,
          "suppressed": pl.Boolean}  # fmt: skip


def robustness(
    data: Dataset,
    analysis: NetworkAnalysis,
    *,
    draws: int = DRAWS,
    keep: float = KEEP,
    seed: int = SEED,
    wishes: pl.DataFrame | None = None,
) -> pl.DataFrame:
    """Band, reciprocation view and label of every shown network figure of ``analysis``.

    Parameters
    ----------
    data
        The dataset narrowed to the analysis' round and location (as its graph was built).
    analysis
        The result of :func:`~netwerkkaart.core.network.analyse`; its suppressed figures stay
        suppressed here.
    draws, keep, seed
        How many subsamples, the share of respondents each keeps, the seed of the draws.
    wishes
        :func:`~netwerkkaart.core.network.measures.survey.wished_absent_ties` of the analysis
        when the caller has it already.

    Returns
    -------
    polars.DataFrame
        ``measure``, ``group`` (an E-I index per sector or type; else null), ``value`` (as
        shown), ``low`` and ``high`` (the band), ``imputed`` (reciprocation), ``label``
        (:data:`STEVIG` or :data:`GEVOELIG`) and ``suppressed``.
    """
    graph = analysis.graph
    wanted = [f for f in analysis.summary if f.measure not in ("respondents", "response_rate")]
    context = _Context(data, analysis, keep, wishes)
    runs = [context.measures(context.subsample(rng)) for rng in _rngs(seed, draws)]
    imputed = context.measures(_reciprocated(graph), membership=context.membership)
    rows = []
    for figure in wanted:
        key = (figure.measure, figure.group)
        if figure.suppressed or figure.value is None or _nan(figure.value):
            rows.append((*key, None, None, None, None, None, figure.suppressed))
            continue
        value = float(figure.value)
        if figure.measure in RESPONDENT_PAIRS:
            imputed[key] = value
        sample = np.array([r[key] for r in runs if key in r and not _nan(r[key])], dtype=float)
        if sample.size == 0:
            rows.append((*key, value, None, None, imputed.get(key), GEVOELIG, False))
            continue
        low, high = (float(q) for q in np.quantile(sample, [0.05, 0.95]))
        other = imputed.get(key)
        rows.append((*key, value, low, high, other, label(figure.measure, value, low, high, other),
                     False))  # fmt: skip
    return pl.DataFrame(rows, schema=SCHEMA, orient="row")


def label(measure: str, value: float, low: float, high: float, imputed: float | None) -> str:
    """:data:`STEVIG` when the band, stretched to hold the value itself, is at most the
    tolerance wide and the reciprocation view lies within half a tolerance of the value;
    :data:`GEVOELIG` otherwise (a band that lies beside the value shows a figure that shifts
    when fewer answer, which is sensitivity too).

    >>> label("density", 0.06, 0.05, 0.07, 0.06)
    'stevig'
    >>> label("cross_sector_share", 0.6, 0.45, 0.62, 0.6)
    'gevoelig'
    """
    absolute, relative = TOLERANCE[kind(measure)]
    tolerance = max(absolute, relative * abs(value))
    close = imputed is None or _nan(imputed) or abs(imputed - value) <= tolerance / 2
    span = max(high, value) - min(low, value)
    return STEVIG if span <= tolerance + 1e-12 and close else GEVOELIG


def kind(measure: str) -> str:
    """Which tolerance a measure is judged by: ``count``, ``index``, ``modularity``, ``share``."""
    if measure in COUNTS:
        return "count"
    if measure in INDICES:
        return "index"
    return "modularity" if measure == "modularity" else "share"


def label_text(code: str | None, lang: str = "nl") -> str:
    """The label as the reader sees it ("stevig", "gevoelig voor wie ontbreekt")."""
    if code is None:
        return ""
    nl, en = LABELS[code]
    return en if lang == "en" else nl


class _Context:
    """What every subsample needs, prepared once: respondents, wishes, unknown actors."""

    def __init__(
        self, data: Dataset, analysis: NetworkAnalysis, keep: float, wishes: pl.DataFrame | None
    ) -> None:
        graph = analysis.graph
        self.graph = graph
        self.edges = np.asarray(graph.get_edgelist(), dtype=np.int64).reshape(-1, 2)
        self.keep = keep
        self.ids = graph.vs["id"] if graph.vcount() else []
        self.position = {actor: i for i, actor in enumerate(self.ids)}
        responded = graph.vs["responded"] if graph.vcount() else []
        self.respondents = np.flatnonzero(np.asarray(responded, dtype=bool))
        index = ActorIndex(data.actors)
        self.unknown = [(index.resolve(r), index.resolve(p))
                        for r, p in data.unknown.select("respondent", "partner").iter_rows()]  # fmt: skip
        if wishes is None:
            wishes = wished_absent_ties(data, graph)
        self.wishes = [(r, set(t), a)
                       for r, t, a in wishes.select("respondent", "targets", "absent").rows()]  # fmt: skip
        self.membership = analysis.actors.get_column("community").to_list()

    def subsample(self, rng: np.random.Generator) -> tuple[ig.Graph, set[str]]:
        """The graph with a random share of the respondents turned into non-respondents."""
        n = self.respondents.size
        if n <= 1:  # nobody (or one) to leave out: the graph as it is
            dropped = self.respondents[:0]
        else:
            dropped = rng.choice(
                self.respondents, size=max(1, round(n * (1 - self.keep))), replace=False
            )
        sub = self.graph.copy()
        gone = set(dropped.tolist())
        sub.delete_edges(np.flatnonzero(np.isin(self.edges[:, 0], dropped)).tolist())
        responded = list(sub.vs["responded"])
        for v in gone:
            responded[v] = False
        sub.vs["responded"] = responded
        degree = sub.degree()
        sub.delete_vertices([v for v in range(sub.vcount()) if not responded[v] and not degree[v]])
        kept = {self.ids[v] for v in self.respondents.tolist() if v not in gone}
        return sub, kept

    def measures(
        self, sample: tuple[ig.Graph, set[str]] | ig.Graph, membership: list[int] | None = None
    ) -> dict[tuple[str, str | None], float]:
        graph, kept = (sample, None) if isinstance(sample, ig.Graph) else sample
        undirected = collaboration_graph(graph)
        if membership is None:
            membership = groups.communities(undirected, runs=SUBSAMPLE_RUNS)
        result: dict[tuple[str, str | None], float] = {("actors", None): graph.vcount()}
        for measure, compute in whole_network_measures(graph, undirected, membership).items():
            result[(measure, None)] = float(compute())
        for attribute in ("sector", "actor_type"):
            for group, value in groups.ei_index_by_group(undirected, attribute).items():
                result[(f"ei_index_{attribute}", group)] = value
        result[("wished_absent_share", None)] = self._wished_absent(graph, kept)
        result[("unknown_actors", None)] = float(len(
            {p for r, p in self.unknown if kept is None or r in kept}))  # fmt: skip
        return result

    def _wished_absent(self, graph: ig.Graph, kept: set[str] | None) -> float:
        ids = graph.vs["id"] if graph.vcount() else []
        where = {actor: i for i, actor in enumerate(ids)}
        flags = []
        for respondent, targets, absent in self.wishes:
            if kept is not None and respondent not in kept:
                continue
            if targets and respondent in where:
                partners = {ids[v] for v in graph.neighbors(where[respondent], mode="all")}
                absent = not partners.intersection(targets)
            flags.append(absent)
        return sum(flags) / len(flags) if flags else math.nan


def _reciprocated(graph: ig.Graph) -> ig.Graph:
    """``graph`` with each report about a non-respondent also counted as reported back."""
    imputed = graph.copy()
    if graph.ecount() == 0:
        return imputed
    responded = graph.vs["responded"]
    existing = set(graph.get_edgelist())
    new = [(e.target, e.source, e.attributes()) for e in graph.es
           if not responded[e.target] and (e.target, e.source) not in existing]  # fmt: skip
    if new:
        attributes = {name: [a[name] for _, _, a in new] for name in graph.es.attributes()}
        imputed.add_edges([(s, t) for s, t, _ in new], attributes=attributes)
    return imputed


def _rngs(seed: int, draws: int) -> list[np.random.Generator]:
    return [np.random.default_rng([seed, draw]) for draw in range(draws)]


def _nan(value: object) -> bool:
    return isinstance(value, float) and math.isnan(value)
