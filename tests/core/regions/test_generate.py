"""The seeded instances: the demo around Gemeentegem and Stederen, and a 300-municipality map."""

from __future__ import annotations

import pytest

from netwerkkaart.core.regions.analysis import verify_best_regions, verify_partition
from netwerkkaart.core.regions.best import best_regions
from netwerkkaart.core.regions.generate import DEMAND_TYPES, demo, generate, register_offer
from netwerkkaart.core.regions.partition import partition
from netwerkkaart.core.regions.quadrants import quadrants
from netwerkkaart.core.regions.zones import check_zones


def test_the_demo_is_seeded_and_holds_gemeentegem_and_stederen():
    first, again = demo(), demo()
    assert first.codes == again.codes and first.offer == again.offer
    assert len(first.codes) == 30 and len(first.zones()) == 6
    assert first.municipality("GG").name == "Gemeentegem"
    assert first.municipality("ST").name == "Stederen"
    assert first.products_of("ST") == register_offer()["ST"]  # AZ Stederen: the hospital
    assert "ziekenhuis" in first.products_of("ST") and "ziekenhuis" not in first.products_of("GG")


def test_the_demo_shows_every_quadrant_and_a_split_zone():
    data = demo()
    assert {r.quadrant for r in quadrants(data)} == {"I", "II", "III", "IV"}
    assert any(not z.contiguous for z in check_zones(data))
    assert [d.code for d in DEMAND_TYPES] == [d.code for d in data.demand_types]


@pytest.mark.slow
def test_a_300_municipality_map_gives_contiguous_complete_regions_within_the_limit():
    data = generate(300, 60, seed=1)
    assert len(data.codes) == 300 and len(data.zones()) == 60
    result = partition(data, time_limit=20)
    verify_partition(data, result)
    assert result.count >= 20 and result.bound >= result.count and result.seconds < 30
    best = best_regions(data, ["chronische_aandoening"], time_limit=5)
    verify_best_regions(data, best)
