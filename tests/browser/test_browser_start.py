"""A municipality starts for real, in a real browser, with mail through a real SMTP server.

First run (no account yet) → the site administrator → a workspace with its first coordinator
invited by mail → the coordinator sets a password → invites an analyst and a viewer, who set
theirs → the register is imported from the Excel template the home page offers, filled in →
the home page ticks the first step → the analyst forgets the password and resets it through the
mail. Each mail is read from the
aiosmtpd server the test starts (as the survey mail tests do), and each link in it is followed.

Every new page is checked to fit a 360 px phone; with ``NETWERKKAART_SCREENSHOTS=DIR`` set, they
are also saved as PNGs (1366 px and 360 px wide) in DIR, to look at.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django_scopes import scopes_disabled
from openpyxl import load_workbook
from tests.apps.accounts.conftest import INVITATION_LINK, RESET_LINK, start_smtp
from tests.browser.accessibility import axe_violations, describe, serious
from tests.browser.conftest import TIMEOUT_MS

from netwerkkaart.apps.register.models import Actor
from netwerkkaart.apps.workspaces.models import AuditEntry, Membership, Workspace

ADMIN_PASSWORD = "Duizendblad-Kouter-31"
COORDINATOR = "sofie.coordinatie@stederen.be"
ANALYST = "driss.analyse@stederen.be"
VIEWER = "jaak.lezer@stederen.be"
PASSWORDS = {
    COORDINATOR: "Lindeboom-Stederen-58",
    ANALYST: "Klaproos-Leefhoek-77",
    VIEWER: "Paardenbloem-Markt-64",
}
NEW_PASSWORD = "Vlierbes-Noordwijk-92"
# The register as a coordinator types it into the template: the drop-down lists' labels.
REGISTER_ROWS = [
    ["HA-1", "Huisartsenpraktijk De Linde", "Zelfstandige zorgprofessional", "Zorg", "Huisartsen",
     "Stederen"],
    ["CAW-1", "CAW Oost", "Welzijnsorganisatie", "Welzijn", "CAW", "Stederen"],
    ["OCMW-1", "Sociaal Huis Stederen", "Lokaal bestuur", "Lokaal bestuur", "OCMW/Sociaal Huis",
     "Stederen"],
    ["BC-1", "Buurtcomité Kouter", "Informele actor", "Informele actoren", "Buurtcomité",
     "Stederen"],
]  # fmt: skip
SHOTS = os.environ.get("NETWERKKAART_SCREENSHOTS", "")


@pytest.fixture
def inbox(settings, live_server):
    inbox, controller = start_smtp(settings, site_url=live_server.url)
    yield inbox
    controller.stop()


@pytest.fixture
def people(browser, live_server):
    """A fresh browser context per person (own cookies), Dutch, desktop-sized."""
    contexts = []

    def new_page(width: int = 1366, height: int = 900):
        context = browser.new_context(
            locale="nl-BE", base_url=live_server.url, viewport={"width": width, "height": height}
        )
        context.set_default_timeout(TIMEOUT_MS)
        contexts.append(context)
        return context.new_page()

    yield new_page
    for context in contexts:
        context.close()


def shoot(page, name: str) -> None:
    """The page has no serious accessibility violation (axe-core) and fits a 360 px phone
    without sideways scrolling; with NETWERKKAART_SCREENSHOTS set it is also saved at 1366 px
    and at 360 px."""
    failing = serious(axe_violations(page))
    assert not failing, f"{name}:\n{describe(failing)}"
    folder = Path(SHOTS) if SHOTS else None
    if folder:
        folder.mkdir(parents=True, exist_ok=True)
    for width in (1366, 360):
        page.set_viewport_size({"width": width, "height": 900})
        if width == 360:
            scrolled = page.evaluate("document.documentElement.scrollWidth")
            assert scrolled <= width, f"{name}: {scrolled} px wide on a {width} px phone"
        if folder:
            page.screenshot(path=str(folder / f"{name}-{width}.png"), full_page=True)
    page.set_viewport_size({"width": 1366, "height": 900})


def submit(page, label: str) -> None:
    with page.expect_navigation():
        page.get_by_role("button", name=label).click()


def link_in_mail(inbox, address: str, pattern: re.Pattern) -> str:
    messages = inbox.to(address)
    assert messages, f"no mail to {address}"
    found = pattern.search(inbox.body(messages[-1]))
    assert found, f"no link in the mail to {address}"
    return found.group(0)


def accept(people, inbox, address: str, first: str, last: str):
    """Open the invitation link from the mail in a fresh browser and set a password."""
    page = people()
    page.goto(link_in_mail(inbox, address, INVITATION_LINK))
    assert page.get_by_role("heading", name="Welkom in Sociaal Huis Stederen").is_visible()
    page.fill("#id_first_name", first)
    page.fill("#id_last_name", last)
    page.fill("#id_password1", PASSWORDS[address])
    page.fill("#id_password2", PASSWORDS[address])
    submit(page, "Account aanmaken en deelnemen")
    assert page.url.endswith("/w/stederen/"), page.url
    return page


def steps_done(page) -> dict[str, bool]:
    items = page.locator("ol.steps li")
    return {
        items.nth(i).get_attribute("data-step"): items.nth(i).get_attribute("data-done") == "true"
        for i in range(items.count())
    }


def test_a_municipality_starts_from_an_empty_site(people, inbox, settings, tmp_path):
    settings.NETWERKKAART_IMPORT_SYNC = True
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

    # 1. First run: the empty site asks for its administrator, once.
    admin = people()
    admin.goto("/")
    assert admin.url.endswith("/accounts/setup/")
    shoot(admin, "start-setup")
    admin.fill("#id_username", "beheer")
    admin.fill("#id_email", "ict@stederen.be")
    admin.fill("#id_first_name", "Ilse")
    admin.fill("#id_last_name", "Peeters")
    admin.fill("#id_password1", ADMIN_PASSWORD)
    admin.fill("#id_password2", ADMIN_PASSWORD)
    submit(admin, "Beheerder aanmaken")
    assert admin.url.endswith("/site/new/")
    assert get_user_model().objects.get(username="beheer").is_superuser

    # 2. The workspace, with its first coordinator invited by mail.
    admin.fill("#id_name", "Sociaal Huis Stederen")
    admin.fill("#id_slug", "stederen")
    admin.fill("#id_description", "Zorg en welzijn in Stederen.")
    admin.fill("#id_locations_text", "Stederen\nStederen-Noord")
    admin.fill("#id_min_group", "3")
    admin.fill("#id_coordinator_email", COORDINATOR)
    shoot(admin, "start-site-new")
    # The floor, in the form: the browser refuses 3 before sending (the server would too).
    assert admin.locator("#id_min_group").evaluate("field => field.validity.rangeUnderflow")
    assert admin.get_by_text("Op deze site minstens 5.").is_visible()
    admin.fill("#id_min_group", "5")
    submit(admin, "Werkruimte aanmaken")
    assert admin.url.endswith("/site/stederen/")
    assert admin.get_by_text(COORDINATOR).is_visible()  # pending
    shoot(admin, "start-site-detail")
    assert Workspace.objects.get(slug="stederen").locations == ["Stederen", "Stederen-Noord"]

    # 3. The coordinator follows the mail's link and sets a password.
    coordinator = accept(people, inbox, COORDINATOR, "Sofie", "Claes")
    assert steps_done(coordinator) == dict.fromkeys(
        ["register", "answers", "dashboard", "session", "report"], False
    )
    shoot(coordinator, "start-home-new")

    # 4. ... and invites an analyst and a viewer from the members page.
    coordinator.get_by_role("link", name="Leden").click()
    coordinator.wait_for_url("**/members/")
    for address, role in ((ANALYST, "analyst"), (VIEWER, "viewer")):
        coordinator.fill("#id_email", address)
        coordinator.select_option("#id_role", role)
        submit(coordinator, "Uitnodiging versturen")
        assert coordinator.get_by_text(f"Uitnodiging verstuurd naar {address}.").is_visible()
    shoot(coordinator, "start-members")
    accept(people, inbox, ANALYST, "Driss", "Maes")
    viewer = accept(people, inbox, VIEWER, "Jaak", "Wouters")
    assert viewer.locator("a[href$='/register/import/']").count() == 0
    with scopes_disabled():
        roles = dict(
            Membership.objects.filter(workspace__slug="stederen").values_list("user__email", "role")
        )
    assert roles == {COORDINATOR: "coordinator", ANALYST: "analyst", VIEWER: "viewer"}

    # 5. The register from the Excel template the home page offers, filled in and imported.
    coordinator.goto("/w/stederen/")
    with coordinator.expect_download() as download:
        coordinator.get_by_role("link", name="Sjabloon downloaden (Excel)").click()
    template = tmp_path / "sjabloon.xlsx"
    download.value.save_as(template)
    book = load_workbook(template)
    assert [c.value for c in book["actoren"][1]][:4] == ["id", "naam", "type actor", "sector"]
    for row in REGISTER_ROWS:
        book["actoren"].append(row)
    filled = tmp_path / "register Stederen.xlsx"
    book.save(filled)
    coordinator.locator("a[href$='/register/import/']").first.click()
    coordinator.wait_for_url("**/register/import/")
    coordinator.set_input_files("input[name=file]", str(filled))
    submit(coordinator, "Inlezen")
    assert "/register/" in coordinator.url and coordinator.get_by_text("CAW Oost").is_visible()
    with scopes_disabled():
        coded = dict(
            Actor.objects.filter(workspace__slug="stederen").values_list("external_id", "sector")
        )
    assert coded == {"HA-1": "zorg", "CAW-1": "welzijn", "OCMW-1": "lokaal_bestuur",
                     "BC-1": "informeel"}  # fmt: skip
    coordinator.goto("/w/stederen/")
    ticked = steps_done(coordinator)
    assert ticked["register"] and not any(v for k, v in ticked.items() if k != "register")
    assert "next" in coordinator.locator("li[data-step=answers]").get_attribute("class")
    coordinator.goto("/w/stederen/audit/")
    for words in (
        "Register ingelezen: 4 nieuwe en 0 bijgewerkte actoren",
        f"{ANALYST} uitgenodigd als analist",
        "Driss Maes aanvaardde de uitnodiging",
    ):
        assert coordinator.get_by_text(words).first.is_visible(), words
    shoot(coordinator, "start-audit")

    # 6. The analyst forgot the password: a reset through the mail.
    forgetful = people()
    forgetful.goto("/accounts/login/")
    forgetful.get_by_role("link", name="Wachtwoord vergeten?").click()
    forgetful.wait_for_url("**/password/reset/")
    forgetful.fill("#id_email", ANALYST)
    submit(forgetful, "Link versturen")
    assert forgetful.get_by_role("heading", name="Kijk in uw mailbox").is_visible()
    forgetful.goto(link_in_mail(inbox, ANALYST, RESET_LINK))
    forgetful.fill("#id_new_password1", NEW_PASSWORD)
    forgetful.fill("#id_new_password2", NEW_PASSWORD)
    submit(forgetful, "Wachtwoord bewaren")
    assert forgetful.get_by_role("heading", name="Wachtwoord bewaard").is_visible()
    forgetful.goto("/accounts/login/")
    forgetful.fill("#id_username", ANALYST)
    forgetful.fill("#id_password", NEW_PASSWORD)
    submit(forgetful, "Aanmelden")
    assert forgetful.get_by_role("link", name="Sociaal Huis Stederen").is_visible()
    forgetful.goto("/accounts/")
    shoot(forgetful, "start-account")
    with scopes_disabled():
        assert AuditEntry.objects.filter(action="accounts.password_reset").count() == 1

    # The first-run page never shows again.
    assert people().goto("/accounts/setup/").status == 404
