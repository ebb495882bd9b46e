"""A small register in Gemeentegem and an open survey round with every actor but one invited."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from django_scopes import scope, scopes_disabled

from netwerkkaart.apps.register.models import Actor
from netwerkkaart.apps.register.services import import_actors
from netwerkkaart.apps.surveys import answering, services
from netwerkkaart.apps.surveys.models import Invitation, SurveyRound

REGISTER = [
    {"id": "HA-1", "name": "Huisartsenpraktijk De Linde", "actor_type": "zelfstandige_zorgprofessional",
     "sector": "zorg", "category": "Huisartsen", "location": "Gemeentegem", "email": "linde@example.org"},
    {"id": "HA-2", "name": "Dokter Peeters", "actor_type": "zelfstandige_zorgprofessional",
     "sector": "zorg", "category": "Huisartsen", "location": "Gemeentegem"},
    {"id": "TV-1", "name": "Thuisverpleging Wit-Gele Kruis", "actor_type": "zorgorganisatie",
     "sector": "zorg", "category": "Thuisverpleging", "location": "Gemeentegem",
     "email": "wgk@example.org"},
    {"id": "CAW-1", "name": "CAW Oost", "actor_type": "welzijnsorganisatie", "sector": "welzijn",
     "category": "CAW", "location": "Gemeentegem", "email": "caw@example.org"},
    {"id": "OCMW-1", "name": "Sociaal Huis Gemeentegem", "actor_type": "lokaal_bestuur",
     "sector": "lokaal_bestuur", "category": "OCMW/Sociaal Huis", "location": "Gemeentegem",
     "email": "sociaalhuis@example.org"},
    {"id": "SCH-1", "name": "Basisschool De Regenboog", "actor_type": "andere_organisatie",
     "sector": "andere", "category": "School", "location": "Gemeentegem"},
    {"id": "BC-1", "name": "Buurtcomité Kouter", "actor_type": "informele_actor",
     "sector": "informeel", "category": "Buurtcomité", "location": "Gemeentegem"},
]  # fmt: skip


@dataclass
class SurveyWorld:
    survey: SurveyRound
    invitations: dict[str, Invitation]  # by register id
    tokens: dict[str, str]  # by register id

    def visit(self, actor_id: str) -> answering.Visit:
        return answering.open_visit(answering.resolve_link(self.tokens[actor_id]))


@pytest.fixture
def register(world) -> dict[str, Actor]:
    import_actors(world.workspace, None, REGISTER, source="test")
    with scopes_disabled():
        return {a.external_id: a for a in Actor.objects.filter(workspace=world.workspace)}


@pytest.fixture
def survey_world(world, register) -> SurveyWorld:
    """Round "2027" open, every actor but the school invited, one link each."""
    survey = services.open_survey(world.workspace, code="2027", label="Bevraging 2027", user=None)
    invited = [actor for key, actor in register.items() if key != "SCH-1"]
    invitations = services.invite(survey, invited, user=None)
    links = services.issue_links(survey, invitations, user=None)
    with scope(workspace=world.workspace):
        by_id = {inv.actor.external_id: inv for inv in invitations}
    return SurveyWorld(
        survey=survey,
        invitations=by_id,
        tokens={link.invitation.actor.external_id: link.token for link in links},
    )
