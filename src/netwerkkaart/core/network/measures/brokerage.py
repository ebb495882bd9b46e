"""Gould and Fernandez's brokerage roles: who bridges between whom.

A *brokerage* is an open two-path ``a → b → c``: ``a`` names ``b``, ``b`` names ``c``, ``a`` and
``c`` are different actors and ``a`` does not name ``c`` itself. Then ``b`` brokers between
``a`` and ``c``, and the groups of the three decide the role:

============== ====================== ==============================================
role           groups                 reads as
============== ====================== ==============================================
coordinator    a = b = c              links two actors of its own group
gatekeeper     a ≠ b = c              lets an outsider into its own group
representative a = b ≠ c              carries its own group's contact outward
consultant     a = c ≠ b              links two actors of another group
liaison        a, b, c all different  links two other groups: the bridge builder
============== ====================== ==============================================

Direction is who reported the tie; following the convention of statnet's ``brokerage()``, a
report ``a → b`` is read as contact flowing from ``a`` to ``b``.
"""

from __future__ import annotations

import igraph as ig
import numpy as np

ROLES: tuple[str, ...] = ("coordinator", "gatekeeper", "representative", "consultant", "liaison")


def brokerage_roles(graph: ig.Graph, attribute: str = "sector") -> dict[str, list[int]]:
    """Count, per actor, the brokerages it performs in each of the five roles.

    Parameters
    ----------
    graph
        A directed graph without duplicate edges.
    attribute
        Node attribute defining the groups. Two-paths through an actor whose group, or whose
        ends' group, is unknown are not counted.

    Returns
    -------
    dict
        Role name → list with one count per vertex, for every role of :data:`ROLES`.

    Examples
    --------
    >>> g = ig.Graph([(0, 1), (1, 2)], directed=True)
    >>> g.vs["sector"] = ["zorg", "welzijn", "andere"]
    >>> brokerage_roles(g)["liaison"]
    [0, 1, 0]

    References
    ----------
    .. [1] Gould, R. V. & Fernandez, R. M. (1989). Structures of mediation: a formal approach to
       brokerage in transaction networks. *Sociological Methodology* 19, 89-126.
    """
    n = graph.vcount()
    counts = {role: np.zeros(n, dtype=np.int64) for role in ROLES}
    if graph.ecount() == 0:
        return {role: c.tolist() for role, c in counts.items()}
    a, b, c = _open_two_paths(graph)
    labels = graph.vs[attribute]
    codes = {value: i for i, value in enumerate(sorted({v for v in labels if v is not None}))}
    group = np.array([codes.get(v, -1) if v is not None else -1 for v in labels], dtype=np.int64)
    ga, gb, gc = group[a], group[b], group[c]
    known = (ga >= 0) & (gb >= 0) & (gc >= 0)
    masks = {
        "coordinator": (ga == gb) & (gb == gc),
        "gatekeeper": (ga != gb) & (gb == gc),
        "representative": (ga == gb) & (gb != gc),
        "consultant": (ga == gc) & (ga != gb),
        "liaison": (ga != gb) & (gb != gc) & (ga != gc),
    }
    for role, mask in masks.items():
        counts[role] = np.bincount(b[mask & known], minlength=n)
    return {role: c.tolist() for role, c in counts.items()}


def _open_two_paths(graph: ig.Graph) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """All ``a → b → c`` with ``a != c`` and no edge ``a → c``, as three index arrays."""
    n = graph.vcount()
    edges = np.asarray(graph.get_edgelist(), dtype=np.int64)
    by_source = edges[np.argsort(edges[:, 0], kind="stable")]
    starts = np.searchsorted(by_source[:, 0], np.arange(n + 1))
    # For each edge a → b, every edge b → c continues it: repeat a once per out-edge of b.
    first, b = edges[:, 0], edges[:, 1]
    fan = starts[b + 1] - starts[b]
    a = np.repeat(first, fan)
    mid = np.repeat(b, fan)
    offsets = np.repeat(starts[b] - np.cumsum(fan) + fan, fan) + np.arange(fan.sum())
    c = by_source[offsets, 1]
    keep = a != c
    a, mid, c = a[keep], mid[keep], c[keep]
    existing = np.sort(edges[:, 0] * n + edges[:, 1])
    key = a * n + c
    position = np.clip(np.searchsorted(existing, key), 0, len(existing) - 1)
    closed = existing[position] == key
    return a[~closed], mid[~closed], c[~closed]
