"""A respondent answers the questionnaire on a phone, stops halfway, resumes, and hands it in.

The personal link is opened in a phone-sized, touch context (360 x 740). Each answer is saved the
moment it is given (htmx), so closing the page halfway loses nothing; the coordinator then closes
the round and the ties appear on the dashboard, while the old link gets the "closed" page.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator

import pytest
from django_scopes import scope
from playwright.sync_api import expect
from tests.apps.surveys.conftest import register, survey_world
from tests.apps.surveys.helpers import answer_partner
from tests.browser.accessibility import axe_violations, describe, serious
from tests.browser.conftest import FAILURES, TIMEOUT_MS

from netwerkkaart.apps.rounds.frames import dataset_for_round
from netwerkkaart.apps.surveys.answering import PARTNERS_QUESTION
from netwerkkaart.apps.surveys.models import Answer, Invitation
from netwerkkaart.core.network import analyse

__all__ = ["register", "survey_world"]  # the fixtures of the survey tests, used here too

WIDTH, HEIGHT = 360, 740
# More steps than the questionnaire has with two partners: a walk that does not end is a failure.
MAX_STEPS = 40
STEP = re.compile(r"/step/(\d+)/")


@pytest.fixture
def phone(browser, live_server, request: pytest.FixtureRequest) -> Iterator[object]:
    """A browser context like a phone's (360 px wide, touch), on the live server."""
    context = browser.new_context(
        locale="nl-BE",
        base_url=live_server.url,
        viewport={"width": WIDTH, "height": HEIGHT},
        is_mobile=True,
        has_touch=True,
    )
    context.set_default_timeout(TIMEOUT_MS)
    failed = request.session.testsfailed
    try:
        yield context
        if request.session.testsfailed > failed:
            FAILURES.mkdir(parents=True, exist_ok=True)
            name = re.sub(r"[^\w.-]+", "_", request.node.nodeid)
            for index, page in enumerate(context.pages):
                page.screenshot(path=str(FAILURES / f"{name}-{index}.png"), full_page=True)
    finally:
        context.close()


def stored(world, question: str, partner: str = "", respondent: str = "HA-1") -> object:
    """The answer respondent ``respondent`` (a register id) saved, read from the database."""
    with scope(workspace=world.workspace):
        pseudonym = Invitation.objects.get(
            workspace=world.workspace, actor__external_id=respondent
        ).pseudonym
        row = Answer.objects.filter(
            response__pseudonym=pseudonym, question=question, partner=partner
        ).first()
        return None if row is None else row.value


def others_answer(survey_world) -> None:
    """Four more respondents name one partner each, so the round has enough respondents (5) for
    its network figures to be shown."""
    for respondent, partner in (("HA-2", "TV-1"), ("TV-1", "CAW-1"), ("CAW-1", "HA-1"),
                                ("BC-1", "OCMW-1")):  # fmt: skip
        answer_partner(survey_world.visit(respondent), partner, finality="informatiedeling")


def fits_the_screen(page, where: str) -> None:
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= WIDTH, f"{where}: the page scrolls sideways ({width} px wide at {WIDTH} px)"


def accessible(page, where: str, *, known: tuple[str, ...] = ()) -> None:
    """No axe-core violation of impact serious or critical (every violation is printed).

    ``known`` names rules whose violations are reported but tolerated for now.
    """
    violations = axe_violations(page)
    print(f"axe, {where}:\n{describe(violations)}")
    failing = [v for v in serious(violations) if v["id"] not in known]
    assert not failing, f"{where}:\n{describe(failing)}"


def step_number(page) -> int:
    found = STEP.search(page.url)
    assert found, f"not on a step page: {page.url}"
    return int(found.group(1))


def tap_and_wait(page, locator) -> None:
    """Tap a link or submit button and wait for the page it leads to."""
    with page.expect_navigation():
        locator.tap()


def next_step(page) -> None:
    tap_and_wait(page, page.get_by_role("button", name="Volgende", exact=True))


def next_until(page, arrived) -> None:
    """Press "Volgende" until ``arrived(page)`` holds."""
    for _ in range(MAX_STEPS):
        if arrived(page):
            return
        assert "/end/" not in page.url, "reached the end page without finding the step"
        next_step(page)
    raise AssertionError("the step was not found")


def option(page, question: str, label: str):
    """The option ``label`` (exactly) of question ``question``."""
    exact = re.compile(rf"^\s*{re.escape(label)}\s*$")
    return page.locator(f"fieldset#{question} label.option").filter(has_text=exact)


