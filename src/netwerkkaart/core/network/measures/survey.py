"""Measures that need the survey answers beside the graph: wishes, unknown actors, response.

``data`` is the dataset already narrowed to the round (and location) the graph was built from;
actors are matched to graph nodes the same way :func:`~netwerkkaart.core.network.graph.build_graph`
matches them.
"""

from __future__ import annotations

import igraph as ig
import polars as pl

from netwerkkaart.core.dataset import Dataset
from netwerkkaart.core.network.graph import ActorIndex
from netwerkkaart.core.vocab import normalise_key

WISH_SCHEMA = {
    "respondent": pl.String, "partner": pl.String, "target_kind": pl.String,
    "wish": pl.String, "absent": pl.Boolean, "targets": pl.List(pl.String),
}  # fmt: skip


def wished_absent_ties(data: Dataset, graph: ig.Graph) -> pl.DataFrame:
    """Every wish, marked ``absent`` when the wished tie does not exist yet.

    A wish by respondent R for partner X is absent when R and X have no tie in either direction;
    when X names a category of the register (e.g. "Huisartsen") it is absent when R has no tie
    with any actor of that category. These are the ties people want and do not have: the
    network's cheapest next step.

    Returns
    -------
    polars.DataFrame
        Columns ``respondent`` (actor id), ``partner`` (as written), ``target_kind``
        (``actor``, ``category`` or ``unregistered``), ``wish``, ``absent`` and ``targets``
        (register ids of the wished actor, or of every member of the wished category; empty for
        an unregistered actor): who receives the wish, for an actor's profile.

    References
    ----------
    .. [1] Pless, S. & Buntinx, W. *Samenwerking rond zorg en welzijn breed bekeken* (UCLL),
       Tabel 4: the partners respondents want to work with more or better.
    """
    index = ActorIndex(data.actors)
    # An unregistered actor keeps the spelling build_graph saw first; meet it by its folded key.
    position = {}
    for i, actor_id in enumerate(graph.vs["id"] if graph.vcount() else []):
        position[actor_id] = i
        position.setdefault(normalise_key(actor_id), i)
    rows = []
    for respondent, partner, wish in data.wishes.select(
        "respondent", "partner", "wish"
    ).iter_rows():
        source = index.resolve(respondent)
        vertex = position.get(source, position.get(normalise_key(source)))
        partners = _partner_ids(graph, vertex)
        target = index.resolve(partner)
        members = None if target in index.register else index.category_members(partner)
        if members is not None:
            kind, absent = "category", not partners.intersection(members)
        else:
            kind = "actor" if target in index.register else "unregistered"
            absent = normalise_key(target) not in {normalise_key(p) for p in partners}
        targets = members if kind == "category" else [target] if kind == "actor" else []
        rows.append((source, partner, kind, wish, absent, sorted(targets)))
    return pl.DataFrame(rows, schema=WISH_SCHEMA, orient="row")


def _partner_ids(graph: ig.Graph, vertex: int | None) -> set[str]:
    if vertex is None:
        return set()
    ids = graph.vs["id"]
    return {ids[v] for v in graph.neighbors(vertex, mode="all")}


def wished_absent_share(wishes: pl.DataFrame) -> float:
    """Share of wishes whose tie does not exist yet; ``nan`` without wishes."""
    if wishes.height == 0:
        return float("nan")
    return wishes.get_column("absent").mean()


def wished_absent_targets(wishes: pl.DataFrame) -> pl.DataFrame:
    """Per wished partner or category: how many distinct respondents wish a tie they lack."""
    return (
        wishes.filter(pl.col("absent"))
        .group_by("partner", "target_kind")
        .agg(respondents=pl.col("respondent").n_unique().cast(pl.Int64))
        .sort(["respondents", "partner"], descending=[True, False])
    )


def unknown_actors(data: Dataset) -> pl.DataFrame:
    """Actors respondents say they do not know, with how many respondents do not know each.

    Not knowing each other is the first barrier the report names ("elkaar niet kennen") and
    the quickest win.

    Returns
    -------
    polars.DataFrame
        Columns ``actor`` (id), ``name``, ``sector`` and ``respondents``, most unknown first.
    """
    index = ActorIndex(data.actors)
    answers = data.unknown.select("respondent", "partner").iter_rows()
    pairs = {(index.resolve(r), index.resolve(p)) for r, p in answers}
    counts: dict[str, int] = {}
    for _, actor in pairs:
        counts[actor] = counts.get(actor, 0) + 1
    rows = []
    for actor, count in counts.items():
        known = index.register.get(actor, {})
        rows.append((actor, known.get("name", actor), known.get("sector"), count))
    schema = {"actor": pl.String, "name": pl.String, "sector": pl.String, "respondents": pl.Int64}
    frame = pl.DataFrame(rows, schema=schema, orient="row")
    return frame.sort(["respondents", "actor"], descending=[True, False])


def response_rate(data: Dataset, graph: ig.Graph, by: str = "sector") -> pl.DataFrame:
    """Per group of the register: actors invited, actors that answered, and the rate.

    Every register actor counts as invited; it answered when it appears as a respondent in the
    graph. Respondents absent from the register are not counted here (they were not invited
    through it). A low rate shows who is missing from the picture, such as the self-employed.

    Parameters
    ----------
    by
        A register column: ``sector`` or ``actor_type``.

    Returns
    -------
    polars.DataFrame
        Columns ``group``, ``invited``, ``responded``, ``rate``; ``group`` null for actors whose
        value is unknown.
    """
    responded = {v["id"] for v in graph.vs if v["responded"]} if graph.vcount() else set()
    actors = data.actors.select(pl.col(by).cast(pl.String).alias("group"), pl.col("id"))
    return (
        actors.with_columns(answered=pl.col("id").is_in(list(responded)))
        .group_by("group")
        .agg(invited=pl.len(), responded=pl.col("answered").sum())
        .with_columns(rate=pl.col("responded") / pl.col("invited"))
        .with_columns(pl.col("responded").cast(pl.Int64), pl.col("invited").cast(pl.Int64))
        .sort("group", nulls_last=True)
    )
