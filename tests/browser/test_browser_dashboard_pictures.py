"""The dashboard's pictures in a real browser, on a desktop (1366 px) and on a phone (360 px).

With ``NETWERKKAART_SCREENSHOTS=DIR`` set the pages are also saved as PNGs in DIR, to look at.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from tests.browser.accessibility import axe_violations, describe, serious
from tests.fixtures.low_response import low_response_round

from netwerkkaart.apps.rounds.services import import_dataset

URL = "/w/gemeentegem/dashboard/2026/"
PICTURES = ("partner_mix", "profile", "finality_by_group", "response", "ei_by_sector", "mixing")
SHOTS = os.environ.get("NETWERKKAART_SCREENSHOTS")


def violations(page) -> list[dict]:
    """Serious axe violations; on a phone the site's wide tables scroll sideways without
    keyboard focus (a known gap of every page's tables, not of the pictures), so that rule
    counts here only for the pictures."""
    return [v for v in serious(axe_violations(page))
            if v["id"] != "scrollable-region-focusable" or "picture" in " ".join(v["targets"])]  # fmt: skip


def save(page, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(SHOTS) / f"{name}.png"), full_page=True)


@pytest.mark.parametrize("width", [1366, 360])
def test_the_pictures_show_and_their_tables_open_under_them(login_as, demo, width):
    page = login_as("vera")
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(URL)
    for key in PICTURES:
        picture = page.locator(f'figure[data-picture-of="{key}"] svg:visible')
        assert picture.count() == 1, key  # one of its two widths
        picture.scroll_into_view_if_needed()
        assert picture.is_visible(), key
        assert picture.get_attribute("role") == "img" and picture.get_attribute("aria-label")
        box = picture.bounding_box()
        assert box["width"] >= 300 and box["height"] > 60, key
        assert box["x"] >= 0 and box["x"] + box["width"] <= width + 0.5, key  # never cut off
    scrolled = page.evaluate("document.documentElement.scrollWidth")
    assert scrolled <= width, f"the page scrolls sideways ({scrolled} px at {width} px)"
    # The table of the response is folded under its picture and opens with one click.
    table = page.locator("#response")
    assert not table.is_visible()
    summary = page.locator("#response").locator("xpath=ancestor::details/summary")
    summary.click()
    assert table.is_visible()
    failing = violations(page)
    assert not failing, describe(failing)
    save(page, f"dashboard-pictures-{width}")


@pytest.mark.parametrize("width", [1366, 360])
def test_the_comparison_warns_and_sets_the_rounds_side_by_side(login_as, demo, world, width):
    import_dataset(world.workspace, low_response_round(demo, "2026", "2027", keep=25), user=None)
    page = login_as("alice")
    page.set_viewport_size({"width": width, "height": 900})
    page.goto("/w/gemeentegem/reports/vergelijk/?van=2026&naar=2027")
    assert page.locator("#response-warning").is_visible()
    pair = page.locator('[data-multiples="partner_mix"] figure')
    assert pair.count() == 2
    first, second = (pair.nth(i).bounding_box() for i in range(2))
    if width == 1366:
        assert abs(first["y"] - second["y"]) < 2 and second["x"] > first["x"]  # side by side
    else:
        assert second["y"] >= first["y"] + first["height"] - 1  # one under the other
    scrolled = page.evaluate("document.documentElement.scrollWidth")
    assert scrolled <= width, f"the page scrolls sideways ({scrolled} px at {width} px)"
    failing = violations(page)
    assert not failing, describe(failing)
    save(page, f"compare-{width}")
