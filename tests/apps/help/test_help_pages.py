"""The user guide as help pages: one source (docs/handleiding*.md), both languages, open to all."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from netwerkkaart.apps.help import guide as guide_module
from netwerkkaart.apps.help.guide import FILES, guide, measures_markdown, render, with_measures
from netwerkkaart.core.network import explanations

DOCS = Path(__file__).resolve().parents[3] / "docs"
SLUGS = ["werkruimte", "register", "ronde", "bevraging", "dashboard", "groepssessie", "rapport",
         "privacy"]  # fmt: skip


def test_both_languages_have_the_same_pages():
    assert [p.slug for p in guide("nl").pages] == SLUGS
    assert [p.slug for p in guide("en").pages] == SLUGS
    assert guide("nl").page("ronde").title == "Rondes: importeren of bevragen"
    assert guide("en").page("ronde").title == "Rounds: import or survey"


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_measures_section_is_the_cores_explanations(lang):
    text = (DOCS / FILES[lang]).read_text(encoding="utf-8")
    assert with_measures(text, lang) == text, (
        "docs are out of step: run python -m netwerkkaart.apps.help.guide"
    )
    for measure in explanations.MEASURES:
        assert explanations.explain(measure, lang) in text, measure


def test_the_site_reads_the_files_in_docs():
    assert guide_module.guide_path("nl") == DOCS / "handleiding.md"
    assert guide_module.guide_path("en") == DOCS / "handleiding.en.md"


def test_raw_html_in_the_guide_is_shown_as_text():
    assert "<script>" not in render("Tekst <script>alert(1)</script>")
    assert "<!--" not in render("<!-- page: x -->\nTekst")


@pytest.mark.parametrize("user", [None, "alice", "vera", "charlie"])
def test_everyone_reads_the_help_in_dutch(world, user):
    client = world.client_for(user)
    index = client.get("/help/")
    assert index.status_code == 200
    html = index.content.decode()
    assert "Handleiding voor coördinatoren" in html
    for slug in SLUGS:
        assert f'href="/help/{slug}/"' in html
        assert client.get(f"/help/{slug}/").status_code == 200


def test_a_page_shows_its_markdown_as_html(client):
    html = client.get("/help/dashboard/").content.decode()
    assert "<h1>Het dashboard en de kaart lezen</h1>" in html
    assert "<strong>Aantal samenwerkingen</strong>" in html
    assert "<h2>Elke maat gelezen</h2>" in html
    assert 'href="/help/groepssessie/"' in html  # the next page


def test_english_is_served_when_the_language_is_english(client):
    client.post("/i18n/setlang/", {"language": "en", "next": "/help/"})
    html = client.get("/help/privacy/").content.decode()
    assert "What we promise respondents" in html
    assert "Wat we respondenten beloven" not in html


def test_an_unknown_page_is_a_dutch_404(client):
    response = client.get("/help/bestaat-niet/")
    assert response.status_code == 404
    assert "Deze pagina vinden we niet" in response.content.decode()


def test_the_measures_block_lists_every_measure_once():
    block = measures_markdown("nl")
    for measure in explanations.MEASURES:
        assert block.count(f"**{explanations.label(measure, 'nl')}**") == 1


def test_links_to_other_docs_files_are_named_not_dead_links():
    """The guide links data-format.md and the other language's file, right on GitHub; the site
    serves no such files, so /help/ linked to /help/handleiding.en.md, a 404 (found in the audit
    of issue 15)."""
    html = render("Zie [data-format.md](data-format.md) of [de gids](handleiding.en.md).")
    assert "href" not in html
    assert "<code>docs/data-format.md</code>" in html
    assert "<code>docs/handleiding.en.md</code>" in html
    kept = render("[Hulp](/help/) en [elders](https://example.org/a.md)")
    assert 'href="/help/"' in kept and 'href="https://example.org/a.md"' in kept


@pytest.mark.parametrize("slug", ["", *SLUGS])
def test_every_link_on_the_help_pages_leads_somewhere(client, slug):
    html = client.get(f"/help/{slug}/" if slug else "/help/").content.decode()
    for href in re.findall(r'href="([^"]+)"', html):
        if href.startswith(("http:", "https:", "#", "mailto:")):
            continue
        assert href.startswith("/"), f"relative link {href!r} on /help/{slug}"
        assert client.get(href).status_code in (200, 302), href
