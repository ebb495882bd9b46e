"""The collaboration network of one survey round, as an igraph graph.

Actors are the respondents and the partners they name. Each is matched to the register by id or by
normalised name (:func:`netwerkkaart.core.vocab.normalise_key`: case, accents and spacing folded);
a partner the register does not know becomes a node with what the answers say of it (its
``partner_group`` as sector). Every reported tie is a directed edge *respondent → partner*: the
direction says who reported it, so a tie both sides report is a mutual pair of edges.

Node attributes: ``id``, ``name``, ``sector``, ``actor_type``, ``category``, ``location``,
``responded`` (bool), ``registered`` (bool) and any extra register columns. Edge attributes:
``finality``, ``frequency``, ``evaluation``, ``evolution``, ``scale``, ``respondent_type`` and
``weight`` (the intensity of :func:`intensity`). Missing values are ``None``.
"""

from __future__ import annotations

from collections import Counter

import igraph as ig
import polars as pl

from netwerkkaart.core import vocab
from netwerkkaart.core.dataset import ACTORS_SCHEMA, Dataset

NODE_ATTRIBUTES: tuple[str, ...] = (
    "id", "name", "sector", "actor_type", "category", "location", "responded", "registered",
)  # fmt: skip
EDGE_ATTRIBUTES: tuple[str, ...] = (
    "finality", "frequency", "evaluation", "evolution", "scale", "respondent_type", "weight",
)  # fmt: skip

# How often a tie is used, as a factor of intensity. The four answers stand for roughly 250, 50,
# 12 and 4 contacts a year; their logarithms (2.4, 1.7, 1.1, 0.6) fall close to 1, 3/4, 1/2, 1/4,
# so each step down in frequency costs the same share of intensity instead of a factor five.
FREQUENCY_FACTOR: dict[str, float] = {
    "dagelijks": 1.0,
    "wekelijks": 0.75,
    "maandelijks": 0.5,
    "minder": 0.25,
}
# Respondents drop out halfway (Tabel 2): a tie without finality is only known to exist, so it
# counts as the lightest finality; a missing frequency counts as the middle answer (monthly).
MISSING_FINALITY_RANK = 1
MISSING_FREQUENCY_FACTOR = 0.5


def intensity(finality: str | None, frequency: str | None) -> float:
    """Intensity weight of one reported tie: finality rank (1-4) times a frequency factor.

    Parameters
    ----------
    finality
        A code of :data:`netwerkkaart.core.vocab.FINALITY` or ``None``. Its rank follows the
        report's order by intensity: referral 1, information sharing 2, coordination 3, joint
        activities 4.
    frequency
        A code of :data:`netwerkkaart.core.vocab.FREQUENCY` or ``None``; see
        :data:`FREQUENCY_FACTOR`.

    Returns
    -------
    float
        Between 0.25 (a rare referral) and 4.0 (joint activities every day).

    Notes
    -----
    Finality measures *how deep* partners work together, following the integration ladder of
    the report's theoretical frame (referral, consultation, coordination, collaboration);
    frequency measures *how often*. A product lets a frequent light tie weigh as much as a rare
    deep one: a daily referral (1 × 1.0) equals a joint activity held a few times a year
    (4 × 0.25).

    Examples
    --------
    >>> intensity("afstemming", "wekelijks")
    2.25
    >>> intensity(None, None)
    0.5
    """
    rank = MISSING_FINALITY_RANK if finality is None else vocab.FINALITY.position(finality) + 1
    factor = MISSING_FREQUENCY_FACTOR if frequency is None else FREQUENCY_FACTOR[frequency]
    return rank * factor


class ActorIndex:
    """Resolves the ids and names written in the answers to one actor key each.

    A register id matches itself; otherwise the normalised text is looked up among register ids
    and names. Text that matches nothing stays its own actor, keyed by its normalised form so
    spelling variants of one unregistered partner meet.
    """

    def __init__(self, actors: pl.DataFrame) -> None:
        self.register: dict[str, dict] = {row["id"]: row for row in actors.iter_rows(named=True)}
        self._by_key: dict[str, str] = {}
        # Names first, so that a register id always wins over another actor's identical name.
        for row in self.register.values():
            if row["name"]:
                self._by_key.setdefault(vocab.normalise_key(row["name"]), row["id"])
        for actor_id in self.register:
            self._by_key[vocab.normalise_key(actor_id)] = actor_id
        self._categories: dict[str, list[str]] = {}
        for row in self.register.values():
            if row["category"]:
                key = vocab.normalise_key(row["category"])
                self._categories.setdefault(key, []).append(row["id"])
        self._unregistered: dict[str, str] = {}

    def resolve(self, text: str) -> str:
        """The actor id ``text`` stands for (an unregistered actor keeps its first spelling)."""
        if text in self.register:
            return text
        key = vocab.normalise_key(text)
        found = self._by_key.get(key)
        if found is not None:
            return found
        return self._unregistered.setdefault(key, text.strip())

    def category_members(self, text: str) -> list[str] | None:
        """Register ids of the category ``text`` names, or ``None`` when it names no category."""
        return self._categories.get(vocab.normalise_key(text))


