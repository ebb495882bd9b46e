"""The dashboard in a real browser: findings shown, a filter updates the page in place (htmx)."""

from __future__ import annotations

from netwerkkaart.core.network import analyse

URL = "/w/gemeentegem/dashboard/2026/"


def test_filter_by_location_updates_the_figures_in_place(login_as, demo):
    page = login_as("alice")
    page.goto(URL)
    everyone = analyse(demo, round_id="2026").figure("respondents").value
    size = page.locator('[data-finding="size"]')
    assert size.inner_text().startswith(f"{everyone} respondenten")
    page.evaluate("window.__sameDocument = true")

    page.select_option("#id_location", "Stederen")
    stederen = analyse(demo, round_id="2026", location="Stederen").figure("respondents").value
    page.wait_for_function(
        "expected => document.querySelector('[data-finding=size]').innerText.startsWith(expected)",
        arg=f"{stederen} respondenten",
    )
    assert page.evaluate("window.__sameDocument") is True, "the page was not reloaded"
    assert "location=Stederen" in page.url, "the filter is kept in the address"
    assert page.locator(".notice").is_visible()


def test_viewer_reads_bridge_builders_by_category(login_as, demo):
    page = login_as("vera")
    page.goto(URL)
    text = page.locator("#bridges").inner_text()
    # One OCMW/Sociaal Huis per municipality: its category would name it, so its sector shows.
    assert "OCMW/Sociaal Huis" not in text
    assert "Lokaal bestuur" in text
    assert "Sociaal Huis Stederen" not in page.content()


def test_no_card_label_is_clipped_on_desktop_or_phone(login_as, demo):
    """Issue 15 item 4: "Aantal samenwerkingsrelaties" (now "Aantal samenwerkingen") was cut off."""
    page = login_as("alice")
    for width in (1366, 1024, 360):
        page.set_viewport_size({"width": width, "height": 900})
        page.goto(URL)
        labels = page.locator(".card .card-label")
        assert labels.count() >= 4
        assert "Aandeel relaties over sectoren heen" in labels.all_inner_texts()  # the longest
        clipped = page.evaluate(
            """() => [...document.querySelectorAll('.card')].filter(card => {
                const label = card.querySelector('.card-label');
                const box = card.getBoundingClientRect(), text = label.getBoundingClientRect();
                return label.scrollWidth > label.clientWidth + 1
                    || text.right > box.right + 1 || text.left < box.left - 1;
            }).map(card => card.innerText)"""
        )
        assert clipped == [], f"{width} px: {clipped}"
