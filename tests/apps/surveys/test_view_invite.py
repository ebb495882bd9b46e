"""The coordinator invites actors from the register into a running round (``…/invite/``)."""

from __future__ import annotations

from django_scopes import scope
from tests.apps.surveys.pages import (
    assert_refused_for,
    database_state,
    form_errors,
    last_audit,
    messages_of,
    page_text,
    url,
)

from netwerkkaart.apps.register.services import merge_actors
from netwerkkaart.apps.surveys import closing, services
from netwerkkaart.apps.surveys.models import Invitation

PAGE = url("2027", "invite")
SCHOOL = "Basisschool De Regenboog"


def invitations(world) -> dict[str, Invitation]:
    with scope(workspace=world.workspace):
        return {
            inv.actor.external_id: inv
            for inv in Invitation.objects.filter(round__code="2027").select_related("actor")
        }


def test_the_page_offers_only_actors_not_invited_yet(world, survey_world):
    response = world.client_for("alice").get(PAGE)
    assert response.status_code == 200
    body = page_text(response)
    assert "6 actoren zijn al uitgenodigd." in body
    assert SCHOOL in body
    assert "Huisartsenpraktijk De Linde" not in body


def test_the_page_filters_on_sector(world, register):
    services.open_survey(world.workspace, code="2027", user=None)
    body = page_text(world.client_for("alice").get(PAGE + "?sector=welzijn"))
    assert "CAW Oost" in body and "Huisartsenpraktijk De Linde" not in body


def test_inviting_an_actor_writes_its_invitation_with_the_register_contact(
    world, survey_world, register
):
    client = world.client_for("alice")
    response = client.post(PAGE, {"actors": [str(register["SCH-1"].pk)]})
    assert (response.status_code, response["Location"]) == (302, url("2027"))
    school = invitations(world)["SCH-1"]
    assert school.email == "" and school.sent_at is None and not school.is_revoked
    assert school.pseudonym.startswith("R-") and len(school.pseudonym) == 10
    assert len(invitations(world)) == 7
    entry = last_audit(world.workspace)
    assert entry.action == "surveys.invited"
    assert (entry.user.username, entry.data) == ("alice", {"round": "2027", "count": 1})
    # One actor: the singular (it read "1 actoren uitgenodigd").
    assert messages_of(client.get(response["Location"])) == ["1 actor uitgenodigd."]


def test_inviting_several_actors_counts_them(world, register):
    services.open_survey(world.workspace, code="2027", user=None)
    client = world.client_for("alice")
    chosen = [str(register[key].pk) for key in ("HA-1", "CAW-1", "BC-1")]
    response = client.post(PAGE, {"actors": chosen})
    assert set(invitations(world)) == {"HA-1", "CAW-1", "BC-1"}
    assert invitations(world)["HA-1"].email == "linde@example.org"
    assert messages_of(client.get(response["Location"])) == ["3 actoren uitgenodigd."]


def test_choosing_no_one_invites_no_one_and_logs_nothing(world, survey_world):
    client = world.client_for("alice")
    before = database_state(world.workspace)
    # A browser sends the form's token even with no box ticked.
    response = client.post(PAGE, {"csrfmiddlewaretoken": "x"})
    assert response.status_code == 302
    assert database_state(world.workspace) == before
    assert messages_of(client.get(response["Location"])) == ["0 actoren uitgenodigd."]


def refused_on_the_page(world, data: dict) -> list[str]:
    client = world.client_for("alice")
    before = database_state(world.workspace)
    response = client.post(PAGE, data)
    assert response.status_code == 200
    assert database_state(world.workspace) == before
    return form_errors(response)


STALE = (
    "Een gekozen actor is intussen al uitgenodigd of staat niet meer in het register. Er werd "
    "niemand uitgenodigd; kies opnieuw."
)


def test_an_actor_invited_since_the_page_was_shown_is_refused_with_a_message(
    world, survey_world, register
):
    # Two tabs: the linde practice was invited in the other one; the page said nothing before.
    chosen = [str(register["SCH-1"].pk), str(register["HA-1"].pk)]
    assert refused_on_the_page(world, {"actors": chosen}) == [STALE]


def test_a_merged_actor_cannot_be_invited(world, register):
    services.open_survey(world.workspace, code="2027", user=None)
    merge_actors(world.workspace, None, keep=register["HA-1"], duplicate=register["HA-2"])
    assert refused_on_the_page(world, {"actors": [str(register["HA-2"].pk)]}) == [STALE]


def test_an_actor_of_another_workspace_cannot_be_invited(world, survey_world):
    from netwerkkaart.apps.register.models import Actor
    from netwerkkaart.apps.register.services import import_actors

    import_actors(world.other_workspace, None, [{"id": "X-1", "name": "Elders vzw"}], source="t")
    with scope(workspace=world.other_workspace):
        elsewhere = Actor.objects.get(workspace=world.other_workspace, external_id="X-1")
    assert refused_on_the_page(world, {"actors": [str(elsewhere.pk)]}) == [STALE]


def test_a_closed_round_invites_no_one(world, survey_world, register):
    closing.close_survey(survey_world.survey, user=None)
    client = world.client_for("alice")
    before = database_state(world.workspace)
    response = client.post(PAGE, {"actors": [str(register["SCH-1"].pk)]})
    assert (response.status_code, response["Location"]) == (302, url("2027"))
    assert database_state(world.workspace) == before
    assert messages_of(client.get(response["Location"])) == [
        "Deze ronde is afgesloten; er kan niets meer aan veranderen."
    ]


def test_no_free_pseudonym_invites_no_one_and_says_so_in_dutch(world, register, monkeypatch):
    services.open_survey(world.workspace, code="2027", user=None)
    monkeypatch.setattr(services, "new_pseudonym", lambda: "R-AAAAAAAA")
    client = world.client_for("alice")
    before = database_state(world.workspace)
    # The first gets R-AAAAAAAA, the second finds it taken ten times: nobody is invited.
    response = client.post(PAGE, {"actors": [str(register["HA-1"].pk), str(register["HA-2"].pk)]})
    assert response.status_code == 302
    assert database_state(world.workspace) == before
    assert messages_of(client.get(response["Location"])) == [
        "Er kon geen vrij pseudoniem gemaakt worden; er werd niemand uitgenodigd. Probeer het "
        "opnieuw."
    ]


def test_an_analyst_cannot_invite(world, survey_world, register):
    assert_refused_for(world, "bob", "post", PAGE, {"actors": [str(register["SCH-1"].pk)]})
    assert_refused_for(world, "bob", "get", PAGE)


def test_a_viewer_cannot_invite(world, survey_world, register):
    assert_refused_for(world, "vera", "post", PAGE, {"actors": [str(register["SCH-1"].pk)]})
    assert_refused_for(world, "vera", "get", PAGE)


def test_an_outsider_does_not_find_the_invitations(world, survey_world, register):
    assert_refused_for(world, "charlie", "post", PAGE, {"actors": [str(register["SCH-1"].pk)]})
    assert_refused_for(world, "charlie", "get", PAGE)


def test_anonymous_is_sent_to_login(world, survey_world, register):
    assert_refused_for(world, None, "post", PAGE, {"actors": [str(register["SCH-1"].pk)]})
    assert_refused_for(world, None, "get", PAGE)
