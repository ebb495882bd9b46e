"""Answers become rows of the open data format; the aggregates of trust, questions and feedback."""

from __future__ import annotations

import polars as pl
import pytest

from netwerkkaart.core.dataset import TIES_SCHEMA
from netwerkkaart.core.questionnaire import (
    PartnerEntry,
    SurveyResponse,
    builtin_definition,
    distribution,
    respondent_feedback,
    responses_to_dataset,
    trust_frame,
    trust_summary,
    who_does_what,
)
from netwerkkaart.core.tables import compute_tables

SURVEY = builtin_definition()
CAW = PartnerEntry("a:CAW", "CAW", None, "welzijn")
GP = PartnerEntry("a:GP", "GP", None, "zorg")
SCHOOL = PartnerEntry("n:school", None, "De Regenboog", "andere")


def response(pseudonym: str, partners, answers, **fallback) -> SurveyResponse:
    return SurveyResponse(pseudonym, SURVEY, answers, partners, fallback)


def three_respondents() -> list[SurveyResponse]:
    """R-1 answers all; R-2 stops after finality of its 2nd partner; R-3 gave nothing at all."""
    return [
        response("R-1", [CAW, SCHOOL], {
            ("respondent_type", None): "zorgorganisatie", ("location", None): "Gemeentegem",
            ("sector", None): "zorg",
            ("finality", "a:CAW"): "afstemming", ("frequency", "a:CAW"): "wekelijks",
            ("evaluation", "a:CAW"): "goed", ("evolution", "a:CAW"): "meer",
            ("level", "a:CAW"): ["strategisch"], ("scale", "a:CAW"): "lokaal",
            ("inhibiting", "a:CAW"): ["persoonlijk:elkaar_niet_kennen", "financieel"],
            ("finality", "n:school"): "doorverwijzen", ("frequency", "n:school"): "minder",
            ("trust_reliable", "a:CAW"): 4, ("trust_shared_goal", "a:CAW"): 5,
            ("trust_open", "a:CAW"): 3,
            ("wish_more", None): [{"category": "Huisartsen"}, {"actor": "GP"}],
            ("wish_better", None): [{"actor": "CAW"}],
            ("unknown_actors", None): [{"actor": "GP"}],
        }),
        response("R-2", [GP, CAW], {
            ("finality", "a:GP"): "informatiedeling", ("frequency", "a:GP"): "dagelijks",
            ("finality", "a:CAW"): "activiteiten", ("trust_reliable", "a:CAW"): 2,
        }, actor_type="welzijnsorganisatie", location="Stederen", sector="welzijn"),
        response("R-3", [], {}),
    ]  # fmt: skip


def test_each_partner_becomes_a_tie_row_with_the_answers_given():
    dataset, warnings = responses_to_dataset(three_respondents(), "2027")
    assert warnings == []  # R-3 named nothing: nothing to leave out
    assert dataset.ties.schema == pl.Schema(TIES_SCHEMA)
    enums = [name for name, dtype in TIES_SCHEMA.items() if isinstance(dtype, pl.Enum)]
    rows = dataset.ties.with_columns(pl.col(enums).cast(pl.String)).to_dicts()
    first = rows[0]
    assert (first["respondent"], first["partner"], first["partner_group"]) == (
        "R-1",
        "CAW",
        "welzijn",
    )
    assert (first["finality"], first["evaluation"], first["scale"]) == (
        "afstemming",
        "goed",
        "lokaal",
    )
    assert dataset.ties.get_column("inhibiting").to_list()[0] == [
        "persoonlijk:elkaar_niet_kennen", "financieel"
    ]  # fmt: skip
    school = rows[1]
    assert (school["partner"], school["partner_group"], school["evaluation"]) == (
        "De Regenboog", "andere", None,
    )  # fmt: skip
    # R-2 left its profile open: the register's values fill it.
    assert {(r["respondent_type"], r["location"]) for r in rows if r["respondent"] == "R-2"} == {
        ("welzijnsorganisatie", "Stederen")
    }


def test_each_question_keeps_its_own_number_of_answers():
    dataset, _ = responses_to_dataset(three_respondents(), "2027")
    counts = {c: dataset.ties.get_column(c).drop_nulls().len()
              for c in ("finality", "frequency", "evaluation", "evolution")}  # fmt: skip
    assert counts == {"finality": 4, "frequency": 3, "evaluation": 1, "evolution": 1}
    tables = compute_tables(dataset, min_group=1)
    assert tables is not None


