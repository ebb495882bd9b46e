"""The advice page in a real browser: a viewer reads it on a desktop and on a phone, filters it."""

from __future__ import annotations

from tests.browser.accessibility import axe_violations, serious

from netwerkkaart.core.advice import advise
from netwerkkaart.core.advice.rounds import dataset_figure_set

URL = "/w/gemeentegem/aanbevelingen/2026/"


def test_a_viewer_reads_filters_and_follows_the_advice(login_as, demo, tmp_path):
    expected = [r.kind for r in advise(dataset_figure_set(demo, "2026", min_group=5))]
    page = login_as("vera")
    page.set_viewport_size({"width": 1366, "height": 900})
    page.goto(URL)
    kinds = page.locator("article.advice").evaluate_all("els => els.map(e => e.dataset.advice)")
    assert kinds == expected
    assert serious(axe_violations(page)) == []
    page.screenshot(path=str(tmp_path / "advice-1366.png"), full_page=True)

    page.select_option("#advice-sector", "lokaal_bestuur")
    with page.expect_navigation():
        page.click("form.filters button[type=submit]")
    assert "sector=lokaal_bestuur" in page.url
    filtered = page.locator("article.advice").evaluate_all("els => els.map(e => e.dataset.advice)")
    assert "light_ties" not in filtered and "mutual_wish" in filtered
    assert page.locator(".notice").inner_text().startswith("Enkel de aanbevelingen die over Lokaal")

    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(URL)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 360, f"the page scrolls sideways on a phone ({width} px)"
    page.screenshot(path=str(tmp_path / "advice-360.png"), full_page=True)

    page.set_viewport_size({"width": 1366, "height": 900})
    page.goto("/w/gemeentegem/dashboard/2026/")
    page.screenshot(path=str(tmp_path / "dashboard-1366.png"))
    with page.expect_navigation():
        page.locator(".advice-top a").first.click()
    assert page.url.endswith(f"{URL}#advies-{expected[0]}")
    assert page.locator(f"#advies-{expected[0]}").is_visible()
