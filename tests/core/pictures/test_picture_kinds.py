"""Every picture kind drawn and parsed back: its geometry says what the data says."""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET

import pytest
from tests.core.pictures.picture_samples import DUTCH, SAMPLES

from netwerkkaart.core.pictures import (
    DRAWERS,
    Balance,
    BarItem,
    BarsSpread,
    Checklist,
    ChecklistItem,
    ChecklistPhase,
    Dilemma,
    Labels,
    QuadrantProfile,
    QuadrantScore,
    Radar,
    RadarAxis,
    Scale,
    Spread,
    TensionMap,
    Weight,
    draw,
)

NS = {"s": "http://www.w3.org/2000/svg"}


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)


def kind(root: ET.Element, name: str) -> list[ET.Element]:
    return root.findall(f".//*[@data-kind='{name}']")


@pytest.mark.parametrize("name", sorted(SAMPLES))
@pytest.mark.parametrize("width", [640, 360])
def test_every_kind_is_plain_accessible_svg(name, width):
    root = parse(draw(name, SAMPLES[name], labels=DUTCH, width=width))
    assert root.get("role") == "img" and root.get("aria-label")
    assert root.find("s:title", NS).text == SAMPLES[name].title
    assert root.get("width") == str(width) and root.get("data-picture") == name
    tags = {element.tag.split("}")[-1] for element in root.iter()}
    assert not tags & {"script", "foreignObject", "style"}


def test_the_dispatcher_knows_the_fifteen_kinds_and_refuses_others():
    assert len(DRAWERS) == 15
    with pytest.raises(ValueError, match="unknown picture kind 'taart'"):
        draw("taart", SAMPLES["radar"])


def test_labels_are_escaped():
    data = BarsSpread("<Titel> & co", [BarItem("a < b & c", Spread(n=5, median=3.0))])
    root = parse(draw("bars_spread", data))  # would raise on broken XML
    texts = [t.text for t in root.iter("{http://www.w3.org/2000/svg}text")]
    assert "a < b & c" in " ".join(texts)


def test_radar_median_at_the_top_of_the_scale_lies_on_the_outer_ring():
    axes = [RadarAxis(f"as {i}", Spread(n=5, median=5.0 if i == 0 else 3.0)) for i in range(5)]
    root = parse(draw("radar", Radar("Radar", axes)))
    frame = kind(root, "radar")[0]
    cx, cy, radius = (float(frame.get(a)) for a in ("data-cx", "data-cy", "data-radius"))
    first = next(m for m in root.iter() if m.get("data-axis") == "0" and m.get("data-value") == "5")
    x, y = float(first.get("cx")), float(first.get("cy"))
    assert math.hypot(x - cx, y - cy) == pytest.approx(radius, abs=0.5)


def test_bar_length_follows_its_value():
    data = BarsSpread("Balken", [BarItem("twee", Spread(n=5, median=2.0)),
                                 BarItem("vier", Spread(n=5, median=4.0))])  # fmt: skip
    bars = kind(parse(draw("bars_spread", data)), "bar")
    widths = [float(b.get("width")) for b in bars]
    assert widths[1] == pytest.approx(2 * widths[0], rel=0.01)


def test_quadrant_profile_radius_grows_with_the_score():
    data = QuadrantProfile("Leiderschap", [QuadrantScore(name, Spread(n=5, median=m))
                                           for name, m in (("a", 1.0), ("b", 3.0), ("c", 5.0),
                                                           ("d", 4.0))])  # fmt: skip
    discs = kind(parse(draw("quadrant_profile", data)), "quadrant")
    radii = {int(d.get("data-index")): float(d.get("data-radius")) for d in discs}
    assert radii[0] == 0.0 and radii[2] > radii[3] > radii[1] > 0
    assert radii[1] == pytest.approx(radii[2] / 2)


def test_balance_tilts_towards_the_heavier_side():
    data = Balance("Toezicht", "ego", "eco", left=[Weight("eigen", 2.0)],
                   right=[Weight("netwerk", 4.0), Weight("opgave", 2.0)])  # fmt: skip
    beam = kind(parse(draw("balance", data)), "beam")[0]
    assert float(beam.get("data-tilt")) == pytest.approx(15.0 * (6 - 2) / 8)
    level = Balance("Gelijk", "ego", "eco", left=[Weight("x", 3.0)], right=[Weight("y", 3.0)])
    assert float(kind(parse(draw("balance", level)), "beam")[0].get("data-tilt")) == 0


def test_checklist_counts_what_is_done():
    data = Checklist("Proces", [ChecklistPhase("Start", [ChecklistItem("a", "done"),
                                                        ChecklistItem("b", "in_progress"),
                                                        ChecklistItem("c"),
                                                        ChecklistItem("d", "done")])])  # fmt: skip
    root = parse(draw("checklist", data, labels=DUTCH))
    assert [i.get("data-status") for i in kind(root, "item")] == [
        "done", "in_progress", "not_started", "done"]  # fmt: skip
    assert "2 van 4" in kind(root, "share")[0].text


def test_tension_map_places_dots_and_median_on_the_line():
    data = TensionMap("Dilemma's", [Dilemma("links", "rechts", Spread(n=3, q1=2, median=3, q3=4),
                                            positions=[1, 3, 5])])  # fmt: skip
    root = parse(draw("tension_map", data))
    dots = sorted(float(d.get("cx")) for d in kind(root, "position"))
    assert dots[1] - dots[0] == pytest.approx(dots[2] - dots[1])
    median = kind(root, "median")[0]
    assert float(re.match(r"M([\d.]+) ", median.get("d")).group(1)) == pytest.approx(dots[1])
    assert median.get("data-value") == "3"


def test_scale_counts_each_step_and_marks_the_median():
    data = Scale("Positie", ["a", "b", "c", "d"], [1, 3, 0, 1])
    root = parse(draw("scale", data))
    assert [int(s.get("data-count")) for s in kind(root, "step")] == [1, 3, 0, 1]
    assert kind(root, "median")[0].get("data-value") == "2"  # the middle of 5 answers: step 2


@pytest.mark.parametrize("name", ["radar", "bars_spread", "quadrant_profile", "tension_map"])
def test_a_suppressed_group_gets_a_note_not_a_figure(name):
    empty = {
        "radar": Radar("R", [RadarAxis(str(i), Spread()) for i in range(3)]),
        "bars_spread": BarsSpread("B", [BarItem("x", Spread())]),
        "quadrant_profile": QuadrantProfile(
            "Q", [QuadrantScore(str(i), Spread()) for i in range(4)]
        ),
        "tension_map": TensionMap("T", [Dilemma("a", "b")]),
    }[name]
    root = parse(draw(name, empty, labels=Labels(suppressed="te weinig")))
    assert kind(root, "note")
    assert "te weinig" in " ".join(t.text or "" for t in root.iter())


def test_a_picture_goes_into_a_pdf():
    weasyprint = pytest.importorskip("weasyprint")
    html = f"<html lang='nl'><body>{draw('radar', SAMPLES['radar'], labels=DUTCH)}</body></html>"
    pdf = weasyprint.HTML(string=html).write_pdf()
    assert pdf.startswith(b"%PDF") and len(pdf) > 2000
