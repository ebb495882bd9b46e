"""The opt-in tie-quality blocks: switched on by the coordinator, answered, closed into the data."""

from __future__ import annotations

import polars as pl
import pytest
from django_scopes import scope
from tests.apps.surveys.helpers import answer_partner
from tests.apps.surveys.pages import OPTIONAL_BLOCKS, questionnaire_post, url

from netwerkkaart.apps.rounds.frames import dataset_for_round
from netwerkkaart.apps.rounds.models import Tie
from netwerkkaart.apps.surveys import answering, closing, services
from netwerkkaart.core.network.tie_quality import scale_summary
from netwerkkaart.core.questionnaire import AnswerError
from netwerkkaart.core.scales import RC_COLUMNS

BLOCKS = ["samenwerkingsniveau", "relationele_coordinatie"]
PAGE = url("2027", "questionnaire")


def test_a_round_asks_the_blocks_only_when_they_are_switched_on(world, survey_world):
    definition = survey_world.survey.current.definition
    assert not {s["id"] for s in definition["sections"]} & set(BLOCKS)
    with pytest.raises(answering.UnknownQuestion):
        answering.save_answer(survey_world.visit("HA-1"), "collaboration_level", "a:CAW-1", "3")
    version = services.configure_questionnaire(
        survey_world.survey, disabled_sections=[], own_questions=[], enabled_sections=BLOCKS,
        user=None)  # fmt: skip
    ids = [s["id"] for s in version.definition["sections"]]
    assert ids.index("vertrouwen") < ids.index("samenwerkingsniveau") < ids.index("wensen")
    assert version.enabled_sections == BLOCKS and version.definition["version"].startswith("1+")


def test_the_answers_reach_the_rounds_ties_and_its_figures(world, survey_world):
    services.configure_questionnaire(survey_world.survey, disabled_sections=[], own_questions=[],
                                     enabled_sections=BLOCKS, user=None)  # fmt: skip
    linde = survey_world.visit("HA-1")
    items = dict(zip(RC_COLUMNS, [4, 4, 5, 3, 4, 2, 5], strict=True))
    key = answer_partner(linde, "CAW-1", finality="afstemming", collaboration_level="3", **items)
    answer_partner(linde, "TV-1", finality="informatiedeling", collaboration_level="0")
    with pytest.raises(AnswerError):
        answering.save_answer(linde, "collaboration_level", key, "6")
    with pytest.raises(AnswerError):
        answering.save_answer(linde, "rc_timely", key, 0)
    caw = survey_world.visit("CAW-1")
    answer_partner(caw, "HA-1", finality="doorverwijzen", collaboration_level="1", rc_timely=2)
    closing.close_survey(survey_world.survey, user=None)
    with scope(workspace=world.workspace):
        rows = {t.partner: t for t in Tie.objects.filter(round__code="2027")}
    assert rows["CAW-1"].collaboration_level == 3 and rows["CAW-1"].rc_shared_knowledge == 2
    assert rows["TV-1"].collaboration_level == 0 and rows["TV-1"].rc_timely is None
    assert rows["HA-1"].collaboration_level == 1 and rows["HA-1"].rc_timely == 2
    data = dataset_for_round(world.workspace, "2027")
    summary = scale_summary(data, min_group=1)

    def figure(partner_sector: str, measure: str) -> dict:
        return summary.row(by_predicate=(pl.col("respondent_sector") == "zorg")
                           & (pl.col("partner_sector") == partner_sector)
                           & (pl.col("measure") == measure), named=True)  # fmt: skip

    level = figure("welzijn", "collaboration_level")
    assert level["mean"] == 3.0 and level["ties"] == 1
    assert figure("zorg", "collaboration_level")["mean"] == 0.0
    index = figure("welzijn", "rc_index")
    assert index["mean"] == round(27 / 7, 2)
    # Under the workspace's minimum group (5) nothing of it is shown.
    assert scale_summary(data, min_group=5).get_column("suppressed").all()


def test_the_coordinator_switches_the_blocks_on_in_the_questionnaire_page(world, survey_world):
    client = world.client_for("alice")
    form = questionnaire_post(OPTIONAL_BLOCKS)
    page = client.get(PAGE)
    assert "Frey" in page.content.decode() and "Gittell" in page.content.decode()
    client.post(PAGE, {**form, "scales": ["samenwerkingsniveau"]})
    survey_world.survey.refresh_from_db()
    current = survey_world.survey.current
    assert current.enabled_sections == ["samenwerkingsniveau"]
    assert "samenwerkingsniveau" in [s["id"] for s in current.definition["sections"]]
    assert "relationele_coordinatie" not in [s["id"] for s in current.definition["sections"]]
    # Saving the same choices again changes nothing.
    client.post(PAGE, {**form, "scales": ["samenwerkingsniveau"]})
    survey_world.survey.refresh_from_db()
    assert survey_world.survey.current.pk == current.pk
