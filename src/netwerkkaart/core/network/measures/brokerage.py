"""Gould and Fernandez's brokerage roles: who bridges between whom.

A *brokerage* is an open two-path: ``b`` works with ``a`` and with ``c``, ``a`` and ``c`` are
different actors and do not work together. Then ``b`` brokers between ``a`` and ``c``, and the
groups of the three decide the role.

**On the collaboration graph** (:func:`brokerage_roles`, what the product shows) a tie exists when
either side reports it, as for every other structural measure: a partner that did not answer is
a broker as soon as the actors who named it do not work together. A pair ``{a, c}`` counts once
per broker. Without direction, "lets an outsider in" and "carries its own group outward" are the
same position, so gatekeeper and representative form one role:

========================= ====================== ==============================================
role                      groups                 reads as
========================= ====================== ==============================================
coordinator               a = b = c              links two actors of its own group
gatekeeper_representative exactly one of a, c    links its own group with one other group
                          is in b's group
consultant                a = c ≠ b              links two actors of another group
liaison                   a, b, c all different  links two other groups: the bridge builder
========================= ====================== ==============================================

**On the reported direction** (:func:`directed_brokerage_roles`, kept for researchers and
labelled as such) a two-path is ``a → b → c``: ``a`` names ``b`` and ``b`` names ``c``, read as
contact flowing from ``a`` to ``c`` (statnet's ``brokerage()`` convention). There only
respondents can broker, since only they name anyone; the five roles of the original paper apply
(gatekeeper ``a ≠ b = c``, representative ``a = b ≠ c``).

References
----------
.. [1] Gould, R. V. & Fernandez, R. M. (1989). Structures of mediation: a formal approach to
   brokerage in transaction networks. *Sociological Methodology* 19, 89-126.
.. [2] Butts, C. T. (2008). Social network analysis with sna. *Journal of Statistical
   Software* 24(6) (``brokerage()``: the directed convention).
"""

from __future__ import annotations

import igraph as ig
import numpy as np

ROLES: tuple[str, ...] = ("coordinator", "gatekeeper_representative", "consultant", "liaison")
DIRECTED_ROLES: tuple[str, ...] = (
    "coordinator", "gatekeeper", "representative", "consultant", "liaison",
)  # fmt: skip


def brokerage_roles(graph: ig.Graph, attribute: str = "sector") -> dict[str, list[int]]:
    """Count, per actor, the brokerages it performs in each role, on the collaboration graph.

    Parameters
    ----------
    graph
        Directed (reported ties) or undirected; a pair works together when either reports it.
    attribute
        Node attribute defining the groups. Two-paths through an actor whose group, or whose
        ends' group, is unknown are not counted.

    Returns
    -------
    dict
        Role name → list with one count per vertex, for every role of :data:`ROLES`. Each
        unordered pair of partners that do not work together counts once for their broker.

    Examples
    --------
    Whoever reported the ties, the middle actor of a path between three sectors is a liaison:

    >>> g = ig.Graph([(0, 1), (2, 1)], directed=True)
    >>> g.vs["sector"] = ["zorg", "welzijn", "andere"]
    >>> brokerage_roles(g)["liaison"]
    [0, 1, 0]

    References
    ----------
    .. [1] Gould, R. V. & Fernandez, R. M. (1989). *Sociological Methodology* 19, 89-126.
    """
    undirected = graph.as_undirected(mode="collapse") if graph.is_directed() else graph.copy()
    undirected.simplify()
    n = undirected.vcount()
    counts = {role: np.zeros(n, dtype=np.int64) for role in ROLES}
    if undirected.ecount() == 0:
        return {role: c.tolist() for role, c in counts.items()}
    edges = np.asarray(undirected.get_edgelist(), dtype=np.int64)
    both = np.vstack([edges, edges[:, ::-1]])
    a, b, c = _open_two_paths(both, n)
    keep = a < c  # each unordered pair {a, c} once
    a, b, c = a[keep], b[keep], c[keep]
    ga, gb, gc, known = _groups(graph, attribute, a, b, c)
    masks = {
        "coordinator": (ga == gb) & (gb == gc),
        "gatekeeper_representative": ((ga == gb) ^ (gc == gb)),
        "consultant": (ga == gc) & (ga != gb),
        "liaison": (ga != gb) & (gb != gc) & (ga != gc),
    }
    for role, mask in masks.items():
        counts[role] = np.bincount(b[mask & known], minlength=n)
    return {role: c.tolist() for role, c in counts.items()}


def directed_brokerage_roles(graph: ig.Graph, attribute: str = "sector") -> dict[str, list[int]]:
    """The five roles on the *reported direction* ``respondent → partner`` (labelled variant).

    Only respondents name partners, so only respondents can broker here; use
    :func:`brokerage_roles` for what the product shows. Each ordered two-path ``a → b → c``
    without a report ``a → c`` counts once (statnet's ``brokerage()``).

    Returns
    -------
    dict
        Role name → list with one count per vertex, for every role of :data:`DIRECTED_ROLES`.

    Examples
    --------
    >>> g = ig.Graph([(0, 1), (1, 2)], directed=True)
    >>> g.vs["sector"] = ["zorg", "welzijn", "welzijn"]
    >>> directed_brokerage_roles(g)["gatekeeper"]
    [0, 1, 0]
    """
    n = graph.vcount()
    counts = {role: np.zeros(n, dtype=np.int64) for role in DIRECTED_ROLES}
    if graph.ecount() == 0:
        return {role: c.tolist() for role, c in counts.items()}
    a, b, c = _open_two_paths(np.asarray(graph.get_edgelist(), dtype=np.int64), n)
    ga, gb, gc, known = _groups(graph, attribute, a, b, c)
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


def _groups(
    graph: ig.Graph, attribute: str, a: np.ndarray, b: np.ndarray, c: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    labels = graph.vs[attribute]
    codes = {value: i for i, value in enumerate(sorted({v for v in labels if v is not None}))}
    group = np.array([codes.get(v, -1) if v is not None else -1 for v in labels], dtype=np.int64)
    ga, gb, gc = group[a], group[b], group[c]
    return ga, gb, gc, (ga >= 0) & (gb >= 0) & (gc >= 0)


def _open_two_paths(edges: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """All ``a → b → c`` over directed ``edges`` with ``a != c`` and no edge ``a → c``."""
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
