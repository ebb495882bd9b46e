"""Exports of the collaboration graph for researchers (GraphML, GEXF, Pajek, CSV)."""

from netwerkkaart.core.export.graph_files import GRAPH_FORMATS, write_graph
from netwerkkaart.core.export.pseudonyms import pseudonymise, strip_graph_attributes

__all__ = ["GRAPH_FORMATS", "pseudonymise", "strip_graph_attributes", "write_graph"]
