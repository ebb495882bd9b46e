"""The comparison page cannot mislead: response warning, procentpunt, n, not comparable."""

from __future__ import annotations

import re

import pytest
from tests.fixtures.low_response import low_response_round

from netwerkkaart.apps.rounds.services import import_dataset

URL = "/w/gemeentegem/reports/vergelijk/"


def text_of(response) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode()))


@pytest.fixture
def low_round(world, demo):
    """Round 2027: 25 of the 84 respondents of 2026 answered again."""
    import_dataset(world.workspace, low_response_round(demo, "2026", "2027", keep=25), user=None)


def test_the_demos_two_rounds_get_no_warning_but_the_gist(world, demo):
    response = world.client_for("alice").get(URL, {"van": "2025", "naar": "2026"})
    html, text = response.content.decode(), text_of(response)
    assert 'id="response-warning"' not in html
    assert "vergelijkbare respons: 86 respondenten in 2025, 84 in 2026" in text
    assert 'id="comparison-summary"' in html and "procentpunt" in text
    assert "data-sensitive" not in html


def test_a_round_with_far_fewer_respondents_is_read_with_a_warning(world, low_round):
    response = world.client_for("alice").get(URL, {"van": "2026", "naar": "2027"})
    html, text = response.content.decode(), text_of(response)
    assert 'id="response-warning"' in html
    assert "ronde 2027: 25 respondenten" in text.lower()
    # the counts that fall with the response are marked, shares of ties are not
    assert re.search(r'data-measure="ties" data-sensitive="1"', html)
    assert 'data-measure="light_tie_share" data-sensitive' not in html
    assert "n = 84 respondenten" in text and "n = 25 respondenten" in text


def test_shares_carry_their_n_and_move_in_procentpunt(world, low_round):
    text = text_of(world.client_for("alice").get(URL, {"van": "2026", "naar": "2027"}))
    tables = text.split("De tabellen: wat bewoog het meest?", 1)[1]
    assert re.search(r"\d+ % \(n = \d+\) \d+ % \(n = \d+\) [+−]\d+ procentpunt", tables)
    assert "niet vergelijkbaar" in tables
    assert not re.search(r"\d+ %\s+[+−]\d+\s", tables)  # no change written as a bare number


def test_the_same_pictures_of_both_rounds_stand_side_by_side(world, demo):
    html = world.client_for("alice").get(URL, {"van": "2025", "naar": "2026"}).content.decode()
    for key in ("partner_mix", "response", "ei_by_sector", "mixing"):
        block = html.split(f'data-multiples="{key}"', 1)[1].split("data-multiples=", 1)[0]
        # each round once wide and once narrow (for a phone)
        assert block.count('<div class="wide"><svg') == 2
        assert block.count('<div class="narrow"><svg') == 2
        assert 'data-round="2025"' in block and 'data-round="2026"' in block