def test_wishes_and_unknown_actors_become_their_rows():
    dataset, _ = responses_to_dataset(three_respondents(), "2027")
    assert dataset.wishes.select("partner", pl.col("wish").cast(pl.String)).rows() == [
        ("Huisartsen", "meer"), ("GP", "meer"), ("CAW", "beter"),
    ]  # fmt: skip
    assert dataset.unknown.select("respondent", "partner").rows() == [("R-1", "GP")]


def test_a_respondent_without_type_or_location_is_left_out_with_a_warning():
    lost = response("R-9", [CAW], {("finality", "a:CAW"): "afstemming"})
    dataset, warnings = responses_to_dataset([lost], "2027")
    assert dataset.ties.is_empty()
    assert warnings == ["R-9: no respondent type or location; left out"]


def test_trust_is_summarised_per_partner_and_sector_pair_with_suppression():
    trust = trust_frame(three_respondents())
    assert trust.height == 4
    summary = trust_summary(trust, min_group=2)
    # Only CAW was scored by two respondents: R-1 (mean of 4, 5, 3 = 4) and R-2 (2).
    assert [(r.partner, r.respondents, r.mean, r.median) for r in summary.by_partner] == [
        ("CAW", 2, 3.0, 3.0)
    ]
    assert summary.by_partner[0].item_means == {"reliable": 3.0, "shared_goal": 5.0, "open": 3.0}
    # Each sector pair rests on one respondent: none shown, both listed as suppressed.
    assert summary.by_sector_pair == []
    assert summary.suppressed_pairs == [("welzijn", "welzijn"), ("zorg", "welzijn")]
    shown = trust_summary(trust, min_group=1)
    assert {(r.respondent_sector, r.partner_sector, r.mean) for r in shown.by_sector_pair} == {
        ("zorg", "welzijn", 4.0), ("welzijn", "welzijn", 2.0),
    }  # fmt: skip


def test_distribution_gives_counts_quartiles_and_mean():
    question = SURVEY.question("trust_open")
    result = distribution(question, [1, 2, 2, 4, 5, None], min_group=5)
    assert result.n == 5 and not result.suppressed
    assert result.counts == {"1": 1, "2": 2, "3": 0, "4": 1, "5": 1}
    assert (result.minimum, result.q1, result.median, result.q3, result.maximum) == (
        1, 2, 2, 4, 5,
    )  # fmt: skip
    assert result.mean == pytest.approx(2.8)
    small = distribution(question, [1, 2, 3], min_group=5)
    assert small.suppressed and small.counts == {} and small.mean is None


def test_distribution_of_a_choice_counts_in_option_order():
    result = distribution(SURVEY.question("finality"), ["afstemming", "doorverwijzen",
                                                        "afstemming"], min_group=1)  # fmt: skip
    assert result.counts == {"doorverwijzen": 1, "informatiedeling": 0, "afstemming": 2,
                             "activiteiten": 0}  # fmt: skip
    assert result.mean is None


def test_the_respondent_sees_their_mix_beside_the_ecosystem():
    dataset, _ = responses_to_dataset(three_respondents(), "2027")
    feedback = respondent_feedback(dataset, "R-1", min_group=2)
    assert feedback.partners == 2 and feedback.light_ties == 1
    sectors = {s.code: (s.own_count, s.own_share, s.ecosystem_share) for s in feedback.by_sector}
    assert sectors["welzijn"] == (1, 0.5, 0.5)  # the ecosystem: 2 of 4 ties with welfare
    assert sectors["zorg"] == (0, 0.0, 0.25)
    finality = {s.code: (s.own_count, s.ecosystem_share) for s in feedback.by_finality}
    assert finality["afstemming"] == (1, 0.25)
    assert feedback.wishes == [("Huisartsen", "meer"), ("GP", "meer"), ("CAW", "beter")]
    alone = respondent_feedback(dataset, "R-1", min_group=3)
    assert alone.ecosystem_suppressed
    assert all(s.ecosystem_share is None for s in alone.by_sector)


def test_who_does_what_counts_per_sector_and_category_and_suppresses():
    dataset, _ = responses_to_dataset(three_respondents(), "2027")
    actors = pl.DataFrame({"id": ["CAW", "GP"], "category": ["CAW", "Huisartsen"]})
    overview = who_does_what(dataset, actors, min_group=2)
    # Welfare partners (CAW) are named by; the others by one respondent each.
    assert [(g.group, g.actors, g.ties, g.respondents) for g in overview.by_sector] == [
        ("welzijn", 1, 2, 2)
    ]
    assert overview.by_sector[0].finality_shares["afstemming"] == 0.5
    assert [g.group for g in overview.by_category] == ["CAW"]
    assert sorted(overview.suppressed) == ["Huisartsen", "andere", "zorg"]
