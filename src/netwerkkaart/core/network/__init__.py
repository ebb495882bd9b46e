"""Network analysis of an ecosystem survey, on python-igraph.

:func:`build_graph` turns a :class:`~netwerkkaart.core.dataset.Dataset` into a directed graph of
reported ties; the modules of :mod:`.measures` compute one measure per function; :func:`analyse`
runs them all with the privacy rule applied; :mod:`.explanations` says in plain Dutch and English
what each figure means.
"""

from netwerkkaart.core.network.analysis import Figure, NetworkAnalysis, analyse
from netwerkkaart.core.network.graph import build_graph, collaboration_graph, intensity

__all__ = [
    "Figure",
    "NetworkAnalysis",
    "analyse",
    "build_graph",
    "collaboration_graph",
    "intensity",
]
