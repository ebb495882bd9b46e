"""Each survey round looks like the report's: sizes, drop-out, light ties, silos, privacy cases."""

import polars as pl
import pytest

from netwerkkaart.core import vocab
from netwerkkaart.core.dataset import Dataset
from netwerkkaart.core.demo import (
    DANIRA_BUURTWERK,
    DRISS_PHYSIO,
    GG_SOCIAAL_HUIS,
    JAAK_GP,
    ROUNDS,
    generate_demo,
)

QUESTIONS = ("finality", "frequency", "evaluation", "evolution")


@pytest.fixture(scope="module")
def demo() -> Dataset:
    return generate_demo()


@pytest.fixture(scope="module", params=ROUNDS)
def round_ties(request, demo) -> pl.DataFrame:
    return demo.ties.filter(pl.col("round") == request.param)


def test_there_are_exactly_the_two_rounds_2025_and_2026(demo):
    assert demo.rounds == ["2025", "2026"]


def test_each_round_has_80_to_100_respondents(round_ties):
    assert 80 <= round_ties.get_column("respondent").n_unique() <= 100


def test_each_round_has_1000_to_1300_ties(round_ties):
    assert 1000 <= round_ties.height <= 1300


def test_respondents_and_partners_are_all_in_the_register(demo):
    register = set(demo.actors.get_column("id"))
    for frame, column in ((demo.ties, "respondent"), (demo.ties, "partner"),
                          (demo.wishes, "respondent"), (demo.unknown, "respondent"),
                          (demo.unknown, "partner")):  # fmt: skip
        assert set(frame.get_column(column)) <= register, column


def test_no_respondent_names_the_same_partner_twice_in_a_round(demo):
    assert not demo.ties.select("round", "respondent", "partner").is_duplicated().any()


def test_no_respondent_names_itself(demo):
    assert demo.ties.filter(pl.col("respondent") == pl.col("partner")).height == 0


def test_tie_columns_agree_with_the_register(demo):
    register = demo.actors.select(
        pl.col("id"), pl.col("actor_type").alias("type_in_register"),
        pl.col("sector").alias("sector_in_register"), pl.col("location").alias("town"),
    )  # fmt: skip
    ties = demo.ties.join(register, left_on="respondent", right_on="id")
    assert (ties["respondent_type"] == ties["type_in_register"]).all()
    assert (ties["location"] == ties["town"]).all()
    partners = demo.ties.join(register, left_on="partner", right_on="id")
    assert (partners["partner_group"] == partners["sector_in_register"]).all()


def test_fewer_than_five_informal_actors_respond_but_some_do(round_ties):
    informal = round_ties.filter(pl.col("respondent_type") == "informele_actor")
    assert 1 <= informal.get_column("respondent").n_unique() < 5


def test_self_employed_professionals_respond_far_less_often_than_the_others(demo, round_ties):
    def count(frame: pl.DataFrame, column: str, self_employed: bool) -> int:
        is_self = pl.col(column) == "zelfstandige_zorgprofessional"
        return frame.filter(is_self if self_employed else ~is_self).height

    answered = round_ties.select("respondent", "respondent_type").unique()
    self_rate = count(answered, "respondent_type", True) / count(demo.actors, "actor_type", True)
    other_rate = count(answered, "respondent_type", False) / count(demo.actors, "actor_type", False)
    assert self_rate < 0.25 and other_rate > 0.5
    assert self_rate < other_rate / 2


def test_drop_out_leaves_fewer_answers_to_later_questions(round_ties):
    answers = {q: round_ties.get_column(q).drop_nulls().len() for q in QUESTIONS}
    assert answers["finality"] == round_ties.height
    assert answers["frequency"] < 0.92 * answers["finality"]
    assert answers["evaluation"] < answers["frequency"]
    # Tabel 2: more respondents answered the evolution question than the frequency question.
    assert answers["frequency"] < answers["evolution"] < answers["finality"]


def test_drop_outs_leave_their_later_ties_empty_not_their_first(round_ties):
    empty = round_ties.filter(pl.col("evolution").is_null()).get_column("respondent").unique()
    assert empty.len() >= 10
    for respondent in empty.to_list()[:10]:
        listed = round_ties.filter(pl.col("respondent") == respondent)
        assert listed.get_column("evolution")[0] is not None


def test_light_ties_are_between_55_and_70_percent(round_ties):
    light = round_ties.get_column("finality").cast(pl.String).is_in(list(vocab.LIGHT_FINALITIES))
    assert 0.55 <= light.mean() <= 0.70


def test_frequency_evaluation_and_evolution_resemble_tabel_2(round_ties):
    def share(question: str, codes: tuple[str, ...]) -> float:
        answered = round_ties.get_column(question).drop_nulls().cast(pl.String)
        return answered.is_in(list(codes)).mean()

    assert 0.62 <= share("frequency", ("maandelijks", "minder")) <= 0.82  # report: 72 %
    assert 0.48 <= share("evaluation", ("zeer_goed", "goed")) <= 0.68  # report: 58 %
    assert 0.47 <= share("evolution", ("meer", "beter")) <= 0.67  # report: 57 %
    assert share("evolution", ("minder",)) == 0.0


