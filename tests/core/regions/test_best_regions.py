"""Best regions against brute force on small grids, and the cases with a known answer."""

from __future__ import annotations

import pytest
from tests.fixtures.region_grids import best_key, brute_best, grid

from netwerkkaart.core.regions.analysis import verify_best_regions
from netwerkkaart.core.regions.best import INFEASIBLE, OPTIMAL, best_region, best_regions
from netwerkkaart.core.regions.model import DemandType, Municipality, RegionData, symmetric


@pytest.mark.parametrize("seed", range(6))
def test_the_best_region_is_the_brute_force_optimum_on_a_3x3_grid(seed):
    data = grid(3, 3, seed)
    products = data.demand_types[0].products
    for region in best_regions(data):
        expected = brute_best(data, region.municipality, products)
        if expected is None:
            assert region.status == INFEASIBLE
            continue
        assert region.status == OPTIMAL
        size, population, spread = best_key(data, region.municipality, region.members)
        assert (size, population) == expected[:2]
        assert spread == pytest.approx(expected[2], rel=0.01)
    verify_best_regions(data, best_regions(data))


def test_a_municipality_with_every_product_is_its_own_best_region():
    data = grid(3, 1, 0, chance=0)
    data.offer["r0c1"] = frozenset({"a", "b", "c"})
    region = best_region(data, "r0c1", ["a", "b", "c"])
    assert region.members == ("r0c1",) and region.status == OPTIMAL and region.size == 1


def test_ties_in_size_go_to_the_smaller_population():
    # b - a - c: a needs p, both b and c offer it; c has fewer inhabitants.
    ms = (Municipality("a", "A", 100), Municipality("b", "B", 900), Municipality("c", "C", 200))
    data = RegionData(ms, symmetric([("a", "b"), ("a", "c")], "abc"),
                      {"b": frozenset("p"), "c": frozenset("p")}, ())  # fmt: skip
    assert best_region(data, "a", ["p"]).members == ("a", "c")


def test_a_product_offered_only_on_an_island_makes_the_region_infeasible():
    ms = tuple(Municipality(c, c.upper()) for c in "abc")
    data = RegionData(ms, symmetric([("a", "b")], "abc"), {"c": frozenset("p")},
                      (DemandType("d", "standaard", ("p",)),))  # fmt: skip
    region = best_region(data, "a", ["p"], demand_type="d")
    assert region.status == INFEASIBLE
    assert region.members == () and region.unreachable == ("p",)


def test_a_product_offered_nowhere_makes_every_region_infeasible():
    data = grid(3, 2, 1, products=("a", "zeldzaam"), chance=0.5)
    data.offer.update({c: data.products_of(c) - {"zeldzaam"} for c in data.codes})
    assert {r.status for r in best_regions(data)} == {INFEASIBLE}


def test_demand_that_occurs_in_some_municipalities_only_gets_best_regions_there():
    data = grid(3, 1, 2, chance=1)
    data.demand = {"d": frozenset({"r0c0"})}
    assert [r.municipality for r in best_regions(data)] == ["r0c0"]
