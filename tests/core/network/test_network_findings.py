"""Key findings in plain words, on a hand-checkable ecosystem, and the formatting of figures."""

from __future__ import annotations

import math

import pytest
from tests.core.network.builders import tie

from netwerkkaart.core.dataset import Dataset
from netwerkkaart.core.model import Wish
from netwerkkaart.core.network import analyse
from netwerkkaart.core.network.findings import bridge_builders, format_value, key_findings


@pytest.mark.parametrize(
    ("measure", "value", "lang", "text"),
    [
        ("ties", 1130, "nl", "1.130"),
        ("ties", 1130, "en", "1,130"),
        ("light_tie_share", 0.6039, "nl", "60 %"),
        ("light_tie_share", 0.004, "nl", "0,4 %"),
        ("light_tie_share", 0.004, "en", "0.4 %"),
        ("ei_index_sector", -0.11773, "nl", "-0,12"),
        ("ei_index_sector", 0.5, "en", "0.50"),
        ("betweenness", 1234.56, "nl", "1.234,6"),
        ("density", None, "nl", "–"),
        ("density", math.nan, "en", "–"),
    ],
)
def test_format_value(measure, value, lang, text):
    assert format_value(measure, value, lang) == text


def star() -> Dataset:
    """W (welfare) links a local government L to two care actors that L does not work with.

    Reported ties (respondent → partner, finality):
    W → Z1 referral, W → Z2 information, L → W coordination, Z1 → Z2 joint activities.
    Light ties: 2 of 4 → 50 %. Collaborations: W-Z1, W-Z2, L-W, Z1-Z2; cross-sector: all but
    Z1-Z2 → 75 %. Brokerage (Gould & Fernandez, directed): L → W → Z1 and L → W → Z2 join three
    sectors, so W is a liaison twice; W → Z1 → Z2 is closed by W → Z2, so Z1 brokers nothing.
    """
    ties = [
        tie("W", "Z1", "zorg", "doorverwijzen", kind="welzijnsorganisatie"),
        tie("W", "Z2", "zorg", "informatiedeling", kind="welzijnsorganisatie"),
        tie("L", "W", "welzijn", "afstemming", kind="lokaal_bestuur"),
        tie("Z1", "Z2", "zorg", "activiteiten"),
    ]
    wishes = [Wish("Z1", "Gemeentegem", "Huisartsen", "meer", "2025"),
              Wish("W", "Gemeentegem", "Huisartsen", "beter", "2025")]  # fmt: skip
    return Dataset.from_records(ties=ties, wishes=wishes)


def test_findings_of_a_star_read_as_counted_by_hand():
    analysis = analyse(star(), min_group=1)
    findings = {f.key: f.text for f in key_findings(analysis, "nl")}
    assert findings["size"] == "3 respondenten meldden samen 4 samenwerkingen met 4 actoren."
    assert findings["light"].startswith("50 % van de gemelde samenwerkingen is licht")
    assert findings["cross_sector"].startswith("75 %")
    assert findings["bridges"] == "Bruggenbouwers die sectoren met elkaar verbinden: W."
    assert findings["no_isolates"]
    assert "Huisartsen (2)" in findings["wishes"]


def test_only_liaisons_and_brokers_are_bridge_builders():
    analysis = analyse(star(), min_group=1)
    bridges = bridge_builders(analysis)
    assert bridges.get_column("id").to_list() == ["W"]
    assert bridges.get_column("liaison").to_list() == [2]


def test_findings_in_english():
    texts = [f.text for f in key_findings(analyse(star(), min_group=1), "en")]
    assert texts[0] == "3 respondents together reported 4 collaborations with 4 actors."


def test_too_few_respondents_gives_one_sentence_and_no_figures():
    findings = key_findings(analyse(star(), min_group=5), "nl")
    assert [f.key for f in findings] == ["suppressed"]
    assert "minder dan 5" in findings[0].text


def test_without_names_bridge_builders_are_described_by_type():
    findings = {f.key: f.text for f in key_findings(analyse(star(), min_group=1), "nl",
                                                    names=False)}  # fmt: skip
    assert findings["bridges"].endswith(": Welzijnsorganisatie.")
    assert ": W." not in findings["bridges"]