def test_collaboration_stays_within_sectors_more_than_chance(round_ties):
    ties = round_ties.with_columns(
        pl.col("respondent_type").cast(pl.String)
        .replace_strict(vocab.SECTOR_OF_RESPONDENT_TYPE).alias("own"),
        pl.col("partner_group").cast(pl.String).alias("other"),
    )  # fmt: skip
    observed = (ties["own"] == ties["other"]).mean()
    own = dict(ties["own"].value_counts(normalize=True).rows())
    other = dict(ties["other"].value_counts(normalize=True).rows())
    expected = sum(share * other.get(sector, 0.0) for sector, share in own.items())
    assert observed > 1.25 * expected


def test_self_employed_mostly_work_with_care_like_tabel_1(round_ties):
    self_employed = round_ties.filter(pl.col("respondent_type") == "zelfstandige_zorgprofessional")
    assert 0.5 <= (self_employed["partner_group"] == "zorg").mean() <= 0.8


def test_bridge_builders_reach_every_sector(demo):
    for bridge in (DANIRA_BUURTWERK, GG_SOCIAAL_HUIS):
        groups = demo.ties.filter(pl.col("respondent") == bridge).get_column("partner_group")
        assert set(groups.cast(pl.String)) == set(vocab.SECTOR.codes), bridge


def test_some_ties_are_reported_by_both_sides_mostly_with_the_same_finality(round_ties):
    back = round_ties.select(
        pl.col("respondent").alias("partner"), pl.col("partner").alias("respondent"),
        pl.col("finality").alias("finality_back"),
    )  # fmt: skip
    mutual = round_ties.join(back, on=["respondent", "partner"])
    assert mutual.height >= 0.15 * round_ties.height
    assert (mutual["finality"] == mutual["finality_back"]).mean() > 0.5


def test_level_scale_and_factors_are_answered_on_part_of_the_ties(round_ties):
    assert 0.4 < (round_ties["level"].list.len() > 0).mean() < 0.9
    assert 0.4 < round_ties["scale"].is_not_null().mean() < 0.95
    for kind in ("stimulating", "inhibiting"):
        tokens = round_ties[kind].explode().drop_nulls()
        assert 0.2 < (round_ties[kind].list.len() > 0).mean() < 0.6
        assert tokens.str.contains(":").any() and (~tokens.str.contains(":")).any()


def test_jaaks_gp_refers_to_the_sociaal_huis_without_result_in_2025(demo):
    tie = demo.ties.filter(
        (pl.col("round") == "2025") & (pl.col("respondent") == JAAK_GP)
        & (pl.col("partner") == GG_SOCIAAL_HUIS)
    ).row(0, named=True)  # fmt: skip
    assert (tie["finality"], tie["evaluation"], tie["evolution"]) == (
        "doorverwijzen",
        "slecht",
        "beter",
    )


def test_driss_names_professional_secrecy_as_a_barrier(demo):
    inhibiting = demo.ties.filter(pl.col("respondent") == DRISS_PHYSIO)["inhibiting"].explode()
    assert "juridisch:beroepsgeheim_privacy" in inhibiting.to_list()


def test_wishes_name_categories_with_meer_or_beter(demo):
    categories = set(demo.actors.get_column("category"))
    assert set(demo.wishes.get_column("partner")) <= categories
    assert set(demo.wishes.get_column("wish").cast(pl.String)) == {"meer", "beter"}


def test_the_top_three_wishes_per_town_include_equal_counts(demo):
    for round_id in ROUNDS:
        wishes = demo.wishes.filter(pl.col("round") == round_id)
        for town in ("Gemeentegem", "Stederen"):
            counts = (wishes.filter(pl.col("location") == town).group_by("partner").len()
                      .sort("len", descending=True).get_column("len").to_list())  # fmt: skip
            assert len(counts) >= 5
            distinct_top = sorted(set(counts), reverse=True)[:3]
            assert sum(c in distinct_top for c in counts) > 3, (round_id, town)


def test_unknown_actors_are_mostly_from_other_sectors(demo):
    sectors = demo.actors.select("id", pl.col("sector").cast(pl.String))
    unknown = demo.unknown.join(
        sectors.rename({"id": "respondent", "sector": "own"}), on="respondent"
    ).join(sectors.rename({"id": "partner", "sector": "other"}), on="partner")
    assert unknown.height >= 100
    assert (unknown["own"] != unknown["other"]).mean() > 0.6


def test_danira_is_unknown_to_several_respondents_in_her_first_year(demo):
    first = demo.unknown.filter(pl.col("round") == "2025")
    assert first.filter(pl.col("partner") == DANIRA_BUURTWERK).height >= 3
