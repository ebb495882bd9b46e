"""The static network picture: one path per kind of tie, one dot per actor, safe text."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import numpy as np

from netwerkkaart.core.network.picture import MapPicture, TieStyle, network_svg

SVG = "{http://www.w3.org/2000/svg}"
DOT = re.compile(r"M(-?[\d.]+) (-?[\d.]+)h0")


def dots(root) -> list[tuple[float, float, float, str]]:
    """Every actor's dot as (centre x, centre y, radius, colour), sorted by position."""
    found = []
    for path in root.findall(f"{SVG}path[@data-kind='actors']"):
        radius = float(path.get("stroke-width")) / 2
        for x, y in DOT.findall(path.get("d")):
            found.append((float(x), float(y), radius, path.get("stroke")))
    return sorted(found, key=lambda dot: (dot[1], dot[0]))


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
    centres = [(round(x), round(y)) for x, y, _r, _c in dots(root)]
    assert centres == [(0, 0), (500, 0), (250, 500)]
    paths = {
        p.get("data-kind"): p for p in root.findall(f"{SVG}path") if p.get("data-kind") != "actors"
    }
    assert set(paths) == {"tie", "new", "ended"}
    assert paths["tie"].get("d") == "M0 0L500 0"
    assert [colour for _x, _y, _r, colour in dots(root)] == ["#0072B2", "#E69F00", "#009E73"]
    assert all(
        p.get("stroke-linecap") == "round" for p in root.findall(f"{SVG}path[@data-kind='actors']")
    )
    assert paths["ended"].get("stroke-dasharray")  # ended ties read apart without colour
    # Highlighted kinds are drawn last, on top of the ordinary ties.
    kinds = [p.get("data-kind") for p in root.findall(f"{SVG}path")]
    assert kinds == ["tie", "ended", "new", "actors", "actors", "actors"]  # dots on top


def test_busier_actors_get_bigger_dots():
    radii = [r for _x, _y, r, _c in dots(ET.fromstring(network_svg(picture())))]
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
    paths = root.findall(f"{SVG}path")
    assert [p.get("data-kind") for p in paths] == ["tie", "actors"]
    assert int(paths[0].get("data-count")) == len(edges)
    assert int(paths[1].get("data-count")) == n and len(dots(root)) == n
