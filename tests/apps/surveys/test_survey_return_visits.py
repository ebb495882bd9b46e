"""What a respondent sees coming back: the profile names partners, the link knows it was handed in."""

from __future__ import annotations

from tests.apps.surveys.helpers import answer_partner

from netwerkkaart.apps.surveys import answering


def test_the_profile_names_a_wished_register_actor_not_its_code(client, survey_world):
    """Issue 15: the profile showed the register code (``ST-PSY-03``) of the wished partner."""
    visit = survey_world.visit("HA-1")
    answer_partner(visit, "TV-1", finality="afstemming")
    answering.add_list_entry(visit, "wish_more", {"actor": "CAW-1"})
    answering.finish(visit)
    page = client.get(f"/s/{survey_world.tokens['HA-1']}/profile/").content.decode()
    assert "CAW Oost" in page
    assert "CAW-1" not in page


def test_after_handing_in_the_link_greets_as_handed_in(client, survey_world):
    """Issue 15: after handing in, the personal link greeted the respondent as if nothing was."""
    token = survey_world.tokens["HA-1"]
    visit = survey_world.visit("HA-1")
    answer_partner(visit, "TV-1", finality="afstemming")
    before = client.get(f"/s/{token}/").content.decode()
    assert "ingediend" not in before
    answering.finish(visit)
    after = client.get(f"/s/{token}/").content.decode()
    assert "u hebt deze vragenlijst op" in after and "ingediend" in after
    assert f'href="/s/{token}/profile/"' in after
    assert "Verdergaan waar u gebleven was" not in after


def test_a_first_visit_is_not_greeted_as_handed_in(client, survey_world):
    page = client.get(f"/s/{survey_world.tokens['CAW-1']}/").content.decode()
    assert "Beginnen" in page and "ingediend" not in page
