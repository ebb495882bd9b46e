"""import_dataset: all rounds in one transaction, all or nothing, replace never merges."""

from __future__ import annotations

import polars as pl
import pytest
from django_scopes import scope
from tests.apps.rounds.helpers import SECRET_RESPONDENT, row_counts, small_dataset

from netwerkkaart.apps.rounds.models import Round, Tie, Wish
from netwerkkaart.apps.rounds.services import ImportRefused, import_dataset
from netwerkkaart.apps.workspaces.models import AuditEntry
from netwerkkaart.core.dataset import Dataset


def test_every_round_of_the_dataset_is_written(world, dataset):
    summary = import_dataset(world.workspace, dataset, user=None)
    assert [r.code for r in summary.rounds] == ["2025", "2026"]
    assert (summary.ties, summary.wishes, summary.unknown) == (4, 2, 2)
    assert [r.respondents for r in summary.rounds] == [2, 1]
    assert row_counts(world.workspace) == {"rounds": 2, "ties": 4, "wishes": 2, "unknown": 2}


def test_an_import_that_fails_half_way_leaves_no_rows_at_all(world, dataset):
    def fail(done, total):
        assert Tie.objects.filter(workspace=world.workspace).exists()  # ties went in first
        assert not Wish.objects.filter(workspace=world.workspace).exists()
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError, match="disk full"):
        import_dataset(world.workspace, dataset, user=None, progress=fail)
    assert row_counts(world.workspace) == {"rounds": 0, "ties": 0, "wishes": 0, "unknown": 0}


def test_a_round_with_data_is_refused_unless_replace(world, dataset):
    import_dataset(world.workspace, dataset, user=None)
    with pytest.raises(ImportRefused) as refused:
        import_dataset(world.workspace, dataset.for_round("2026"), user=None)
    assert refused.value.rounds == ["2026"]
    assert "2026" in refused.value.message()


def test_replace_replaces_the_rounds_rows_and_leaves_other_rounds_alone(world, dataset):
    import_dataset(world.workspace, dataset, user=None)
    fewer = Dataset(ties=dataset.ties.filter(pl.col("partner") == "CAW"))
    summary = import_dataset(world.workspace, fewer, user=None, replace=True, default_round="x")
    assert [(r.code, r.replaced) for r in summary.rounds] == [("2025", True)]
    with scope(workspace=world.workspace):
        assert list(Tie.objects.filter(round__code="2025").values_list("partner", flat=True)) == [
            "CAW"
        ]
        assert not Wish.objects.filter(round__code="2025").exists()  # replaced, not merged
        assert Tie.objects.filter(round__code="2026").count() == 1


def test_rows_without_a_round_go_to_the_default_round(world):
    no_round = small_dataset().ties.with_columns(pl.lit(None, pl.String).alias("round"))
    summary = import_dataset(
        world.workspace, Dataset(ties=no_round), user=None, default_round="2030"
    )
    assert [r.code for r in summary.rounds] == ["2030"]


def test_an_empty_dataset_is_refused(world):
    with pytest.raises(ImportRefused):
        import_dataset(world.workspace, Dataset(), user=None)


def test_a_round_code_with_a_slash_is_refused(world, dataset):
    ties = dataset.ties.with_columns(pl.lit("2025/2026").alias("round"))
    with pytest.raises(ImportRefused) as refused:
        import_dataset(world.workspace, Dataset(ties=ties), user=None)
    assert refused.value.code == "bad_round_code"
    assert row_counts(world.workspace)["rounds"] == 0


def test_an_import_is_logged_with_its_counts(world, dataset):
    import_dataset(world.workspace, dataset, user=None)
    with scope(workspace=world.workspace):
        entry = AuditEntry.objects.get(action="rounds.imported")
    assert [r["ties"] for r in entry.data["rounds"]] == [3, 1]


def test_rows_stay_in_their_own_workspace(world, dataset):
    import_dataset(world.workspace, dataset, user=None)
    assert row_counts(world.other_workspace)["ties"] == 0
    with scope(workspace=world.workspace):
        respondents = set(Tie.objects.values_list("respondent", flat=True))
        assert SECRET_RESPONDENT in respondents
        assert Round.objects.count() == 2
