"""Identities live apart from answers; only a coordinator links them, and that is logged."""

from __future__ import annotations

from django.db import models
from django_scopes import scope
from tests.apps.surveys.helpers import answer_partner

from netwerkkaart.apps.rounds.models import Tie
from netwerkkaart.apps.surveys import answering, closing, services
from netwerkkaart.apps.surveys.models import AccessToken, Answer, Invitation, Response
from netwerkkaart.apps.workspaces.models import AuditEntry


def test_the_answer_side_has_no_reference_to_the_identity_side():
    for model in (Response, Answer):
        related = {
            field.related_model
            for field in model._meta.get_fields()
            if isinstance(field, models.ForeignKey)
        }
        assert Invitation not in related and AccessToken not in related, model
        names = {field.name for field in model._meta.get_fields()}
        assert not names & {"email", "contact_name", "actor", "token_hash", "name"}, model


def test_analysts_and_viewers_see_the_follow_up_without_names(world, survey_world):
    for username in ("bob", "vera"):
        page = world.client_for(username).get("/w/gemeentegem/surveys/2027/")
        assert page.status_code == 200
        body = page.content.decode()
        assert "Opvolging" in body
        assert "Huisartsenpraktijk De Linde" not in body
        assert "linde@example.org" not in body
        for invitation in survey_world.invitations.values():
            assert invitation.pseudonym not in body


def test_only_a_coordinator_opens_an_invitee(world, survey_world):
    pk = survey_world.invitations["HA-1"].pk
    for username in ("bob", "vera"):
        client = world.client_for(username)
        assert client.get(f"/w/gemeentegem/surveys/2027/invitees/{pk}/").status_code == 403
        assert client.post(f"/w/gemeentegem/surveys/2027/invitees/{pk}/answers/").status_code == 403
    page = world.client_for("alice").get(f"/w/gemeentegem/surveys/2027/invitees/{pk}/")
    assert page.status_code == 200 and "Huisartsenpraktijk De Linde" in page.content.decode()


def test_looking_at_an_invitees_answers_is_logged(world, survey_world):
    visit = survey_world.visit("HA-1")
    answer_partner(visit, "CAW-1", evaluation="slecht")
    pk = survey_world.invitations["HA-1"].pk
    page = world.client_for("alice").post(f"/w/gemeentegem/surveys/2027/invitees/{pk}/answers/")
    assert page.status_code == 200
    assert "CAW Oost" in page.content.decode()
    with scope(workspace=world.workspace):
        entry = AuditEntry.objects.filter(action="surveys.identity_linked").get()
    assert entry.user.username == "alice"
    assert entry.data["round"] == "2027"


def test_deleting_a_respondent_removes_identity_and_answers_and_says_what(world, survey_world):
    visit = survey_world.visit("HA-1")
    answering.save_answer(visit, "location", None, "Gemeentegem")
    answer_partner(visit, "CAW-1", finality="afstemming")
    answer_partner(survey_world.visit("CAW-1"), "TV-1", finality="afstemming")
    closing.close_survey(survey_world.survey, user=None)
    invitation = survey_world.invitations["HA-1"]
    pseudonym = invitation.pseudonym
    page = world.client_for("alice").post(
        f"/w/gemeentegem/surveys/2027/invitees/{invitation.pk}/delete/"
    )
    assert page.status_code == 200
    body = page.content.decode()
    assert "1 samenwerking in de gegevens van de ronde" in body
    with scope(workspace=world.workspace):
        assert not Invitation.objects.filter(pk=invitation.pk).exists()
        assert not Response.objects.filter(pseudonym=pseudonym).exists()
        assert not Tie.objects.filter(respondent=pseudonym).exists()
        assert not AccessToken.objects.filter(invitation_id=invitation.pk).exists()
        # The other respondent's answers stay.
        assert Tie.objects.filter(round__code="2027").count() == 1
        entry = AuditEntry.objects.filter(action="surveys.respondent_deleted").get()
    assert "Linde" not in str(entry.data) and pseudonym not in str(entry.data)


def test_delete_service_reports_counts(world, survey_world):
    visit = survey_world.visit("CAW-1")
    answer_partner(visit, "HA-1", finality="doorverwijzen", frequency="wekelijks")
    removed = services.delete_respondent(survey_world.invitations["CAW-1"], user=None)
    assert removed["answers"] == 3  # the partner list and two answers
    assert removed["links"] == 1 and removed["invitation"] == 1
