"""The language switch in the header turns the whole interface to English, and remembers it."""

from __future__ import annotations


def test_the_switch_in_the_header_shows_the_page_in_english(login_as, world):
    page = login_as("alice")
    page.goto("/w/gemeentegem/rounds/")
    assert page.locator("html").get_attribute("lang") == "nl-be"
    assert page.get_by_role("link", name="Rondes").is_visible()

    with page.expect_navigation():
        page.select_option("#language-select", "en")
    # Back on the same page, now in English.
    assert page.url.endswith("/w/gemeentegem/rounds/")
    assert page.locator("html").get_attribute("lang") == "en"
    header = page.locator("header")
    assert header.get_by_role("link", name="Rounds").is_visible()
    assert header.get_by_role("button", name="Log out").is_visible()
    assert "Rondes" not in header.inner_text()

    # The choice holds on the next page.
    page.goto("/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("h1").inner_text() != "Mijn werkruimtes"


def test_switching_back_gives_dutch_again(page, world):
    page.goto("/accounts/login/")
    with page.expect_navigation():
        page.select_option("#language-select", "en")
    assert page.get_by_role("heading", name="Log in").is_visible()
    with page.expect_navigation():
        page.select_option("#language-select", "nl-be")
    assert page.get_by_role("heading", name="Aanmelden").is_visible()
