"""The tie-quality section in a real browser, on a desktop and on a 360 px phone: readable,
the seven dimensions behind a summary, and no table wider than the screen."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from tests.core.network.test_tie_quality import scaled_round

from netwerkkaart.apps.rounds.services import import_dataset

URL = "/w/gemeentegem/dashboard/2026/"
SHOTS = os.environ.get("NETWERKKAART_SHOTS")  # a folder: keep the screenshots to look at


@pytest.mark.parametrize("width", [1366, 360])
def test_the_scales_fit_the_screen(login_as, world, width):
    import_dataset(world.workspace, scaled_round(), user=None)
    page = login_as("vera")
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(URL)
    section = page.locator("section[aria-labelledby=scales-title]")
    assert "Zorg → Welzijn" in section.inner_text() and "2,6" in section.inner_text()
    page.click("details.scale-dimensions summary")
    assert page.locator("#scale-dimensions").is_visible()
    # The page itself never scrolls sideways; a wide table scrolls inside its own box.
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        section.screenshot(path=str(Path(SHOTS) / f"scales-{width}.png"))
        page.locator("#perception").screenshot(path=str(Path(SHOTS) / f"perception-{width}.png"))


@pytest.mark.parametrize("width", [1366, 360])
def test_the_coordinator_sees_the_scales_to_switch_on(login_as, world, width):
    from netwerkkaart.apps.surveys import services

    services.open_survey(world.workspace, code="2027", user=None)
    page = login_as("alice")
    page.set_viewport_size({"width": width, "height": 900})
    page.goto("/w/gemeentegem/surveys/2027/questionnaire/")
    scales = page.locator("input[name=scales]")
    assert scales.count() == 2 and not scales.first.is_checked()
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        page.locator("form:has(input[name=scales])").screenshot(
            path=str(Path(SHOTS) / f"setup-{width}.png")
        )
