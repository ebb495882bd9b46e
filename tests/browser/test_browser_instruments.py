"""A group session in real browsers: the facilitator starts it, three participants answer on
phone-sized screens, and the facilitator's page updates the spread and draws the picture."""

from __future__ import annotations

from django_scopes import scopes_disabled
from tests.browser.accessibility import axe_violations, describe, serious

from netwerkkaart.apps.instruments.models import InstrumentSession

PHONE = {"width": 360, "height": 740}
ANSWERS = {  # three participants, far apart on ambition, agreeing on trust
    "ambitie_helder": ("1", "3", "5"),
    "relaties_vertrouwen": ("4", "4", "4"),
}


def answer_on_a_phone(browser, base_url: str, link: str, number: int) -> None:
    context = browser.new_context(locale="nl-BE", base_url=base_url, viewport=PHONE,
                                  is_mobile=True, has_touch=True)  # fmt: skip
    try:
        phone = context.new_page()
        phone.goto(link)
        phone.get_by_role("button", name="Doe mee").click()
        phone.wait_for_selector("#instrument-form")
        assert f"u bent deelnemer {number + 1}" in phone.content()
        for item, values in ANSWERS.items():
            phone.locator(f'input[name="q-{item}"][value="{values[number]}"]').check()
        phone.get_by_role("button", name="Bewaar mijn antwoorden").click()
        phone.wait_for_selector("text=Uw antwoorden zijn bewaard")
        width = phone.evaluate("document.documentElement.scrollWidth")
        assert width <= PHONE["width"], "no sideways scrolling on a phone"
        if number == 0:
            problems = serious(axe_violations(phone))
            assert not problems, describe(problems)
    finally:
        context.close()


def test_facilitator_sees_the_spread_of_three_phones(login_as, world, browser, live_server):
    world.workspace.min_group = 3
    world.workspace.save(update_fields=["min_group"])
    page = login_as("alice")
    page.goto("/w/gemeentegem/instrumenten/")
    # Instruments are listed by purpose, each a radio button with when to use it.
    page.check('input[name="instrument"][value="vijf_condities"]')
    page.fill("#id_network", "zorgraad Dender-Zuid")
    page.fill("#id_held_on", "2026-11-23")
    page.get_by_role("button", name="Start de sessie").click()
    link = page.locator("#join-url").inner_text()
    with scopes_disabled():
        session = InstrumentSession.objects.get()
    assert link.endswith(f"/i/{session.join_key}/")
    assert "verschijnen zodra minstens 3" in page.content()

    for number in range(3):
        answer_on_a_phone(browser, live_server.url, link, number)

    # The facilitator's page polls: without a reload the count, the spread and the picture come.
    page.wait_for_function(
        "() => document.querySelector('#participant-count').dataset.count === '3'", timeout=15_000
    )
    page.wait_for_selector('tr[data-item="ambitie_helder"]')
    first = page.locator("#items tbody tr").first
    assert first.get_attribute("data-item") == "ambitie_helder"  # widest disagreement on top
    cells = first.locator("td.num").all_inner_texts()
    assert cells[:6] == ["3", "1", "2", "3", "4", "5"]  # n, min, q1, median, q3, max
    picture = page.locator(".instrument-picture svg")
    assert picture.count() == 1 and picture.get_attribute("role") == "img"
    assert picture.bounding_box()["width"] > 200
