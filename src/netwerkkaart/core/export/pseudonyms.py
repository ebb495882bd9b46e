"""Pseudonymising a graph before it leaves the municipality.

Ids and names are replaced by ``actor-0001``-style pseudonyms. The numbering follows a keyed hash
(HMAC-SHA256) of the actor id with a secret drawn fresh for every export: stable within one export
(every file of it agrees), unrelated between exports, and not in alphabetical order, so the number
gives nothing away. Only the categorical node attributes are kept; free text, contact details and
size figures (any other register column) are dropped. The mapping back is returned separately and
must be stored apart from the export.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

import igraph as ig
import polars as pl

# Node attributes that say what an actor is, not who: safe to keep in a pseudonymised export.
KEPT_NODE_ATTRIBUTES: tuple[str, ...] = (
    "id", "name", "sector", "actor_type", "category", "location", "scope", "responded", "registered",
)  # fmt: skip
KEPT_EDGE_ATTRIBUTES: tuple[str, ...] = (
    "finality", "frequency", "evaluation", "evolution", "scale", "respondent_type", "weight",
)  # fmt: skip


def pseudonymise(graph: ig.Graph, *, secret: bytes | None = None) -> tuple[ig.Graph, pl.DataFrame]:
    """A copy of ``graph`` with pseudonyms for ids and names, and the mapping back.

    Parameters
    ----------
    graph
        A graph of :func:`netwerkkaart.core.network.graph.build_graph`.
    secret
        Key of the hash; a fresh random one when ``None`` (pass one only to reproduce an export).

    Returns
    -------
    tuple
        The pseudonymised graph, and a frame ``pseudonym, id, name`` to keep elsewhere.
    """
    key = secret if secret is not None else secrets.token_bytes(32)
    ids = graph.vs["id"] if graph.vcount() else []
    names = graph.vs["name"] if graph.vcount() else []
    digests = [
        hmac.new(key, actor_id.encode("utf-8"), hashlib.sha256).hexdigest() for actor_id in ids
    ]
    width = max(4, len(str(len(ids))))
    pseudonym = {
        i: f"actor-{rank + 1:0{width}d}"
        for rank, i in enumerate(sorted(range(len(ids)), key=digests.__getitem__))
    }

    result = graph.copy()
    for name in result.vs.attributes():
        if name not in KEPT_NODE_ATTRIBUTES:
            del result.vs[name]
    for name in result.es.attributes():
        if name not in KEPT_EDGE_ATTRIBUTES:
            del result.es[name]
    for name in result.attributes():
        del result[name]
    labels = [pseudonym[i] for i in range(len(ids))]
    result.vs["id"] = labels
    result.vs["name"] = labels
    mapping = pl.DataFrame({"pseudonym": labels, "id": ids, "name": names},
                           schema={"pseudonym": pl.String, "id": pl.String, "name": pl.String})  # fmt: skip
    return result, mapping.sort("pseudonym")


def strip_graph_attributes(graph: ig.Graph) -> ig.Graph:
    """A copy without graph-level attributes (round, subset), which no file format here keeps."""
    result = graph.copy()
    for name in result.attributes():
        del result[name]
    return result
