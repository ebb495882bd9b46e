"""Round over round on two small hand-made rounds, and on the demo's two rounds."""

from __future__ import annotations

import polars as pl

from netwerkkaart.core.compare import (
    measure_changes,
    position_changes,
    tie_changes,
    wishes_fulfilled,
)
from netwerkkaart.core.dataset import Dataset
from netwerkkaart.core.demo import generate_demo
from netwerkkaart.core.model import Actor, Tie, Wish
from netwerkkaart.core.network.analysis import analyse

REGISTER = [
    Actor("A", "Huisarts Aerts", sector="zorg", category="Huisartsen"),
    Actor("B", "CAW Oost", sector="welzijn", category="CAW"),
    Actor("C", "Sociaal Huis", sector="lokaal_bestuur", category="OCMW"),
    Actor("D", "Buurtcomité Kouter", sector="informeel", category="Buurtcomités"),
]


def tie(respondent, partner, finality, evaluation=None, round_="1") -> Tie:
    return Tie(respondent, "zorgorganisatie", "Gemeentegem", partner, "zorg", finality,
               None, evaluation, None, round=round_)  # fmt: skip


def rounds() -> tuple[Dataset, Dataset]:
    """A answers both rounds, B only the first, C only the second."""
    first = Dataset.from_records(
        ties=[
            tie("A", "B", "doorverwijzen", "neutraal"),  # intensified, evaluation up
            tie("A", "C", "afstemming", "goed"),  # weakened, evaluation down
            tie("A", "D", "informatiedeling"),  # ended: A answered round 2 without it
            tie("B", "A", "afstemming"),  # not reported: B did not answer round 2
        ],
        wishes=[
            Wish("A", "Gemeentegem", "caw oost", "meer", round="1"),  # by name: became a tie
            Wish("A", "Gemeentegem", "Buurtcomités", "meer", round="1"),  # category: no tie now
            Wish("B", "Gemeentegem", "C", "beter", round="1"),  # B did not answer: left out
        ],
        actors=REGISTER,
    )
    second = Dataset.from_records(
        ties=[
            tie("A", "caw oost", "activiteiten", "goed", "2"),  # matched by normalised name
            tie("A", "C", "informatiedeling", "slecht", "2"),
            tie("C", "A", "doorverwijzen", None, "2"),  # new
        ],
        actors=REGISTER,
    )
    return first, second


def test_every_tie_change_is_classified():
    changes = tie_changes(*rounds())
    got = {(r["respondent"], r["partner"]): (r["change"], r["evaluation_change"])
           for r in changes.iter_rows(named=True)}  # fmt: skip
    assert got == {
        ("A", "B"): ("intensified", "up"),
        ("A", "C"): ("weakened", "down"),
        ("A", "D"): ("ended", None),
        ("B", "A"): ("not_reported", None),
        ("C", "A"): ("new", None),
    }
    assert changes.get_column("change").to_list() == [
        "new", "ended", "not_reported", "intensified", "weakened",
    ]  # fmt: skip
    row = changes.filter(pl.col("partner") == "B").row(0, named=True)
    assert (row["finality_before"], row["finality_after"]) == ("doorverwijzen", "activiteiten")


def test_wishes_that_became_ties():
    result = wishes_fulfilled(*rounds())
    assert result.select("partner", "became_tie", "finality_after").rows() == [
        ("caw oost", True, "activiteiten"),
        ("Buurtcomités", False, None),
    ]


def test_measures_and_positions_change_with_the_network():
    first, second = rounds()
    before, after = analyse(first, min_group=1), analyse(second, min_group=1)
    measures = {(r["measure"], r["group"]): r for r in measure_changes(before, after).to_dicts()}
    ties = measures[("ties", None)]
    # Pairs that collaborate (a tie reported from both sides counts once): A-B, A-C, A-D, then
    # A-B, A-C.
    assert (ties["before"], ties["after"], ties["change"]) == (3.0, 2.0, -1.0)
    # D is named by nobody in round 2, so it is not in that round's network: not compared.
    assert position_changes(before, after).is_empty()


def test_a_suppressed_measure_has_no_change():
    first, second = rounds()
    before, after = analyse(first, min_group=50), analyse(second, min_group=50)
    changes = {(r["measure"], r["group"]): r["change"] for r in
               measure_changes(before, after).to_dicts()}  # fmt: skip
    suppressed = {(f.measure, f.group) for f in after.summary if f.suppressed}
    assert suppressed
    assert all(changes[key] is None for key in suppressed)


def test_the_demo_rounds_compare_consistently():
    demo = generate_demo(seed=2026)
    first, second = demo.for_round("2025"), demo.for_round("2026")
    changes = tie_changes(first, second)
    counts = dict(changes.group_by("change").len().iter_rows())
    # Every tie of round 2 is either new or matched to one of round 1.
    matched = counts.get("intensified", 0) + counts.get("weakened", 0) + counts.get("same", 0)
    assert counts["new"] + matched == second.ties.height
    assert counts["ended"] + counts["not_reported"] + matched == first.ties.height
    wishes = wishes_fulfilled(first, second)
    assert 0 < wishes.get_column("became_tie").sum() < wishes.height
    positions = position_changes(analyse(first), analyse(second))
    kinds = set(positions.get_column("change").to_list())
    assert {"became_bridge_builder", "no_longer_bridge_builder"} <= kinds
