"""The static network picture: one path per kind of tie, one dot per actor, safe text."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import numpy as np

from netwerkkaart.core.network.picture import MapPicture, TieStyle, network_svg

SVG = "{http://www.w3.org/2000/svg}"


def picture(**changes) -> MapPicture:
    values = {
        "positions": np.array([[0.0, 0.0], [1000.0, 0.0], [500.0, 1000.0]]),
        "colours": ["#0072B2", "#E69F00", "#009E73"],
        "partners": [2, 1, 0],
        "labels": ["Huisarts <Aerts> & co", None, None],
        "ties": [(0, 1, "tie"), (0, 2, "new"), (1, 2, "ended")],
        "legend": [("#0072B2", "Zorg")],
        "title": "Kaart",
    }
    values.update(changes)
    return MapPicture(**values)


def test_positions_are_scaled_to_the_width_and_ties_grouped_by_kind():
    root = ET.fromstring(network_svg(picture(), width=500))
    assert root.get("role") == "img" and root.find(f"{SVG}title").text == "Kaart"
    circles = root.findall(f"{SVG}g/{SVG}circle")
    assert [(c.get("cx"), c.get("cy")) for c in circles] == [
        ("0.0", "0.0"), ("500.0", "0.0"), ("250.0", "500.0"),
    ]  # fmt: skip
    paths = {p.get("data-kind"): p for p in root.findall(f"{SVG}path")}
    assert set(paths) == {"tie", "new", "ended"}
    assert paths["tie"].get("d") == "M0 0L500 0"
    assert [g.get("fill") for g in root.findall(f"{SVG}g")] == ["#0072B2", "#E69F00", "#009E73"]
    assert paths["ended"].get("stroke-dasharray")  # ended ties read apart without colour
    # Highlighted kinds are drawn last, on top of the ordinary ties.
    assert [p.get("data-kind") for p in root.findall(f"{SVG}path")] == ["tie", "ended", "new"]


def test_busier_actors_get_bigger_dots():
    radii = [float(c.get("r")) for c in ET.fromstring(network_svg(picture())).findall(
        f"{SVG}g/{SVG}circle")]  # fmt: skip
    assert radii[0] > radii[1] > radii[2]


def test_labels_are_escaped_and_the_legend_lists_labelled_styles():
    svg = network_svg(picture(), tie_styles={"new": TieStyle("#000000", 2, 1, label="nieuw (1)")})
    root = ET.fromstring(svg)  # would raise on unescaped text
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert "Huisarts <Aerts> & co" in texts
    assert "Zorg" in texts and "nieuw (1)" in texts


def test_five_thousand_actors_stay_a_handful_of_elements():
    rng = np.random.default_rng(1)
    n = 5000
    edges = [(int(a), int(b), "tie") for a, b in rng.integers(0, n, size=(15000, 2)) if a != b]
    svg = network_svg(picture(positions=rng.random((n, 2)) * 1000, colours=["#000"] * n,
                              partners=[1] * n, labels=[None] * n, ties=edges))  # fmt: skip
    root = ET.fromstring(svg)
    assert len(root.findall(f"{SVG}path")) == 1
    assert int(root.find(f"{SVG}path").get("data-count")) == len(edges)
