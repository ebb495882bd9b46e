"""Benchmark of the network measure set on synthetic ecosystems.

Usage: ``.venv/bin/python benchmarks/bench_network.py [--sizes 1000,2000,5000] [--nx-max 1000]``

For each size it builds a sector-clustered ecosystem (about 10 ties per actor: ~70 % respondents
naming ~7 partners each, 80 % of them in their own sector) and prints:

* wall time and peak memory (RSS above the starting level, sampled every 5 ms, so igraph's and
  polars' native allocations count) of :func:`netwerkkaart.core.network.analyse`, split into
  graph building and measures;
* the same measures as bare igraph calls on a graph built straight from integer edges: our
  layer's overhead (goal: at most 1.3x);
* the same measures written with networkx, on sizes up to ``--nx-max`` only, because its
  pure-Python betweenness, closeness and constraint grow as n*m (goal: ours at least 20x faster).
"""

from __future__ import annotations

import argparse
import threading
import time
from collections.abc import Callable, Sequence
from functools import partial

import igraph as ig
import numpy as np
import polars as pl

from netwerkkaart.core import vocab
from netwerkkaart.core.dataset import (
    ACTORS_SCHEMA,
    TIES_SCHEMA,
    UNKNOWN_SCHEMA,
    WISHES_SCHEMA,
    Dataset,
)
from netwerkkaart.core.network import analyse, build_graph
from netwerkkaart.core.scales import SCALE_COLUMNS

SECTOR_SHARE = {
    "zorg": 0.4,
    "welzijn": 0.25,
    "lokaal_bestuur": 0.05,
    "andere": 0.2,
    "informeel": 0.1,
}
TYPE_OF_SECTOR = {"zorg": "zorgorganisatie", "welzijn": "welzijnsorganisatie",
                  "lokaal_bestuur": "lokaal_bestuur", "andere": "andere_organisatie",
                  "informeel": "informele_actor"}  # fmt: skip


def synthetic_ecosystem(n: int, seed: int = 1) -> tuple[Dataset, np.ndarray]:
    """A dataset of ``n`` register actors and its integer edge list (for the bare baselines)."""
    rng = np.random.default_rng(seed)
    sectors = np.array(list(SECTOR_SHARE))
    sector = rng.choice(len(sectors), size=n, p=list(SECTOR_SHARE.values()))
    members = [np.flatnonzero(sector == s) for s in range(len(sectors))]
    respondents = np.flatnonzero(rng.random(n) < 0.7)
    out = rng.poisson(7, size=len(respondents))
    sources = np.repeat(respondents, out)
    same = rng.random(len(sources)) < 0.8
    targets = rng.integers(0, n, size=len(sources))
    for s, group in enumerate(members):
        pick = same & (sector[sources] == s)
        targets[pick] = group[rng.integers(0, len(group), size=pick.sum())]
    keep = sources != targets
    edges = np.unique(np.column_stack([sources[keep], targets[keep]]), axis=0)
    ids = np.array([f"a{i:05d}" for i in range(n)])
    m = len(edges)
    ties = pl.DataFrame({
        "round": ["2025"] * m, "respondent": ids[edges[:, 0]],
        "respondent_type": [TYPE_OF_SECTOR[s] for s in sectors[sector[edges[:, 0]]]],
        "location": ["Gemeentegem"] * m, "partner": ids[edges[:, 1]],
        "partner_group": sectors[sector[edges[:, 1]]],
        "finality": np.array(vocab.FINALITY.codes)[rng.choice(4, m, p=[0.35, 0.3, 0.2, 0.15])],
        "frequency": np.array(vocab.FREQUENCY.codes)[rng.choice(4, m, p=[0.1, 0.3, 0.3, 0.3])],
        "evaluation": ["goed"] * m, "evolution": ["hetzelfde"] * m, "level": [[]] * m,
        "scale": ["lokaal"] * m, "stimulating": [[]] * m, "inhibiting": [[]] * m,
        **{column: [None] * m for column in SCALE_COLUMNS},
    }).cast(TIES_SCHEMA)  # fmt: skip
    actors = pl.DataFrame({
        "id": ids, "name": [f"Actor {i}" for i in range(n)],
        "actor_type": [TYPE_OF_SECTOR[s] for s in sectors[sector]], "sector": sectors[sector],
        "category": None, "location": "Gemeentegem", "scope": None, "employees": None,
        "clients": None,
    }).cast(ACTORS_SCHEMA)  # fmt: skip
    data = Dataset(ties=ties, actors=actors, wishes=pl.DataFrame(schema=WISHES_SCHEMA),
                   unknown=pl.DataFrame(schema=UNKNOWN_SCHEMA))  # fmt: skip
    return data, edges