def build_graph(
    dataset: Dataset,
    *,
    round_id: str | None = None,
    location: str | None = None,
    sector: str | None = None,
) -> ig.Graph:
    """The directed collaboration graph of one round, optionally narrowed to a subset.

    Parameters
    ----------
    dataset
        The survey data and register.
    round_id
        The round to use; ``None`` takes the latest round, because ties of different rounds
        describe the same pairs twice.
    location
        Keep only the answers of respondents in this location (partners may be anywhere).
    sector
        Keep only ties with at least one end in this sector, and the respondents of the sector:
        the sector with everyone it works with, so cross-sector figures stay meaningful.

    Returns
    -------
    igraph.Graph
        Directed, without loops or duplicate edges (of two reports of the same tie by the same
        respondent the more intense one is kept). Graph attributes ``round`` and ``subset``.
    """
    chosen = round_id if round_id is not None else dataset.latest_round
    data = dataset.for_round(chosen).for_location(location)
    index = ActorIndex(data.actors)
    ties = data.ties

    respondents = pl.concat(
        [ties.get_column("respondent"), data.wishes.get_column("respondent"),
         data.unknown.get_column("respondent")]
    ).unique(maintain_order=True).to_list()  # fmt: skip
    resolved = {text: index.resolve(text) for text in respondents}
    for text in ties.get_column("partner").unique(maintain_order=True).to_list():
        resolved.setdefault(text, index.resolve(text))

    ties = ties.with_columns(
        source=pl.col("respondent").replace_strict(resolved, return_dtype=pl.String),
        target=pl.col("partner").replace_strict(resolved, return_dtype=pl.String),
    ).filter(pl.col("source") != pl.col("target"))
    weights = [intensity(f, q) for f, q in ties.select("finality", "frequency").iter_rows()]
    ties = (
        ties.with_columns(weight=pl.Series(weights, dtype=pl.Float64))
        .sort("weight", descending=True, maintain_order=True)
        .unique(["source", "target"], keep="first", maintain_order=True)
    )

    responded = {resolved[text] for text in respondents}
    own_type = dict(ties.select("source", "respondent_type").unique("source").iter_rows())
    named_group: dict[str, Counter] = {}
    for target, group in ties.select("target", "partner_group").iter_rows():
        if group is not None:
            named_group.setdefault(target, Counter())[group] += 1

    node_ids = sorted(responded | set(ties.get_column("target").to_list()))
    extra = [c for c in data.actors.columns if c not in ACTORS_SCHEMA]
    nodes = [_node(i, index, i in responded, own_type, named_group, extra) for i in node_ids]

    graph = ig.Graph(directed=True)
    graph.add_vertices(len(nodes))
    for name in (*NODE_ATTRIBUTES, "scope", "employees", "clients", *extra):
        graph.vs[name] = [node.get(name) for node in nodes]
    position = {node_id: i for i, node_id in enumerate(node_ids)}
    edges = [(position[s], position[t]) for s, t in ties.select("source", "target").iter_rows()]
    graph.add_edges(edges)
    for name in EDGE_ATTRIBUTES:
        graph.es[name] = (
            ties.get_column(name).cast(pl.String if name != "weight" else pl.Float64).to_list()
        )
    graph["round"] = chosen
    graph["subset"] = ", ".join(
        f"{k}={v}" for k, v in (("location", location), ("sector", sector)) if v
    )
    if sector is not None:
        graph = _touching_sector(graph, sector)
    return graph


def _node(
    actor_id: str,
    index: ActorIndex,
    responded: bool,
    own_type: dict[str, str],
    named_group: dict[str, Counter],
    extra: list[str],
) -> dict:
    row = index.register.get(actor_id)
    reported_type = own_type.get(actor_id)
    if row is None:
        # What the answers say: a respondent's own type, or the group partners placed it in.
        groups = named_group.get(actor_id)
        sector = groups.most_common(1)[0][0] if groups else None
        if sector is None and reported_type is not None:
            sector = vocab.SECTOR_OF_RESPONDENT_TYPE[reported_type]
        return {"id": actor_id, "name": actor_id, "sector": sector, "actor_type": reported_type,
                "responded": responded, "registered": False}  # fmt: skip
    node = {key: row.get(key) for key in ("id", "name", "category", "location", "scope",
                                          "employees", "clients", *extra)}  # fmt: skip
    node["actor_type"] = row["actor_type"] or reported_type
    node["sector"] = row["sector"] or (
        vocab.SECTOR_OF_RESPONDENT_TYPE[reported_type] if reported_type else None
    )
    node.update(responded=responded, registered=True)
    return node


def _touching_sector(graph: ig.Graph, sector: str) -> ig.Graph:
    sectors = graph.vs["sector"]
    keep_edges = [e.index for e in graph.es if sector in (sectors[e.source], sectors[e.target])]
    keep = set()
    for e in graph.es[keep_edges]:
        keep.update(e.tuple)
    keep.update(v.index for v in graph.vs if v["responded"] and v["sector"] == sector)
    sub = graph.subgraph_edges(keep_edges, delete_vertices=False)
    return sub.induced_subgraph(sorted(keep))


def collaboration_graph(graph: ig.Graph) -> ig.Graph:
    """The undirected graph of collaborations: one edge per pair that works together.

    Structural measures (betweenness, closeness, constraint, k-core, communities) read a
    collaboration as going both ways, whoever reported it. ``weight`` is the larger intensity
    of the two reports; ``reports`` counts them (1 or 2).
    """
    if not graph.is_directed():
        return graph
    undirected = graph.copy()
    undirected.es["reports"] = 1
    if "weight" not in undirected.es.attributes():
        undirected.es["weight"] = 1.0
    undirected.to_undirected(mode="collapse", combine_edges={"weight": "max", "reports": "sum"})
    return undirected
