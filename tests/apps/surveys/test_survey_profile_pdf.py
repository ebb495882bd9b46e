"""The respondent's own profile as a one-page PDF: their mix beside the ecosystem's, their wishes
and who in the ecosystem offers what they want, aggregates only."""

from __future__ import annotations

import pytest
from tests.apps.reports.pdf_helpers import pdf_text
from tests.apps.surveys.helpers import answer_partner

from netwerkkaart.apps.surveys import answering

pytestmark = pytest.mark.slow

PARTNERS = {  # five respondents each name both doctors, so "Huisartsen" is no small group
    "TV-1": ("HA-1", "HA-2"), "CAW-1": ("HA-1", "HA-2"), "OCMW-1": ("HA-1", "HA-2"),
    "BC-1": ("HA-1", "HA-2"), "HA-2": ("HA-1", "CAW-1"),
}  # fmt: skip


@pytest.fixture
def answered(survey_world):
    for respondent, partners in PARTNERS.items():
        visit = survey_world.visit(respondent)
        for partner in partners:
            answer_partner(visit, partner, finality="afstemming")
    visit = survey_world.visit("CAW-1")
    answering.save_answer(visit, "wish_more", None, [{"category": "Huisartsen"}])
    answering.finish(visit)
    return survey_world


def test_the_profile_fits_one_page_with_the_offer_for_a_wish(client, answered):
    response = client.get(f"/s/{answered.tokens['CAW-1']}/profile.pdf")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    reader, text = pdf_text(response.content)
    assert len(reader.pages) == 1
    assert reader.trailer["/Root"]["/Lang"] == "nl-BE"
    assert "U noemde 2 partners." in text
    # Both partners are in care: 100 % for the respondent; the ecosystem's 10 ties: 9 in care.
    assert "Zorg 2 100 % 90 %" in text
    assert "Meer samenwerken: Huisartsen" in text
    assert (
        'In het netwerk: 2 actoren van de soort "Huisartsen", met 9 gemelde samenwerkingen' in text
    )
    # Aggregates only: no other respondent's name.
    assert "Buurtcomité Kouter" not in text and "Dokter Peeters" not in text


def test_the_profile_page_links_to_the_pdf(client, answered):
    token = answered.tokens["CAW-1"]
    page = client.get(f"/s/{token}/profile/").content.decode()
    assert f"/s/{token}/profile.pdf" in page


def test_a_revoked_link_gets_no_pdf(client, answered):
    from netwerkkaart.apps.surveys import services

    services.revoke(answered.invitations["CAW-1"], user=None)
    assert client.get(f"/s/{answered.tokens['CAW-1']}/profile.pdf").status_code == 410