def measured(action: Callable[[], object]) -> tuple[float, float]:
    """Wall seconds and peak RSS growth (MiB) of ``action``."""
    page = 4096
    with open("/proc/self/statm") as handle:
        start = int(handle.read().split()[1]) * page
    peak = [start]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            with open("/proc/self/statm") as statm:
                peak[0] = max(peak[0], int(statm.read().split()[1]) * page)
            time.sleep(0.005)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    began = time.perf_counter()
    action()
    elapsed = time.perf_counter() - began
    done.set()
    sampler.join()
    return elapsed, (peak[0] - start) / 2**20


def bare_igraph(edges: np.ndarray, n: int, sector: list[str], weights: np.ndarray) -> None:
    """The same measure set as plain igraph calls, no attributes, no privacy rule."""
    g = ig.Graph(n=n, edges=edges.tolist(), directed=True)
    g.es["weight"] = weights.tolist()
    g.vs["sector"] = sector
    u = g.copy()
    u.to_undirected(mode="collapse", combine_edges={"weight": "max"})
    g.degree(mode="in"), g.degree(mode="out"), g.reciprocity(mode="ratio"), g.density()
    g.connected_components(mode="weak")
    u.degree(), u.strength(weights="weight"), u.betweenness(directed=False)
    u.harmonic_centrality(normalized=True), u.constraint(), u.coreness()
    u.transitivity_local_undirected(mode="zero")
    codes = {s: i for i, s in enumerate(sorted(set(sector)))}
    u.assortativity_nominal([codes[s] for s in sector], directed=False)
    # As the analysis: Leiden until it converges, the best of ten runs.
    best = max(
        (u.community_leiden(objective_function="modularity", weights="weight", n_iterations=-1)
         for _ in range(10)),
        key=lambda c: u.modularity(c.membership, weights="weight"),
    )  # fmt: skip
    u.modularity(best.membership, weights="weight")


def networkx_set(edges: np.ndarray, n: int, sector: list[str], weights: np.ndarray) -> None:
    """The same measure set written with networkx."""
    import networkx as nx

    d = nx.DiGraph()
    d.add_nodes_from((i, {"sector": s}) for i, s in enumerate(sector))
    d.add_weighted_edges_from(
        (int(a), int(b), float(w)) for (a, b), w in zip(edges, weights, strict=True)
    )
    u = d.to_undirected()
    dict(d.in_degree()), dict(d.out_degree()), nx.overall_reciprocity(d), nx.density(u)
    list(nx.weakly_connected_components(d))
    dict(u.degree()), dict(u.degree(weight="weight")), nx.betweenness_centrality(u)
    nx.harmonic_centrality(u), nx.constraint(u), nx.effective_size(u), nx.core_number(u)
    nx.attribute_assortativity_coefficient(u, "sector")
    parts = nx.community.louvain_communities(u, weight="weight", seed=1)
    nx.community.modularity(u, parts, weight="weight")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,2000,5000,10000,20000")
    parser.add_argument(
        "--nx-max",
        type=int,
        default=1000,
        help="largest size to run networkx on (default %(default)s)",
    )
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    header = (f"{'actors':>7} {'nodes':>7} {'ties':>8} {'build s':>8} {'analyse s':>10} "
              f"{'peak MiB':>9} {'bare s':>7} {'ours/bare':>10} {'nx s':>8} {'nx/ours':>8}")  # fmt: skip
    print(header)
    for n in sizes:
        data, edges = synthetic_ecosystem(n)
        build_s, _ = measured(partial(build_graph, data))
        graph = build_graph(data)
        ours_s, peak = measured(partial(analyse, data))
        # The baselines get exactly the graph our layer built: same edges, same weights.
        edges = np.asarray(graph.get_edgelist())
        weights = np.asarray(graph.es["weight"])
        sector = list(graph.vs["sector"])
        nodes = graph.vcount()
        bare_s, _ = measured(partial(bare_igraph, edges, nodes, sector, weights))
        nx_text = f"{'skipped':>8} {'-':>8}"
        if n <= args.nx_max:
            nx_s, _ = measured(partial(networkx_set, edges, nodes, sector, weights))
            nx_text = f"{nx_s:8.2f} {nx_s / ours_s:7.1f}x"
        print(f"{n:7d} {graph.vcount():7d} {graph.ecount():8d} {build_s:8.2f} {ours_s:10.2f} "
              f"{peak:9.1f} {bare_s:7.2f} {ours_s / bare_s:9.2f}x {nx_text}", flush=True)  # fmt: skip
    if any(n > args.nx_max for n in sizes):
        print(
            f"networkx skipped above {args.nx_max} actors: its betweenness, harmonic closeness "
            "and constraint are pure Python and grow as n*m (raise --nx-max to run it)."
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
