"""Group sessions: a coordinator starts one, participants join by link without an account,
the facilitator sees the spread (never individual answers of a small group)."""

from __future__ import annotations

import datetime
import io
import re

import openpyxl
import pytest
from django.test import Client
from django_scopes import scopes_disabled

from netwerkkaart.apps.instruments import services
from netwerkkaart.apps.instruments.models import InstrumentSession, Participant, ParticipantAnswer
from netwerkkaart.apps.workspaces.models import AuditEntry

LIST = "/w/gemeentegem/instrumenten/"


def text_of(response) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode()))


@pytest.fixture
def session(world):
    return services.start_session(world.workspace, "vijf_condities", network="zorgraad Dender-Zuid",
                                  held_on=datetime.date(2026, 11, 23), user=None)  # fmt: skip


def participant(session, answers: dict[str, str]) -> Client:
    """A phone: joins by the link and sends ``answers`` (form field values) at once."""
    phone = Client()
    assert phone.post(f"/i/{session.join_key}/").status_code == 302
    response = phone.post(f"/i/{session.join_key}/antwoorden/",
                          {f"q-{item}": value for item, value in answers.items()})  # fmt: skip
    assert response.status_code == 302, response.content[:300]
    return phone


def test_a_coordinator_starts_a_session_for_a_network(world):
    client = world.client_for("alice")
    response = client.post(LIST, {"instrument": "governancemodel", "network": "netwerk Leefhoek",
                                  "held_on": "2026-11-23"})  # fmt: skip
    assert response.status_code == 302
    with scopes_disabled():
        session = InstrumentSession.objects.get(workspace=world.workspace)
        assert AuditEntry.objects.filter(action="instruments.session_started").exists()
    assert (session.instrument, session.network) == ("governancemodel", "netwerk Leefhoek")
    assert session.definition["id"] == "governancemodel"  # the file as it was, kept
    page = client.get(response.url)
    assert f"/i/{session.join_key}/" in page.content.decode()
    assert "netwerk Leefhoek" in text_of(client.get(LIST))


def test_only_a_coordinator_starts_sessions(world):
    for username in ("bob", "vera"):
        response = world.client_for(username).post(
            LIST, {"instrument": "motieven", "network": "x", "held_on": "2026-11-23"}
        )
        assert response.status_code == 403
    with scopes_disabled():
        assert not InstrumentSession.objects.exists()


def test_participants_join_without_account_and_get_numbers(world, session):
    phone = Client()
    landing = phone.get(f"/i/{session.join_key}/")
    assert landing.status_code == 200 and "Doe mee" in landing.content.decode()
    phone.post(f"/i/{session.join_key}/")
    form = phone.get(f"/i/{session.join_key}/")
    assert "u bent deelnemer 1" in text_of(form)
    cookie = phone.cookies[f"nk_sessie_{session.pk}"]
    assert cookie["path"] == f"/i/{session.join_key}/" and cookie["httponly"]
    with scopes_disabled():
        stored = Participant.objects.get(session=session)
    assert stored.key_hash != cookie.value and len(stored.key_hash) == 64  # only the hash
    other = participant(session, {})
    assert "u bent deelnemer 2" in text_of(other.get(f"/i/{session.join_key}/"))


def test_answers_are_checked_and_saved_and_can_be_changed(world, session):
    phone = participant(session, {"ambitie_helder": "4"})
    bad = phone.post(f"/i/{session.join_key}/antwoorden/", {"q-ambitie_helder": "9"})
    assert bad.status_code == 422
    phone.post(f"/i/{session.join_key}/antwoorden/", {"q-ambitie_helder": "2"},
               HTTP_HX_REQUEST="true")  # fmt: skip
    with scopes_disabled():
        assert list(ParticipantAnswer.objects.values_list("item", "value")) == [
            ("ambitie_helder", 2)
        ]


def test_results_show_the_spread_only_from_the_minimum_group(world, session):
    client = world.client_for("vera")
    for value in ("1", "2", "3", "4"):
        participant(session, {"ambitie_helder": value, "ambitie_gedragen": "3"})
    small = text_of(client.get(f"/w/gemeentegem/instrumenten/{session.pk}/resultaten/"))
    assert "4 deelnemers" in small and "verschijnen zodra minstens 5" in small
    assert "Het is helder" not in small  # no per-item figure of a small group
    participant(session, {"ambitie_helder": "5", "ambitie_gedragen": "4"})
    html = client.get(f"/w/gemeentegem/instrumenten/{session.pk}/resultaten/").content.decode()
    rows = re.findall(r'<tr data-item="([a-z_]+)">', html)
    assert rows[:2] == ["ambitie_helder", "ambitie_gedragen"]  # widest disagreement first
    helder = re.search(r'data-item="ambitie_helder">(.*?)</tr>', html, re.S).group(1)
    cells = re.findall(r'<td class="num[^"]*">([^<]*)</td>', helder)
    assert cells == ["5", "1", "2", "3", "4", "5", "3"]  # n, min, q1, median, q3, max, mean
    assert "<svg" in html


