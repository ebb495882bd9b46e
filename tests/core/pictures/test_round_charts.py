"""The pictures of a survey round: geometry from small known figures, suppression never drawn."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from netwerkkaart.core.pictures import (
    DivergingBars,
    DivergingItem,
    HeatCell,
    Heatmap,
    HeatRow,
    Labels,
    ReachBars,
    ReachItem,
    StackedBars,
    StackedRow,
    draw,
)

SVG = "{http://www.w3.org/2000/svg}"
DUTCH = Labels(suppressed_short="niet getoond", decimal=",")


def kind(root: ET.Element, name: str) -> list[ET.Element]:
    return root.findall(f".//*[@data-kind='{name}']")


def texts(root: ET.Element) -> list[str]:
    return [t.text or "" for t in root.iter(f"{SVG}text")] + [
        t.text or "" for t in root.iter(f"{SVG}title")
    ]


def plot_span(root: ET.Element, name: str) -> tuple[float, float]:
    plot = kind(root, name)[0]
    return float(plot.get("data-x0")), float(plot.get("data-x1"))


def width_of(element: ET.Element) -> float:
    return float(element.get("width"))


def test_hundred_percent_bars_cut_each_row_by_its_counts():
    data = StackedBars("Mix", series=["a", "b"],
                       rows=[StackedRow("een", [1, 3], n=4), StackedRow("twee", [2, 2], n=4)])  # fmt: skip
    root = ET.fromstring(draw("stacked_bars", data, labels=DUTCH))
    x0, x1 = plot_span(root, "bars")
    segments = {(s.get("data-row"), s.get("data-series")): s for s in kind(root, "segment")}
    assert width_of(segments[("0", "0")]) == pytest.approx((x1 - x0) * 0.25, abs=0.02)
    assert width_of(segments[("0", "1")]) == pytest.approx((x1 - x0) * 0.75, abs=0.02)
    # the second segment starts where the first ends
    first, second = segments[("0", "0")], segments[("0", "1")]
    assert float(second.get("x")) == pytest.approx(
        float(first.get("x")) + width_of(first), abs=0.02
    )
    assert width_of(segments[("1", "0")]) == pytest.approx((x1 - x0) * 0.5, abs=0.02)
    written = texts(root)
    assert "25 %" in written and "75 %" in written and "n = 4" in written


def test_bars_on_one_scale_show_the_unanswered_rest():
    data = StackedBars("Per vraag", series=(), normalise=False, rest_label="geen antwoord", rows=[
        StackedRow("Finaliteit", [6, 2], n=8, series=["x", "y"]),
        StackedRow("Frequentie", [3, 1], rest=4, n=4, series=["p", "q"]),
    ])  # fmt: skip
    root = ET.fromstring(draw("stacked_bars", data, labels=DUTCH))
    x0, x1 = plot_span(root, "bars")
    assert kind(root, "bars")[0].get("data-scale") == "8"
    per = (x1 - x0) / 8
    segments = {(s.get("data-row"), s.get("data-series")): s for s in kind(root, "segment")}
    assert width_of(segments[("1", "0")]) == pytest.approx(3 * per, abs=0.02)
    (rest,) = kind(root, "rest")
    assert rest.get("data-row") == "1" and rest.get("data-value") == "4"
    assert width_of(rest.find(f"{SVG}rect")) == pytest.approx(4 * per, abs=0.02)
    assert "geen antwoord" in texts(root)  # in the key: the drop-out is named, not only hatched


def test_a_suppressed_row_is_hatched_and_its_size_never_written():
    data = StackedBars("Mix", series=["a", "b"], rows=[
        StackedRow("groot", [20, 10], n=30),
        StackedRow("klein", [3, 1], n=4, suppressed=True),
    ])  # fmt: skip
    svg = draw("stacked_bars", data, labels=DUTCH)
    root = ET.fromstring(svg)
    assert {s.get("data-row") for s in kind(root, "segment")} == {"0"}
    hatched = [g for g in kind(root, "suppressed") if g.get("data-row") == "1"]
    assert hatched and "niet getoond" in texts(root)
    assert not any(t in ("3", "1", "4", "n = 4", "75 %", "25 %") for t in texts(root))
    assert 'data-value="3"' not in svg and 'data-value="4"' not in svg


def test_nothing_but_suppressed_rows_draws_the_note():
    data = StackedBars("Mix", series=["a"], rows=[StackedRow("klein", [3], n=3, suppressed=True)])
    root = ET.fromstring(draw("stacked_bars", data, labels=DUTCH))
    assert kind(root, "note") and not kind(root, "segment")
    assert "3" not in " ".join(texts(root))


def test_diverging_bars_run_from_zero_to_their_value():
    data = DivergingBars("E-I", items=[DivergingItem("in", -0.5), DivergingItem("uit", 1.0),
                                       DivergingItem("klein", suppressed=True)])  # fmt: skip
    root = ET.fromstring(draw("diverging_bars", data, labels=DUTCH))
    plot = kind(root, "diverging")[0]
    zero, x0, x1 = (float(plot.get(a)) for a in ("data-zero", "data-x0", "data-x1"))
    assert zero == pytest.approx((x0 + x1) / 2, abs=0.02)
    inward, outward = kind(root, "bar")
    assert inward.get("data-value") == "-0.5"
    assert float(inward.get("x")) + width_of(inward) == pytest.approx(zero, abs=0.02)
    assert width_of(inward) == pytest.approx((x1 - x0) / 4, abs=0.02)
    assert float(outward.get("x")) == pytest.approx(zero, abs=0.02)
    assert width_of(outward) == pytest.approx((x1 - x0) / 2, abs=0.02)
    written = texts(root)
    assert "−0,50" in written and "+1,00" in written  # the sign is written, with a decimal comma
    assert len(kind(root, "bar")) == 2 and kind(root, "suppressed")


def test_reach_bars_fill_the_register_as_far_as_it_answered():
    data = ReachBars("Respons", items=[ReachItem("Zorg", 30, 12), ReachItem("Welzijn", 60, 45),
                                       ReachItem("Informeel", 6, 2, suppressed=True)],
                     reached_text="{reached} van {total} ({percent} %)", low_label="laag")  # fmt: skip
    root = ET.fromstring(draw("reach_bars", data, labels=DUTCH))
    x0, x1 = plot_span(root, "reach")
    totals = {t.get("data-value"): t for t in kind(root, "total")}
    assert width_of(totals["30"]) == pytest.approx((x1 - x0) / 2, abs=0.02)
    assert width_of(totals["60"]) == pytest.approx(x1 - x0, abs=0.02)
    reached = {r.get("data-value"): r for r in kind(root, "reached")}
    assert set(reached) == {"12", "45"}  # nothing reached drawn for the suppressed group
    assert width_of(reached["12"]) == pytest.approx((x1 - x0) / 2 * 12 / 30, abs=0.02)
    written = texts(root)
    assert "12 van 30 (40 %) · laag" in written and "45 van 60 (75 %)" in written
    assert not any(t.startswith("2 van") or "(33 %)" in t for t in written)


def test_heat_cells_write_a_second_line():
    data = Heatmap("Mix", columns=["Zorg", "Welzijn"], decimals=0, maximum=10.0, rows=[
        HeatRow("Zorg", [HeatCell(10.0, text="10", note="40 % licht"),
                         HeatCell(None, suppressed=True)]),
    ])  # fmt: skip
    root = ET.fromstring(draw("heatmap", data, labels=DUTCH))
    (cell,) = kind(root, "cell")
    assert cell.get("data-value") == "10"
    assert [n.text for n in kind(root, "note")] == ["40 % licht"]
    assert kind(root, "suppressed")
