"""Logging in through the form, in a real browser."""

from __future__ import annotations

from tests.browser.conftest import PASSWORD, log_in


def test_a_wrong_password_shows_an_error_and_stays_on_the_login_page(page, world):
    log_in(page, "alice", "niet-het-wachtwoord")
    assert "/accounts/login/" in page.url
    alert = page.get_by_role("alert")
    assert "combinatie van gebruikersnaam en wachtwoord" in alert.inner_text()
    # The username stays filled in; the password does not.
    assert page.input_value("#id_username") == "alice"
    assert page.input_value("#id_password") == ""


def test_the_right_password_lands_on_the_workspace_list(page, world):
    log_in(page, "alice", PASSWORD)
    assert page.url == page.url.split("/accounts/")[0].rstrip("/") + "/"
    assert page.locator("h1").inner_text() == "Mijn werkruimtes"
    workspaces = page.locator("ul.cards li")
    assert workspaces.count() == 1
    assert "Gemeentegem" in workspaces.first.inner_text()
    # The outsider's workspace is not listed.
    assert "Elders" not in page.locator("main").inner_text()


def test_a_workspace_page_asks_to_log_in_first_and_then_opens(page, world):
    page.goto("/w/gemeentegem/")
    assert "/accounts/login/" in page.url
    page.fill("#id_username", "vera")
    page.fill("#id_password", PASSWORD)
    with page.expect_navigation():
        page.click("form button[type=submit]")
    assert page.url.endswith("/w/gemeentegem/")
    assert page.locator("h1").inner_text() == "Gemeentegem"