def test_a_later_session_is_shown_against_the_earlier_one(world, session):
    for value in ("2", "2", "3", "3", "3"):
        participant(session, {"ambitie_helder": value})
    later = services.start_session(world.workspace, "vijf_condities", network="zorgraad Dender-Zuid",
                                   held_on=datetime.date(2027, 3, 1), user=None)  # fmt: skip
    for value in ("4", "4", "5", "4", "3"):
        participant(later, {"ambitie_helder": value})
    page = text_of(world.client_for("bob").get(f"/w/gemeentegem/instrumenten/{later.pk}/"))
    assert "Tegenover de sessie van" in page
    assert "Gedeelde ambitie 3 4 +1" in page  # median before, after, change (signed)


def test_closing_stops_answers(world, session):
    phone = participant(session, {"ambitie_helder": "3"})
    world.client_for("alice").post(f"/w/gemeentegem/instrumenten/{session.pk}/sluiten/")
    assert (
        phone.post(f"/i/{session.join_key}/antwoorden/", {"q-ambitie_helder": "5"}).status_code
        == 410
    )
    assert Client().get(f"/i/{session.join_key}/").status_code == 410
    assert Client().get("/i/bestaat-niet/").status_code == 404


def test_exports_hold_the_spread(world, session):
    for value in ("1", "2", "3", "4", "5"):
        participant(session, {"ambitie_helder": value})
    client = world.client_for("bob")
    book = openpyxl.load_workbook(
        io.BytesIO(client.get(f"/w/gemeentegem/instrumenten/{session.pk}/resultaten.xlsx").content)
    )
    about = {k: v for k, v in book["Uitleg"].iter_rows(values_only=True)}
    assert about["Netwerk"] == "zorgraad Dender-Zuid" and about["Deelnemers"] == 5
    first = next(book["Uitspraken"].iter_rows(min_row=2, values_only=True))
    assert first[:3] == ("Het is helder wat we samen willen bereiken.", "Gedeelde ambitie", 5)
    pdf = client.get(f"/w/gemeentegem/instrumenten/{session.pk}/resultaten.pdf")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    from tests.apps.reports.pdf_helpers import pdf_text

    _reader, text = pdf_text(pdf.content)
    assert "Vijf condities voor kansrijke samenwerking" in text and "zorgraad Dender-Zuid" in text
    assert "Gedeelde ambitie" in text


def test_only_a_coordinator_closes_a_session(world, session):
    for username in ("bob", "vera"):
        url = f"/w/gemeentegem/instrumenten/{session.pk}/sluiten/"
        assert world.client_for(username).post(url).status_code == 403
    session.refresh_from_db()
    assert session.is_open


def test_outsiders_see_nothing(world, session):
    assert (
        world.client_for("charlie").get(f"/w/gemeentegem/instrumenten/{session.pk}/").status_code
        == 404
    )


def test_the_instruments_are_listed_by_purpose_with_when_to_use_each(world):
    html = world.client_for("alice").get(LIST).content.decode()
    headings = [h for h in re.findall(r'<h3 id="purpose-[a-z]+">([^<]+)</h3>', html)]
    assert headings == [
        "Beslissen of en waarom we samenwerken", "Nagaan hoe de samenwerking loopt",
        "De samenwerking vormgeven en organiseren", "Rollen, leiderschap en toezicht",
    ]  # fmt: skip
    assert html.count('type="radio" name="instrument"') == 21  # 19 of DOMAIN §5, 2 of §4
    assert "Als een lopende samenwerking stroef loopt" in html
    # The nine problems sit under "checking how it goes", after its heading and before the next.
    at = html.index("Negen samenwerkingsproblemen")
    assert (
        html.index("Nagaan hoe de samenwerking loopt")
        < at
        < html.index("De samenwerking vormgeven")
    )


@pytest.mark.parametrize(("instrument", "answers", "item"), [
    ("regierol_lokaal_bestuur", {"overzicht_actoren": "2", "stijl_nu": "4", "stijl_gewenst": "2"},
     "overzicht_actoren"),
    ("financiering_3p", {"netwerkvergoeding_nu": "ontbreekt",
                         "netwerkvergoeding_gewenst": "geregeld"}, "netwerkvergoeding_nu"),
])  # fmt: skip
def test_the_local_governments_two_instruments_run_in_a_group_session(world, instrument, answers,
                                                                     item):  # fmt: skip
    """Issue 17 item 2: the directing role and the 3P model run like the other instruments."""
    started = services.start_session(world.workspace, instrument, network="zorgraad",
                                     held_on=datetime.date(2026, 11, 23), user=None)  # fmt: skip
    for _ in range(5):
        participant(started, answers)
    html = world.client_for("vera").get(
        f"/w/gemeentegem/instrumenten/{started.pk}/resultaten/").content.decode()  # fmt: skip
    assert "5 deelnemers" in text_of_html(html)
    assert f'data-item="{item}"' in html
    assert "<svg" in html  # the instrument's picture


def text_of_html(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))
