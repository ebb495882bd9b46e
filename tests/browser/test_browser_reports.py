"""Reports in a real browser: the PDF downloads from the dashboard, the comparison page reads."""

from __future__ import annotations

from pypdf import PdfReader
from tests.browser.accessibility import axe_violations, describe, serious

from netwerkkaart.core.compare import tie_changes


def test_the_report_downloads_from_the_dashboard(login_as, demo, tmp_path):
    page = login_as("alice")
    page.goto("/w/gemeentegem/dashboard/2026/")
    with page.expect_download(timeout=60_000) as download:
        page.get_by_role("link", name="Rapport (PDF)").click()
    assert download.value.suggested_filename == "netwerkkaart-gemeentegem-2026.pdf"
    target = tmp_path / "rapport.pdf"
    download.value.save_as(target)
    reader = PdfReader(target)
    assert len(reader.pages) >= 10
    assert "Samenwerking in Gemeentegem" in reader.pages[0].extract_text()


def test_the_comparison_page_switches_rounds_and_passes_axe(login_as, demo):
    page = login_as("bob")
    page.goto("/w/gemeentegem/dashboard/2026/")
    page.get_by_role("link", name="Rondes vergelijken").click()
    changes = tie_changes(demo.for_round("2025"), demo.for_round("2026"))
    new = changes.filter(changes["change"] == "new").height
    row = page.locator('#tie-changes [data-kind="new"] td')
    assert row.inner_text() == str(new)
    # The map is drawn in the page: new ties as one path, with its count.
    assert page.locator('svg path[data-kind="new"]').get_attribute("data-count") == str(new)
    problems = serious(axe_violations(page))
    assert not problems, describe(problems)

    page.select_option("#van", "2026")
    page.select_option("#naar", "2025")
    page.get_by_role("button", name="Vergelijk").click()
    page.wait_for_url("**van=2026**")
    # Backwards, what was new has ended — or is not reported, by those who did not answer 2025.
    ended = int(page.locator('#tie-changes [data-kind="ended"] td').inner_text())
    unknown = int(page.locator('#tie-changes [data-kind="not_reported"] td').inner_text())
    assert 0 < ended < new and ended + unknown == new
