"""Quadrant I-IV (Kenis 2011) per municipality and demand type, and existing zones checked."""

from __future__ import annotations

from netwerkkaart.core.regions.model import DemandType, Municipality, RegionData, symmetric
from netwerkkaart.core.regions.quadrants import meaning, needs_other_municipalities, quadrants
from netwerkkaart.core.regions.zones import check_zones


def _data(zones=("Z1", "Z1", "Z1")) -> RegionData:
    # a - b - c; a offers gp and nurse, b only gp, c nothing.
    ms = tuple(Municipality(c, c.upper(), 1000, z) for c, z in zip("abc", zones, strict=True))
    offer = {"a": frozenset({"gp", "nurse"}), "b": frozenset({"gp"})}
    types = (DemandType("huisarts", "standaard", ("gp",)),
             DemandType("thuiszorg", "complex", ("gp", "nurse")))  # fmt: skip
    return RegionData(ms, symmetric([("a", "b"), ("b", "c")], "abc"), offer, types)


def test_every_quadrant_follows_complexity_and_offer():
    found = {(r.municipality, r.demand_type): r for r in quadrants(_data())}
    assert found["a", "huisarts"].quadrant == "I"
    assert found["a", "thuiszorg"].quadrant == "II"
    assert found["c", "huisarts"].quadrant == "III"
    assert found["b", "thuiszorg"].quadrant == "IV"
    assert found["b", "thuiszorg"].missing_products == ("nurse",)
    assert found["c", "thuiszorg"].missing_products == ("gp", "nurse")
    assert not found["a", "thuiszorg"].missing_products and found["a", "thuiszorg"].offer_present


def test_quadrants_three_and_four_need_other_municipalities():
    assert [q for q in ("I", "II", "III", "IV") if needs_other_municipalities(q)] == ["III", "IV"]
    assert "binnen de gemeente" in meaning("II") and "within" in meaning("II", "en")


def test_a_zone_split_in_two_is_not_contiguous():
    checks = check_zones(_data(zones=("Z1", "Z2", "Z1")))
    z1 = [c for c in checks if c.zone == "Z1"]
    assert {c.contiguous for c in z1} == {False} and z1[0].parts == 2


def test_a_zone_without_a_product_is_incomplete_for_that_demand_type_only():
    checks = {(c.zone, c.demand_type): c for c in check_zones(_data(zones=("Z1", "Z2", "Z2")))}
    assert checks["Z2", "huisarts"].complete
    assert not checks["Z2", "thuiszorg"].complete
    assert checks["Z2", "thuiszorg"].missing_products == ("nurse",)
    assert checks["Z2", "thuiszorg"].contiguous
