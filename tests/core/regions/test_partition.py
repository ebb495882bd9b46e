"""The max-p partition against brute force on small grids; always contiguous and complete."""

from __future__ import annotations

import pytest
from tests.fixtures.region_grids import brute_max_p, grid

from netwerkkaart.core.regions.analysis import InvalidRegion, verify_partition
from netwerkkaart.core.regions.best import INFEASIBLE, OPTIMAL
from netwerkkaart.core.regions.generate import demo
from netwerkkaart.core.regions.model import DemandType, Municipality, RegionData, symmetric
from netwerkkaart.core.regions.partition import Partition, partition


@pytest.mark.parametrize(("width", "height", "seed"), [(3, 3, s) for s in range(5)] + [(4, 2, 7)])
def test_the_number_of_regions_is_the_brute_force_maximum(width, height, seed):
    data = grid(width, height, seed, chance=0.4)
    products = data.demand_types[0].products
    result = partition(data, time_limit=20)
    expected = brute_max_p(data, products)
    if expected == 0:
        assert result.regions == [] or result.status == INFEASIBLE
        return
    assert result.count == expected
    assert result.status == OPTIMAL and result.bound == expected and result.gap == 0
    verify_partition(data, result)


def test_a_part_of_the_map_without_a_product_is_excluded_and_named():
    # a - b | c - d: the right part has no hospital.
    ms = tuple(Municipality(c, c.upper()) for c in "abcd")
    offer = {"a": frozenset({"zh", "ha"}), "b": frozenset({"zh", "ha"}), "c": frozenset({"ha"})}
    data = RegionData(ms, symmetric([("a", "b"), ("c", "d")], "abcd"), offer,
                      (DemandType("d", "complex", ("zh", "ha")),))  # fmt: skip
    result = partition(data, time_limit=5)
    assert sorted(map(sorted, result.regions)) == [["a"], ["b"]]
    assert result.excluded == [(("c", "d"), ("zh",))]
    verify_partition(data, result)


def test_no_complete_region_anywhere_is_infeasible():
    data = grid(2, 2, 0, chance=0)
    result = partition(data, time_limit=5)
    assert result.status == INFEASIBLE and result.regions == []


def test_the_checker_refuses_a_region_that_is_not_contiguous():
    data = grid(3, 1, 0, chance=1)
    bad = Partition([("r0c0", "r0c2"), ("r0c1",)], OPTIMAL, 2, 0.0, ("a",))
    with pytest.raises(InvalidRegion):
        verify_partition(data, bad)


def test_the_demo_partition_has_one_region_per_hospital_and_is_proven():
    data = demo()
    result = partition(data, time_limit=30)
    hospitals = len(data.offerers("ziekenhuis"))
    assert result.count == hospitals and result.status == OPTIMAL
    verify_partition(data, result)
