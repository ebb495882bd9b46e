"""The register's e-mail address and contact person: edited in the form, imported with
actors.csv, shown to coordinators only, never in the core's frame."""

from __future__ import annotations

import pytest
from django_scopes import scope

from netwerkkaart.apps.register.models import Actor
from netwerkkaart.apps.register.services import import_register_file, register_frame
from netwerkkaart.core.dataformat import DataFormatError

CSV = (
    b"id,name,sector,email,contact,wijk\n"
    b"CAW-1,CAW Oost,welzijn,onthaal@caw-oost.be,Sofia Peeters,Leefhoek\n"
    b"HA-1,Huisarts De Linde,zorg,,,\n"
)


def actor(world, external_id) -> Actor:
    with scope(workspace=world.workspace):
        return Actor.objects.get(workspace=world.workspace, external_id=external_id)


def test_actors_csv_fills_email_and_contact(world):
    result, _warnings = import_register_file(world.workspace, None, "actors.csv", CSV)
    assert result.created == 2
    caw = actor(world, "CAW-1")
    assert (caw.email, caw.contact_name) == ("onthaal@caw-oost.be", "Sofia Peeters")
    assert caw.attributes == {"wijk": "Leefhoek"}  # contacts are fields, not free attributes


def test_a_wrong_address_is_refused_with_the_rest(world):
    bad = CSV.replace(b"onthaal@caw-oost.be", b"onthaal caw-oost.be")
    with pytest.raises(DataFormatError) as caught:
        import_register_file(world.workspace, None, "actors.csv", bad)
    issue = caught.value.issues[0]
    assert (issue.code, issue.row, issue.column) == ("not_an_email", 2, "email")
    assert "geen geldig e-mailadres" in issue.message("nl")
    with scope(workspace=world.workspace):
        assert not Actor.objects.filter(workspace=world.workspace).exists()


def test_contacts_never_reach_the_cores_frame(world):
    import_register_file(world.workspace, None, "actors.csv", CSV)
    frame = register_frame(world.workspace)
    assert "email" not in frame.columns and "contact" not in frame.columns
    assert "onthaal@caw-oost.be" not in str(frame.to_dicts())


def test_the_form_edits_email_and_contact(world):
    import_register_file(world.workspace, None, "actors.csv", CSV)
    caw = actor(world, "CAW-1")
    client = world.client_for("alice")
    url = f"/w/gemeentegem/register/{caw.pk}/edit/"
    form = client.get(url).content.decode()
    assert 'name="email"' in form and 'name="contact_name"' in form
    response = client.post(url, {"external_id": "CAW-1", "name": "CAW Oost", "sector": "welzijn",
                                 "email": "nieuw@caw-oost.be", "contact_name": "Driss"})  # fmt: skip
    assert response.status_code == 302
    assert (actor(world, "CAW-1").email, actor(world, "CAW-1").contact_name) == (
        "nieuw@caw-oost.be", "Driss",
    )  # fmt: skip


@pytest.mark.parametrize(("user", "sees"), [("alice", True), ("bob", False), ("vera", False)])
def test_only_coordinators_see_contacts(world, user, sees):
    import_register_file(world.workspace, None, "actors.csv", CSV)
    caw = actor(world, "CAW-1")
    html = world.client_for(user).get(f"/w/gemeentegem/register/{caw.pk}/").content.decode()
    assert ("onthaal@caw-oost.be" in html) is sees
    assert ("Sofia Peeters" in html) is sees


def test_the_demo_attribute_neighbourhood_reads_in_dutch(world):
    """Issue 15: the register detail showed the English attribute key "neighbourhood"."""
    from netwerkkaart.apps.register.services import create_actor, update_actor

    made = create_actor(world.workspace, None, {"external_id": "BC-1", "name": "Buurtcomité"})
    with scope(workspace=world.workspace):
        made.attributes = {"neighbourhood": "Leefhoek"}
        made.save()
    update_actor(made, None, {})
    html = world.client_for("alice").get(f"/w/gemeentegem/register/{made.pk}/").content.decode()
    assert "<dt>wijk</dt>" in html and "neighbourhood" not in html