def answer_by_tapping(page, question: str, label: str, code: str) -> None:
    """Tap an option's label; the answer is saved on its own (no "Volgende" pressed)."""
    with page.expect_response(
        lambda r: (
            r.url.endswith("/answer/") and f"q-{question}={code}" in (r.request.post_data or "")
        )
    ) as saved:
        option(page, question, label).tap()
    assert saved.value.status == 200
    expect(page.locator(f"fieldset#{question} input[value='{code}']")).to_be_checked()
    expect(page.locator(f"#saved-{question}")).to_contain_text("✓ Bewaard")


def test_a_respondent_answers_on_a_phone_stops_halfway_resumes_and_hands_in(
    phone, login_as, world, survey_world
):
    others_answer(survey_world)
    link = f"/s/{survey_world.tokens['HA-1']}/"

    # -- first visit: start, profile, partners, the first partner's collaboration -------------
    page = phone.new_page()
    page.goto(link)
    begin = page.get_by_role("link", name="Beginnen", exact=True)
    expect(begin).to_be_visible()
    fits_the_screen(page, "start page")
    accessible(page, "start page")
    tap_and_wait(page, begin)
    profile_step = page.url
    assert step_number(page) == 0

    expect(page.locator("fieldset#scope")).to_be_visible()
    fits_the_screen(page, "profile step")
    accessible(page, "profile step (radios)")
    answer_by_tapping(page, "scope", "Gemeente of stad", "gemeente")
    assert stored(world, "scope") == "gemeente", "the autosave did not reach the database"

    next_until(page, lambda p: p.locator("input[type=search]").count() > 0)
    partners_step = page.url
    fits_the_screen(page, "partner list")
    accessible(page, "partner list")
    search = page.locator("input[type=search]")
    search.tap()
    search.press_sequentially("Sociaal", delay=40)
    suggestion = page.get_by_role(
        "button", name=re.compile(r"^Toevoegen: Sociaal Huis Gemeentegem")
    )
    expect(suggestion).to_be_visible()
    tap_and_wait(page, suggestion)
    entries = page.locator("ul.entries")
    expect(entries).to_contain_text("Sociaal Huis Gemeentegem")

    unlisted = page.locator("details.unlisted")
    unlisted.locator("summary").tap()
    unlisted.locator(f"#name-{PARTNERS_QUESTION}").fill("Apotheek Centrum")
    unlisted.locator(f"#sector-{PARTNERS_QUESTION}").select_option("zorg")
    tap_and_wait(page, unlisted.get_by_role("button", name="Toevoegen", exact=True))
    expect(entries).to_contain_text("Apotheek Centrum")
    expect(entries.locator("li")).to_have_count(2)
    fits_the_screen(page, "partner list with two partners")
    assert stored(world, PARTNERS_QUESTION) == [
        {"actor": "OCMW-1"},
        {"name": "Apotheek Centrum", "sector": "zorg"},
    ]

    next_until(
        page,
        lambda p: (
            p.locator("fieldset#finality").count() > 0
            and "Sociaal Huis Gemeentegem" in p.locator(".partner-heading").inner_text()
        ),
    )
    collaboration_step = page.url
    fits_the_screen(page, "collaboration with the first partner")
    answer_by_tapping(page, "finality", "Afstemming", "afstemming")
    answer_by_tapping(page, "frequency", "Wekelijks", "wekelijks")
    assert stored(world, "frequency", "a:OCMW-1") == "wekelijks"
    page.close()  # halfway: no "Volgende", no "indienen"

    # -- second visit: resume where we stopped, everything still there, hand in --------------
    page = phone.new_page()
    page.goto(link)
    resume = page.get_by_role("link", name="Verdergaan waar u gebleven was")
    expect(resume).to_be_visible()
    tap_and_wait(page, resume)
    assert page.url == collaboration_step
    expect(page.locator(".partner-heading")).to_contain_text("partner 1 van 2")
    expect(page.locator("fieldset#finality input[value='afstemming']")).to_be_checked()
    expect(page.locator("fieldset#frequency input[value='wekelijks']")).to_be_checked()

    page.goto(profile_step)
    expect(page.locator("fieldset#scope input[value='gemeente']")).to_be_checked()
    page.goto(partners_step)
    expect(page.locator("ul.entries li")).to_have_count(2)
    expect(page.locator("ul.entries")).to_contain_text("Sociaal Huis Gemeentegem")
    expect(page.locator("ul.entries")).to_contain_text("Apotheek Centrum")

    for _ in range(MAX_STEPS):
        if page.url.endswith("/end/"):
            break
        next_step(page)
    assert page.url.endswith("/end/"), "the last step did not lead to the end page"
    fits_the_screen(page, "end page")
    tap_and_wait(page, page.get_by_role("button", name="Antwoorden indienen"))
    assert page.url.endswith("/profile/")
    fits_the_screen(page, "profile page")
    expect(page.locator("h1")).to_contain_text("samenwerkingsprofiel")
    expect(page.locator("main")).to_contain_text("U noemde 2 partners.")
    expect(page.locator("main")).to_contain_text("Wie doet wat in het netwerk?")
    # Her partners' sectors: the Sociaal Huis is local government, the pharmacy care.
    sectors = page.locator("section[aria-labelledby=sector-title] tbody")
    expect(sectors).to_contain_text("Lokaal bestuur")
    expect(sectors).to_contain_text("Zorg")
    # The tables scroll sideways inside a focusable, named region, so the keyboard reaches them.
    accessible(page, "profile page")
    assert survey_world.visit("HA-1").response.finished_at is not None

    # -- the coordinator closes the round: the ties are on the dashboard, the link is closed --
    coordinator = login_as("alice")
    coordinator.goto("/w/gemeentegem/surveys/2027/close/")
    with coordinator.expect_navigation():
        coordinator.get_by_role("button", name="Ja, afsluiten").click()
    assert coordinator.url.endswith("/w/gemeentegem/dashboard/2027/")
    # Six ties written: her two and one from each of the four others.
    expect(coordinator.locator("main")).to_contain_text("6 samenwerkingen van 5 respondenten")
    expected = analyse(dataset_for_round(world.workspace, "2027"), min_group=1)
    ties = expected.figure("ties").value
    assert ties >= 2
    card = coordinator.locator("[data-measure=ties] .card-value")
    expect(card).to_have_text(re.compile(rf"^\s*{ties}\s*$"))
    assert expected.figure("respondents").value == 5

    closed = phone.new_page()
    response = closed.goto(link)
    assert response.status == 410
    expect(closed.locator("[data-problem=closed]")).to_contain_text("afgesloten")
    fits_the_screen(closed, "closed link")


