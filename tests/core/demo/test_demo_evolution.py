"""The second round grows out of the first, so a comparison has something to show."""

import polars as pl
import pytest

from netwerkkaart.core import vocab
from netwerkkaart.core.dataset import Dataset
from netwerkkaart.core.demo import (
    DRISS_PHYSIO,
    EERSTELIJNSZONE,
    FIRST_ROUND,
    GG_SOCIAAL_HUIS,
    JAAK_GP,
    SECOND_ROUND,
    generate_demo,
)


@pytest.fixture(scope="module")
def demo() -> Dataset:
    return generate_demo()


def _pairs(demo: Dataset, round_id: str) -> dict[tuple[str, str], str]:
    ties = demo.ties.filter(pl.col("round") == round_id)
    return {(r, p): f for r, p, f in ties.select("respondent", "partner", "finality").iter_rows()}


def _respondents(demo: Dataset, round_id: str) -> set[str]:
    return set(demo.ties.filter(pl.col("round") == round_id).get_column("respondent"))


def test_most_respondents_answer_again_and_a_few_come_and_go(demo):
    first, second = _respondents(demo, FIRST_ROUND), _respondents(demo, SECOND_ROUND)
    assert len(first & second) >= 0.85 * len(first)
    assert 2 <= len(second - first) <= 15
    assert 2 <= len(first - second) <= 15


def test_most_ties_of_returning_respondents_persist_some_end_and_some_are_new(demo):
    both = _respondents(demo, FIRST_ROUND) & _respondents(demo, SECOND_ROUND)
    first = {k: v for k, v in _pairs(demo, FIRST_ROUND).items() if k[0] in both}
    second = {k: v for k, v in _pairs(demo, SECOND_ROUND).items() if k[0] in both}
    persisted, ended, new = first.keys() & second.keys(), first.keys() - second.keys(), (
        second.keys() - first.keys())  # fmt: skip
    assert len(persisted) >= 0.7 * len(first)
    assert len(ended) >= 50
    assert len(new) >= 50


def test_some_persisting_ties_intensify(demo):
    first, second = _pairs(demo, FIRST_ROUND), _pairs(demo, SECOND_ROUND)
    rank = vocab.FINALITY.position
    intensified = [k for k in first.keys() & second.keys() if rank(second[k]) > rank(first[k])]
    assert len(intensified) >= 30


def test_several_wishes_of_the_first_round_became_new_ties(demo):
    category = dict(demo.actors.select("id", "category").iter_rows())
    first, second = _pairs(demo, FIRST_ROUND), _pairs(demo, SECOND_ROUND)
    had = {(r, category[p]) for r, p in first}
    has = {(r, category[p]) for r, p in second}
    wishes = demo.wishes.filter(pl.col("round") == FIRST_ROUND).select("respondent", "partner")
    came_true = [w for w in wishes.iter_rows() if w not in had and w in has]
    assert len(came_true) >= 5


def test_jaaks_referral_to_the_sociaal_huis_has_become_information_sharing(demo):
    assert _pairs(demo, SECOND_ROUND)[(JAAK_GP, GG_SOCIAAL_HUIS)] == "informatiedeling"


def test_driss_wished_for_the_eerstelijnszone_and_works_with_it_a_year_later(demo):
    wishes = demo.wishes.filter(pl.col("round") == FIRST_ROUND)
    assert wishes.filter((pl.col("respondent") == DRISS_PHYSIO)
                         & (pl.col("partner") == "Eerstelijnszone")).height == 1  # fmt: skip
    assert (DRISS_PHYSIO, EERSTELIJNSZONE) not in _pairs(demo, FIRST_ROUND)
    assert (DRISS_PHYSIO, EERSTELIJNSZONE) in _pairs(demo, SECOND_ROUND)
