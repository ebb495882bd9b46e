"""Graph files for researchers: GraphML, GEXF 1.3 (Gephi), Pajek and a pair of CSV files.

GraphML and GEXF keep every node and edge attribute with its type; a missing value is left out
(no ``<data>`` / ``<attvalue>``), never written as an empty string or "None". Node ids are the
actor ids. Pajek keeps only what the format holds: vertex labels (the actor id) and arc weights
(intensity); sector, type, finality and every other attribute are dropped — use GraphML or GEXF
when you need them. The CSV pair is ``nodes.csv`` and ``edges.csv`` (source, target, attributes).

Written with the standard library's ElementTree, so the core needs no XML dependency.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from pathlib import Path

import igraph as ig
import polars as pl

from netwerkkaart.core.tabular import write_csv

GRAPH_FORMATS: tuple[str, ...] = ("graphml", "gexf", "pajek", "csv")
GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
GEXF_NS = "http://gexf.net/1.3"


def attribute_type(values: list[object]) -> str:
    """The narrowest of ``boolean``, ``long``, ``double``, ``string`` holding every non-null value."""
    present = [v for v in values if v is not None]
    if present and all(isinstance(v, bool) for v in present):
        return "boolean"
    if present and all(isinstance(v, int) and not isinstance(v, bool) for v in present):
        return "long"
    if present and all(isinstance(v, int | float) and not isinstance(v, bool) for v in present):
        return "double"
    return "string"


def _text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _node_attributes(graph: ig.Graph) -> list[str]:
    # The id is the node's own identifier in every format, not an attribute beside it.
    return [name for name in graph.vs.attributes() if name != "id"]


def _columns(sequence: ig.VertexSeq | ig.EdgeSeq, names: list[str]) -> dict[str, tuple[str, list]]:
    return {name: (attribute_type(sequence[name]), sequence[name]) for name in names}


def write_graphml(graph: ig.Graph, path: Path) -> Path:
    """Write ``graph`` as GraphML with typed keys for every attribute.

    References
    ----------
    .. [1] Brandes, U. et al. *The GraphML File Format*. http://graphml.graphdrawing.org/
    """
    ET.register_namespace("", GRAPHML_NS)
    root = ET.Element(f"{{{GRAPHML_NS}}}graphml")
    node_cols = _columns(graph.vs, _node_attributes(graph)) if graph.vcount() else {}
    edge_cols = _columns(graph.es, graph.es.attributes()) if graph.ecount() else {}
    for kind, columns, prefix in (("node", node_cols, "v"), ("edge", edge_cols, "e")):
        for name, (kind_type, _) in columns.items():
            ET.SubElement(root, f"{{{GRAPHML_NS}}}key", {"id": f"{prefix}_{name}", "for": kind,
                          "attr.name": name, "attr.type": kind_type})  # fmt: skip
    body = ET.SubElement(root, f"{{{GRAPHML_NS}}}graph",
                         {"id": "G", "edgedefault": "directed" if graph.is_directed() else "undirected"})  # fmt: skip
    ids = graph.vs["id"] if graph.vcount() else []
    for i, node_id in enumerate(ids):
        node = ET.SubElement(body, f"{{{GRAPHML_NS}}}node", {"id": node_id})
        _graphml_data(node, node_cols, i, "v")
    for edge in graph.es:
        s, t = edge.tuple
        element = ET.SubElement(body, f"{{{GRAPHML_NS}}}edge", {"source": ids[s], "target": ids[t]})
        _graphml_data(element, edge_cols, edge.index, "e")
    return _write_xml(root, path)


def _graphml_data(element: ET.Element, columns: dict, index: int, prefix: str) -> None:
    for name, (_, values) in columns.items():
        if values[index] is not None:
            ET.SubElement(
                element, f"{{{GRAPHML_NS}}}data", {"key": f"{prefix}_{name}"}
            ).text = _text(values[index])


def write_gexf(graph: ig.Graph, path: Path) -> Path:
    """Write ``graph`` as GEXF 1.3, the format Gephi opens, with attribute declarations.

    Node labels are the actor names; edge weights the intensity.

    References
    ----------
    .. [1] GEXF Working Group. *GEXF 1.3 Primer*. https://gexf.net/
    """
    ET.register_namespace("", GEXF_NS)
    root = ET.Element(f"{{{GEXF_NS}}}gexf", {"version": "1.3"})
    meta = ET.SubElement(
        root, f"{{{GEXF_NS}}}meta", {"lastmodifieddate": dt.date.today().isoformat()}
    )
    ET.SubElement(meta, f"{{{GEXF_NS}}}creator").text = "Netwerkkaart"
    body = ET.SubElement(root, f"{{{GEXF_NS}}}graph", {
        "defaultedgetype": "directed" if graph.is_directed() else "undirected", "mode": "static"})  # fmt: skip
    node_cols = _columns(graph.vs, _node_attributes(graph)) if graph.vcount() else {}
    edge_names = [n for n in graph.es.attributes() if n != "weight"]
    edge_cols = _columns(graph.es, edge_names) if graph.ecount() else {}
    for kind, columns in (("node", node_cols), ("edge", edge_cols)):
        declared = ET.SubElement(body, f"{{{GEXF_NS}}}attributes", {"class": kind})
        for number, (name, (kind_type, _)) in enumerate(columns.items()):
            ET.SubElement(declared, f"{{{GEXF_NS}}}attribute",
                          {"id": str(number), "title": name, "type": kind_type})  # fmt: skip
    nodes = ET.SubElement(body, f"{{{GEXF_NS}}}nodes")
    ids = graph.vs["id"] if graph.vcount() else []
    names = graph.vs["name"] if "name" in graph.vs.attributes() and graph.vcount() else ids
    for i, node_id in enumerate(ids):
        node = ET.SubElement(
            nodes, f"{{{GEXF_NS}}}node", {"id": node_id, "label": names[i] or node_id}
        )
        _gexf_values(node, node_cols, i)
    edges = ET.SubElement(body, f"{{{GEXF_NS}}}edges")
    weights = graph.es["weight"] if "weight" in graph.es.attributes() and graph.ecount() else None
    for edge in graph.es:
        s, t = edge.tuple
        attributes = {"id": str(edge.index), "source": ids[s], "target": ids[t]}
        if weights is not None and weights[edge.index] is not None:
            attributes["weight"] = repr(float(weights[edge.index]))
        element = ET.SubElement(edges, f"{{{GEXF_NS}}}edge", attributes)
        _gexf_values(element, edge_cols, edge.index)
    return _write_xml(root, path)


def _gexf_values(element: ET.Element, columns: dict, index: int) -> None:
    present = [
        (n, str(i), v[index])
        for i, (n, (_, v)) in enumerate(columns.items())
        if v[index] is not None
    ]
    if present:
        values = ET.SubElement(element, f"{{{GEXF_NS}}}attvalues")
        for _, number, value in present:
            ET.SubElement(values, f"{{{GEXF_NS}}}attvalue", {"for": number, "value": _text(value)})


def _write_xml(root: ET.Element, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    ET.indent(root)
    ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)
    return path


def write_pajek(graph: ig.Graph, path: Path) -> Path:
    """Write ``graph`` as a Pajek ``.net`` file: labelled vertices and weighted arcs (or edges).

    Only labels (actor ids) and weights survive; see the module notes.

    References
    ----------
    .. [1] Batagelj, V. & Mrvar, A. *Pajek manual*, section "Network (.net) format".
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    ids = graph.vs["id"] if graph.vcount() else []
    weights = graph.es["weight"] if "weight" in graph.es.attributes() and graph.ecount() else None
    lines = [f"*Vertices {graph.vcount()}"]
    lines += [f'{i + 1} "{_pajek_label(label)}"' for i, label in enumerate(ids)]
    lines.append("*Arcs" if graph.is_directed() else "*Edges")
    for edge in graph.es:
        s, t = edge.tuple
        weight = 1.0 if weights is None or weights[edge.index] is None else weights[edge.index]
        lines.append(f"{s + 1} {t + 1} {weight:g}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _pajek_label(label: str) -> str:
    # A Pajek label is one quoted token: quotes inside it cannot be escaped.
    return label.replace('"', "'")


def write_csv_pair(graph: ig.Graph, directory: Path) -> Path:
    """Write ``nodes.csv`` (id and attributes) and ``edges.csv`` (source, target, attributes)."""
    ids = graph.vs["id"] if graph.vcount() else []
    node_names = _node_attributes(graph)
    nodes = pl.DataFrame({"id": ids, **{n: graph.vs[n] for n in node_names}},
                         strict=False)  # fmt: skip
    edge_names = graph.es.attributes()
    pairs = [(ids[s], ids[t]) for s, t in graph.get_edgelist()]
    edges = pl.DataFrame(
        {"source": [s for s, _ in pairs], "target": [t for _, t in pairs],
         **{n: graph.es[n] for n in edge_names}},
        schema_overrides={"source": pl.String, "target": pl.String}, strict=False,
    )  # fmt: skip
    write_csv(nodes, directory / "nodes.csv")
    write_csv(edges, directory / "edges.csv")
    return directory


WRITERS = {
    "graphml": write_graphml,
    "gexf": write_gexf,
    "pajek": write_pajek,
    "csv": write_csv_pair,
}


def write_graph(graph: ig.Graph, path: Path, fmt: str) -> Path:
    """Write ``graph`` to ``path`` in ``fmt`` (one of :data:`GRAPH_FORMATS`); csv makes a folder."""
    if fmt not in WRITERS:
        raise ValueError(f"unknown graph format {fmt!r}; expected one of {GRAPH_FORMATS}")
    return WRITERS[fmt](graph, Path(path))