def test_a_step_can_be_answered_with_the_keyboard_alone(page, world, survey_world):
    page.goto(f"/s/{survey_world.tokens['HA-1']}/step/0/")
    scope_radio = "document.activeElement && document.activeElement.name === 'q-scope'"
    for _ in range(60):
        if page.evaluate(scope_radio):
            break
        page.keyboard.press("Tab")
    assert page.evaluate(scope_radio), "Tab never reached the scope question"
    # Nothing was chosen: Tab lands on the first option; Space chooses it, an arrow the next.
    with page.expect_response(
        lambda r: r.url.endswith("/answer/") and "q-scope=buurt" in (r.request.post_data or "")
    ):
        page.keyboard.press("Space")
    expect(page.locator("fieldset#scope input[value='buurt']")).to_be_checked()
    with page.expect_response(
        lambda r: r.url.endswith("/answer/") and "q-scope=gemeente" in (r.request.post_data or "")
    ) as saved:
        page.keyboard.press("ArrowDown")
    assert saved.value.status == 200
    expect(page.locator("fieldset#scope input[value='gemeente']")).to_be_checked()
    expect(page.locator("#saved-scope")).to_contain_text("✓ Bewaard")
    assert page.evaluate("document.activeElement.value") == "gemeente"
    assert stored(world, "scope") == "gemeente"


def test_a_respondent_answers_the_tie_quality_blocks_on_a_phone(phone, world, survey_world):
    from netwerkkaart.apps.surveys import services

    services.configure_questionnaire(
        survey_world.survey, disabled_sections=[], own_questions=[],
        enabled_sections=["samenwerkingsniveau", "relationele_coordinatie"], user=None,
    )  # fmt: skip
    answer_partner(survey_world.visit("HA-1"), "CAW-1", finality="afstemming")
    page = phone.new_page()
    page.goto(f"/s/{survey_world.tokens['HA-1']}/")
    tap_and_wait(page, page.get_by_role("link", name="Verdergaan waar u gebleven was"))
    next_until(page, lambda p: p.locator("fieldset#collaboration_level").count() > 0)
    fits_the_screen(page, "level of collaboration")
    accessible(page, "level of collaboration")
    label = ("3 - Coördinatie: we delen informatie en middelen, hebben vaste rollen, spreken "
             "elkaar geregeld en beslissen sommige dingen samen.")  # fmt: skip
    answer_by_tapping(page, "collaboration_level", label, "3")
    assert stored(world, "collaboration_level", "a:CAW-1") == "3"
    shots = os.environ.get("NETWERKKAART_SHOTS")
    if shots:
        page.screenshot(path=f"{shots}/respond-level-360.png", full_page=True)
    next_until(page, lambda p: p.locator("fieldset#rc_timely").count() > 0)
    fits_the_screen(page, "relational coordination")
    accessible(page, "relational coordination")
    answer_by_tapping(page, "rc_timely", "4", "4")
    assert stored(world, "rc_timely", "a:CAW-1") == 4
    if shots:
        page.screenshot(path=f"{shots}/respond-rc-360.png", full_page=True)
