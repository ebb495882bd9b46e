"""Closing a round turns the answers into the round's dataset: one path with the file import."""

from __future__ import annotations

from django_scopes import scope
from tests.apps.surveys.helpers import answer_partner

from netwerkkaart.apps.rounds.figures import round_figures
from netwerkkaart.apps.rounds.frames import dataset_for_round
from netwerkkaart.apps.rounds.models import RoundStatus, Tie, UnknownActor, Wish
from netwerkkaart.apps.surveys import answering, closing
from netwerkkaart.core.network.analysis import analyse
from netwerkkaart.core.tables import compute_tables


def answer_three(survey_world) -> None:
    """HA-1 finishes; CAW-1 stops halfway through its second partner; OCMW-1 only opens."""
    linde = survey_world.visit("HA-1")
    answering.save_answer(linde, "respondent_type", None, "zelfstandige_zorgprofessional")
    answering.save_answer(linde, "location", None, "Gemeentegem")
    answer_partner(linde, "CAW-1", finality="afstemming", frequency="wekelijks",
                   evaluation="goed", evolution="meer")  # fmt: skip
    answer_partner(linde, "TV-1", finality="informatiedeling", frequency="dagelijks",
                   evaluation="zeer_goed", evolution="hetzelfde")  # fmt: skip
    answering.add_list_entry(linde, "wish_more", {"actor": "OCMW-1"})
    answering.add_list_entry(linde, "unknown_actors", {"actor": "BC-1"})
    answering.finish(linde)
    caw = survey_world.visit("CAW-1")
    answer_partner(caw, "HA-1", finality="doorverwijzen", frequency="maandelijks")
    answer_partner(caw, "OCMW-1", finality="activiteiten")
    survey_world.visit("OCMW-1")


def test_closing_writes_the_answers_as_ties_under_pseudonyms(world, survey_world):
    answer_three(survey_world)
    summary = closing.close_survey(survey_world.survey, user=None)
    assert summary.ties == 4 and summary.wishes == 1 and summary.unknown == 1
    pseudonyms = {inv.pseudonym for inv in survey_world.invitations.values()}
    with scope(workspace=world.workspace):
        ties = list(Tie.objects.filter(round__code="2027").values(
            "respondent", "respondent_type", "location", "partner", "partner_group", "finality",
            "frequency", "evaluation",
        ))  # fmt: skip
        assert {t["respondent"] for t in ties} <= pseudonyms
        by_partner = {t["partner"]: t for t in ties}
        assert by_partner["CAW-1"]["finality"] == "afstemming"
        assert by_partner["TV-1"]["partner_group"] == "zorg"
        # Left open by CAW-1: its register values fill the profile.
        assert by_partner["HA-1"]["respondent_type"] == "welzijnsorganisatie"
        assert by_partner["OCMW-1"]["frequency"] is None  # drop-out is data
        assert Wish.objects.get(round__code="2027").wish == "meer"
        assert UnknownActor.objects.get(round__code="2027").partner == "BC-1"
    survey_world.survey.round.refresh_from_db()
    assert survey_world.survey.round.status == RoundStatus.CLOSED


def test_each_question_keeps_its_own_number_of_answers(world, survey_world):
    answer_three(survey_world)
    closing.close_survey(survey_world.survey, user=None)
    dataset = dataset_for_round(world.workspace, "2027")
    answered = {
        column: dataset.ties.get_column(column).drop_nulls().len()
        for column in ("finality", "frequency", "evaluation", "evolution")
    }
    assert answered == {"finality": 4, "frequency": 3, "evaluation": 2, "evolution": 2}
    assert compute_tables(dataset, min_group=1) is not None


def test_the_network_knows_the_respondent_behind_each_pseudonym(world, survey_world):
    answer_three(survey_world)
    closing.close_survey(survey_world.survey, user=None)
    network = analyse(dataset_for_round(world.workspace, "2027"))
    ids = set(network.graph.vs["id"])
    pseudonyms = {inv.pseudonym for inv in survey_world.invitations.values()}
    assert not ids & pseudonyms  # no respondent appears twice, as pseudonym and as actor
    linde = network.graph.vs.find(id="HA-1")
    caw = network.graph.vs.find(id="CAW-1")
    # HA-1 named CAW-1 and CAW-1 named HA-1: a reciprocated pair.
    assert network.graph.are_adjacent(linde.index, caw.index)
    assert network.graph.are_adjacent(caw.index, linde.index)


def test_closing_a_round_without_answers_closes_it_empty(world, survey_world):
    assert closing.close_survey(survey_world.survey, user=None) is None
    survey_world.survey.round.refresh_from_db()
    assert survey_world.survey.round.status == RoundStatus.CLOSED


def test_the_dashboard_shows_the_new_ties_after_closing(world, survey_world):
    answer_three(survey_world)
    world.workspace.min_group = 2
    world.workspace.save(update_fields=["min_group"])
    client = world.client_for("alice")
    running = client.get("/w/gemeentegem/dashboard/2027/").content.decode()
    assert "loopt nog via de site" in running
    response = client.post("/w/gemeentegem/surveys/2027/close/")
    assert response.status_code == 302
    assert response["Location"].endswith("/w/gemeentegem/dashboard/2027/")
    page = client.get(response["Location"])
    assert page.status_code == 200
    assert "loopt nog via de site" not in page.content.decode()
    figures = round_figures(world.workspace, "2027")
    # Pairs: HA-1/CAW-1 (reported from both sides), HA-1/TV-1, CAW-1/OCMW-1.
    assert figures.network.figure("ties").value == 3
    assert figures.network.figure("respondents").value == 2


def test_follow_up_counts_not_started_halfway_and_finished(world, survey_world):
    answer_three(survey_world)
    progress = closing.follow_up(survey_world.survey)
    assert (progress.total.invited, progress.total.started, progress.total.finished) == (6, 2, 1)
    assert progress.total.halfway == 1 and progress.total.not_started == 4
    by_type = {g.group: g for g in progress.by_type}
    assert by_type["zelfstandige_zorgprofessional"].invited == 2
    assert by_type["zelfstandige_zorgprofessional"].finished == 1
    assert by_type["welzijnsorganisatie"].halfway == 1
    statuses = progress.statuses
    assert statuses[survey_world.invitations["HA-1"].pk] == closing.FINISHED
    assert statuses[survey_world.invitations["CAW-1"].pk] == closing.HALFWAY
    assert statuses[survey_world.invitations["OCMW-1"].pk] == closing.NOT_STARTED
    # Lowest response first, so the hardest to reach are seen first.
    rates = [g.response_rate for g in progress.by_sector]
    assert rates == sorted(rates)


def test_the_coordinator_can_list_who_has_not_started(world, survey_world):
    answer_three(survey_world)
    client = world.client_for("alice")
    page = client.get("/w/gemeentegem/surveys/2027/?status=not_started").content.decode()
    assert "Sociaal Huis Gemeentegem" in page  # opened the link, answered nothing
    assert "Buurtcomité Kouter" in page
    assert "Huisartsenpraktijk De Linde" not in page and "CAW Oost" not in page
    halfway = client.get("/w/gemeentegem/surveys/2027/?status=halfway").content.decode()
    assert "CAW Oost" in halfway and "Huisartsenpraktijk De Linde" not in halfway
