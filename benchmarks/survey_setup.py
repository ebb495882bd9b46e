"""The survey load benchmark's database: a register, an open survey round, invitations and links.

Filled through the surveys app's services, as a coordinator would; ``stored()`` counts what the
respondents' saves left in the database afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass

PARTNERS = 3
# The register is larger than the group of respondents: some actors are named but not invited.
EXTRA_ACTORS = 20

SECTORS = (("zorg", "zorgorganisatie", "Thuisverpleging"),
           ("welzijn", "welzijnsorganisatie", "CAW"),
           ("lokaal_bestuur", "lokaal_bestuur", "OCMW/Sociaal Huis"),
           ("andere", "andere_organisatie", "School"),
           ("informeel", "informele_actor", "Buurtcomité"))  # fmt: skip
PLACES = ("Gemeentegem", "Stederen", "Dorpveld", "Kouter")
WORDS = ("De Linde", "Het Anker", "De Brug", "Kompas", "Horizon", "De Bron", "Zonnebloem",
         "De Schakel", "Regenboog", "Ankerpunt", "De Vlinder", "Klaproos")  # fmt: skip


@dataclass(frozen=True)
class Respondent:
    token: str
    actor_id: str
    partners: tuple[str, ...]


def register_rows(count: int) -> list[dict[str, str]]:
    """``count`` register actors with generated, distinct names."""
    rows = []
    for index in range(count):
        sector, actor_type, category = SECTORS[index % len(SECTORS)]
        place = PLACES[(index // len(SECTORS)) % len(PLACES)]
        word = WORDS[index % len(WORDS)]
        rows.append({
            "id": f"ACT-{index + 1:04d}", "name": f"{category} {word} {place} {index + 1}",
            "actor_type": actor_type, "sector": sector, "category": category, "location": place,
        })  # fmt: skip
    return rows


def fill(respondents: int) -> list[Respondent]:
    """The workspace, its register, an open survey round, invitations and personal links."""
    from django.db import connections
    from django_scopes import scope, scopes_disabled

    from netwerkkaart.apps.register.models import Actor
    from netwerkkaart.apps.register.services import import_actors
    from netwerkkaart.apps.surveys import services as surveys
    from netwerkkaart.apps.workspaces import services

    rows = register_rows(respondents + EXTRA_ACTORS)
    with scopes_disabled():
        owner = services.ensure_user("bench", "bench-wachtwoord-2026")
        workspace = services.create_workspace("bevraging", "Bevraging", owner=owner)
    import_actors(workspace, None, rows, source="bench")
    with scope(workspace=workspace):
        actors = list(Actor.objects.filter(workspace=workspace).order_by("external_id"))
    survey = surveys.open_survey(workspace, code="2027", label="Bevraging 2027", user=None)
    invitations = surveys.invite(survey, actors[:respondents], user=None)
    links = surveys.issue_links(survey, invitations, user=None)
    ids = [actor.external_id for actor in actors]
    result = []
    with scope(workspace=workspace):
        for index, link in enumerate(links):
            own = link.invitation.actor.external_id
            at = ids.index(own)
            partners = tuple(ids[(at + step * 7) % len(ids)] for step in range(1, PARTNERS + 1))
            result.append(Respondent(link.token, own, partners))
            assert own not in result[index].partners
    connections.close_all()
    return result


def stored() -> tuple[int, int]:
    """Answer rows in the database, and partner entries in the stored partner lists."""
    from django.db import connections
    from django_scopes import scopes_disabled

    from netwerkkaart.apps.surveys.models import Answer

    with scopes_disabled():
        rows = Answer.objects.count()
        entries = sum(
            len(value or [])
            for value in Answer.objects.filter(question="partners", partner="").values_list(
                "value", flat=True
            )
        )
    connections.close_all()
    return rows, entries
