"""dataset_for_round gives back exactly the frames that were imported, ready for the core."""

from __future__ import annotations

import pytest
from tests.apps.rounds.helpers import sorted_frame

from netwerkkaart.apps.rounds.frames import dataset_for_round, dataset_for_rounds
from netwerkkaart.apps.rounds.models import Round
from netwerkkaart.apps.rounds.services import import_dataset
from netwerkkaart.core.dataset import TIES_SCHEMA, UNKNOWN_SCHEMA, WISHES_SCHEMA
from netwerkkaart.core.demo import generate_demo
from netwerkkaart.core.tables import compute_tables

FRAMES = ("ties", "wishes", "unknown")


def assert_same_frames(got, expected) -> None:
    for name in FRAMES:
        left, right = getattr(got, name), getattr(expected, name)
        assert left.schema == right.schema, name
        assert sorted_frame(left).equals(sorted_frame(right)), name


@pytest.mark.parametrize("code", ["2025", "2026"])
def test_a_round_reads_back_as_it_was_imported(world, dataset, code):
    import_dataset(world.workspace, dataset, user=None)
    assert_same_frames(dataset_for_round(world.workspace, code), dataset.for_round(code))


def test_the_frames_have_the_core_schemas_exactly(world, dataset):
    import_dataset(world.workspace, dataset, user=None)
    got = dataset_for_round(world.workspace, "2025")
    assert dict(got.ties.schema) == TIES_SCHEMA
    assert dict(got.wishes.schema) == WISHES_SCHEMA
    assert dict(got.unknown.schema) == UNKNOWN_SCHEMA


def test_an_unknown_round_raises(world):
    with pytest.raises(Round.DoesNotExist):
        dataset_for_round(world.workspace, "1999")


def test_an_empty_workspace_gives_empty_frames_with_the_schemas(world):
    got = dataset_for_rounds(world.workspace)
    assert got.ties.height == 0
    assert dict(got.ties.schema) == TIES_SCHEMA


def test_the_demo_round_trips_and_its_tables_compute(world):
    demo = generate_demo()
    import_dataset(world.workspace, demo, user=None)
    everything = dataset_for_rounds(world.workspace)
    assert_same_frames(everything, demo)
    for code in demo.rounds:
        one = dataset_for_round(world.workspace, code)
        assert_same_frames(one, demo.for_round(code))
        got, expected = (
            compute_tables(one).as_dict(),
            compute_tables(demo.for_round(code)).as_dict(),
        )
        for name, table in expected.items():
            assert got[name].equals(table), name
