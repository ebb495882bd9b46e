"""Every instrument's picture drawn from a group's results: valid SVG, the right kind, figures
only when the group is large enough."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from netwerkkaart.core.demo.reflection import demo_answer_sets
from netwerkkaart.core.pictures import draw
from netwerkkaart.core.reflection import builtin_ids, builtin_instrument, group_result
from netwerkkaart.core.reflection.pictures import picture_data


@pytest.mark.parametrize("instrument_id", builtin_ids())
def test_each_instrument_draws_its_picture(instrument_id):
    instrument = builtin_instrument(instrument_id)
    answers = demo_answer_sets(instrument, 6, seed=7)
    kind = instrument.picture["kind"]
    for group in (answers, answers[:2]):  # a group of six, and one too small to show
        result = group_result(instrument, group, min_group=5)
        root = ET.fromstring(draw(kind, picture_data(instrument, result, "en")))
        assert root.get("data-picture") == kind
        assert root.get("aria-label") == instrument.title.en


def test_the_quadrant_picture_places_each_participant():
    instrument = builtin_instrument("intergemeentelijke_noodzaak")
    group = [{"thuiszorg_complex": True, "thuiszorg_aanbod": present}
             for present in (True, True, False, False, False)]  # fmt: skip
    svg = draw("scatter_2x2", picture_data(instrument, group_result(instrument, group, 5)))
    points = [p for p in ET.fromstring(svg).iter() if p.get("data-kind") == "point"]
    assert sorted(p.get("data-quadrant") for p in points) == ["II", "II", "IV", "IV", "IV"]


def test_the_radar_shows_the_earlier_session_too():
    instrument = builtin_instrument("vijf_condities")
    earlier = group_result(instrument, demo_answer_sets(instrument, 6, seed=1), 5)
    later = group_result(instrument, demo_answer_sets(instrument, 6, seed=1, lift=1), 5)
    svg = draw("radar", picture_data(instrument, later, earlier=earlier))
    kinds = {e.get("data-kind") for e in ET.fromstring(svg).iter()}
    assert {"median", "earlier", "band"} <= kinds
