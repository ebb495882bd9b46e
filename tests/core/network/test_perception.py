"""Perception gaps on hand-made rounds whose disagreements are counted by hand."""

import polars as pl
import pytest

from netwerkkaart.core.dataset import Dataset
from netwerkkaart.core.model import Actor, Tie
from netwerkkaart.core.network import analyse
from netwerkkaart.core.network.perception import (
    answer_label,
    perception_gaps,
    perception_pairs,
)

KIND = {
    "zorg": "zorgorganisatie",
    "welzijn": "welzijnsorganisatie",
    "lokaal_bestuur": "lokaal_bestuur",
}


def report(respondent, partner, finality=None, frequency=None, evaluation=None, evolution=None,
           level=()):  # fmt: skip
    own = {"z": "zorg", "w": "welzijn", "l": "lokaal_bestuur"}
    return Tie(respondent, KIND[own[respondent[0]]], "Gemeentegem", partner, own[partner[0]],
               finality, frequency, evaluation, evolution, tuple(level), round="2026")  # fmt: skip


def round_with_gaps() -> Dataset:
    """Five care-welfare pairs that both answer, a one-sided pair, two local governments.

    Per pair i (z_i, w_i): finality z "doorverwijzen", w "afstemming" for i = 1-3 (three
    disagree: welfare sees the deeper tie), the same for 4 and 5; frequency always the same;
    evaluation differs for pair 1 only; level differs for pairs 1 and 2; the wished evolution is
    answered by both sides for pairs 1-4 only (w5 left it open), and differs for pair 4.
    z1 names w2, who does not name z1: one-sided. l1 and l2 (two local governments) answer
    about z1 and z2 and disagree on finality: a sector pair of two respondents on one side.
    """
    actors = [Actor(a, a, KIND[s], s) for a, s in
              [*((f"z{i}", "zorg") for i in range(1, 6)), *((f"w{i}", "welzijn") for i in range(1, 6)),
               ("l1", "lokaal_bestuur"), ("l2", "lokaal_bestuur")]]  # fmt: skip
    ties = []
    for i in range(1, 6):
        z, w = f"z{i}", f"w{i}"
        ties.append(report(z, w, "doorverwijzen" if i <= 3 else "afstemming", "wekelijks",
                           "slecht" if i == 1 else "goed", "meer" if i == 4 else "hetzelfde",
                           ("operationeel",)))  # fmt: skip
        ties.append(
            report(
                w,
                z,
                "afstemming",
                "wekelijks",
                "goed",
                None if i == 5 else "hetzelfde",
                ("operationeel", "structureel") if i <= 2 else ("operationeel",),
            )
        )
    ties.append(report("z1", "w2", "doorverwijzen"))
    for local, z in (("l1", "z1"), ("l2", "z2")):
        ties.append(report(local, z, "activiteiten"))
        ties.append(report(z, local, "doorverwijzen"))
    return Dataset.from_records(ties, actors=actors)


@pytest.fixture
def pairs() -> pl.DataFrame:
    data = round_with_gaps()
    return perception_pairs(data, analyse(data, min_group=1).graph)


def cell(gaps, a, b, dimension) -> dict:
    return gaps.row(by_predicate=(pl.col("sector_a") == a) & (pl.col("sector_b") == b)
                    & (pl.col("dimension") == dimension), named=True)  # fmt: skip


def test_disagreements_are_counted_per_dimension(pairs):
    # The evolution rests on four respondents a side (w5 left it open): a minimum of four.
    gaps = perception_gaps(pairs, min_group=4)
    counted = {d: (cell(gaps, "zorg", "welzijn", d)["pairs_compared"],
                   cell(gaps, "zorg", "welzijn", d)["pairs_disagreeing"])
               for d in ("naming", "finality", "frequency", "evaluation", "level", "evolution")}  # fmt: skip
    assert counted == {
        "naming": (6, 1), "finality": (5, 3), "frequency": (5, 0), "evaluation": (5, 1),
        "level": (5, 2), "evolution": (4, 1),
    }  # fmt: skip
    assert cell(gaps, "zorg", "welzijn", "finality")["share"] == pytest.approx(0.6)
    assert cell(perception_gaps(pairs, min_group=5), "zorg", "welzijn", "evolution")["suppressed"]


def test_the_direction_says_which_side_sees_what(pairs):
    finality = cell(perception_gaps(pairs, min_group=5), "zorg", "welzijn", "finality")
    # Care sees a referral where welfare sees coordination, three times: welfare the deeper.
    assert (finality["answer_a"], finality["answer_b"], finality["pattern_pairs"]) == (
        "doorverwijzen",
        "afstemming",
        3,
    )
    assert (finality["higher_a"], finality["higher_b"]) == (0, 3)
    evaluation = cell(perception_gaps(pairs, min_group=5), "zorg", "welzijn", "evaluation")
    assert (evaluation["higher_a"], evaluation["higher_b"]) == (0, 1)  # welfare rates it better


def test_a_one_sided_pair_of_two_respondents_is_a_naming_gap(pairs):
    naming = pairs.filter(pl.col("dimension") == "naming", ~pl.col("agree"))
    assert naming.select("actor_a", "actor_b", "answer_a", "answer_b").rows() == [
        ("z1", "w2", "ja", "nee")
    ]
    row = cell(perception_gaps(pairs, min_group=5), "zorg", "welzijn", "naming")
    assert (row["higher_a"], row["higher_b"]) == (1, 0)  # only the care side names


def test_a_tie_to_a_non_respondent_is_not_compared():
    data = Dataset.from_records([report("z1", "w1", "afstemming")],
                                actors=[Actor("z1", "z1", "zorgorganisatie", "zorg"),
                                        Actor("w1", "w1", "welzijnsorganisatie", "welzijn")])  # fmt: skip
    assert perception_pairs(data, analyse(data, min_group=1).graph).is_empty()


def test_a_sector_pair_under_the_minimum_group_shows_nothing(pairs):
    row = cell(perception_gaps(pairs, min_group=5), "zorg", "lokaal_bestuur", "finality")
    assert row["suppressed"]
    shown = {k: v for k, v in row.items() if k not in ("sector_a", "sector_b", "dimension",
                                                       "suppressed")}  # fmt: skip
    assert all(value is None for value in shown.values())
    # With a minimum of two the same cell is shown: both pairs disagree.
    small = cell(perception_gaps(pairs, min_group=2), "zorg", "lokaal_bestuur", "finality")
    assert (small["pairs_compared"], small["pairs_disagreeing"]) == (2, 2)


def test_answers_read_as_labels():
    assert answer_label("level", "structureel+operationeel", "nl") == "Structureel + Operationeel"
    assert answer_label("finality", "afstemming", "en") == "Coordination"
