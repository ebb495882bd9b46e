"""Dutch instrument pages, pictures and PDF write decimal commas (issue 15: "2.88" read "2,88")."""

from __future__ import annotations

import datetime
import re

from django.test import Client
from django.utils import translation

from netwerkkaart.apps.instruments import services
from netwerkkaart.apps.instruments.pictures import session_picture
from netwerkkaart.apps.instruments.presenters import _number
from netwerkkaart.apps.instruments.results import session_result


def test_numbers_are_written_the_language_s_way():
    assert _number(2.875, "nl") == "2,88"
    assert _number(2.875, "en") == "2.88"
    assert _number(3.0, "nl") == "3"
    assert _number(None, "nl") == "–"


def filled_session(world):
    session = services.start_session(world.workspace, "vijf_condities", network="Leefhoek",
                                     held_on=datetime.date(2026, 11, 23), user=None)  # fmt: skip
    for value in ("1", "2", "4", "4", "5", "3"):
        phone = Client()
        assert phone.post(f"/i/{session.join_key}/").status_code == 302
        phone.post(f"/i/{session.join_key}/antwoorden/", {"q-ambitie_helder": value})
    return session


def test_the_dutch_results_page_has_no_decimal_points(world):
    session = filled_session(world)
    html = (
        world.client_for("alice").get(f"/w/gemeentegem/instrumenten/{session.pk}/").content.decode()
    )
    text = re.sub(r"<svg.*?</svg>", " ", html, flags=re.DOTALL)
    text = re.sub(r"<[^>]+>", " ", text)
    assert "3,17" in text  # the mean of 1, 2, 4, 4, 5, 3
    assert not re.search(r"\b\d+\.\d+\b", text)


def test_the_dutch_picture_writes_decimal_commas(world):
    session = filled_session(world)
    with translation.override("nl-be"):
        svg = session_picture(services.instrument_of(session), session_result(session), "nl")
    shown = " ".join(re.findall(r">([^<>]+)<", svg))
    assert not re.search(r"\b\d+\.\d+\b", shown), shown
