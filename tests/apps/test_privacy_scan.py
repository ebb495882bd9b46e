"""The promise to respondents, tested by rule: no output shows a figure about a small group.

A workspace holds the demo rounds with two small groups of respondents: a location (Kleindorp)
and a respondent type (informal actors) with two respondents each, and a survey round where two
invitees are informal actors. Every page, export and JSON of the workspace is fetched as every
role, plus the dashboard filtered down to each small group, and every output is scanned:

* no count of fewer respondents than the minimum group is written anywhere ("2 respondenten");
* no table row, list item or line about a small group carries a figure;
* a page filtered down to a small group shows no figure at all;
* no sector pair with a small side (perception gaps: either side; the wished network and the
  factors per sector pair: the respondents' side) carries a figure;
* nobody's wishes are listed one by one.
"""

from __future__ import annotations

import datetime
import html
import io
import re

import openpyxl
import polars as pl
import pytest
from django.utils import timezone
from django_scopes import scopes_disabled
from tests.apps.conftest import demo_dataset
from tests.apps.reports.pdf_helpers import pdf_text
from tests.apps.test_url_walk import fill, workspace_patterns

from netwerkkaart.apps.instruments.services import start_session
from netwerkkaart.apps.register.models import Actor
from netwerkkaart.apps.register.services import import_actors
from netwerkkaart.apps.rounds.services import import_dataset
from netwerkkaart.apps.surveys.models import Response
from netwerkkaart.apps.surveys.services import invite, open_survey
from netwerkkaart.core import vocab
from netwerkkaart.core.dataset import Dataset

SMALL_LOCATION = "Kleindorp"
SMALL_TYPE = "informele_actor"
SMALL_SECTOR = "informeel"
MIN_GROUP = 5
USERS = ("alice", "bob", "vera")
SEES_NAMES = {"alice", "bob"}
# A register id (GG-HA-01): a row that names one actor is about that actor, not about a group.
ACTOR_ID = re.compile(r"\b[A-Z]{2}-[A-Z0-9]+(?:-[A-Z0-9]+)*\b")

# Words a count of people comes with, in both languages.
PEOPLE = r"(?:respondent(?:en|s)?|deelnemers?|participants?|uitgenodigden?|invitees?|genodigden?)"
# Phrases that name the threshold rather than a group's size.
THRESHOLD = re.compile(r"(?:minder dan|fewer than|less than|ten minste|at least|minstens|<)\s*\d+")


def small_group_dataset() -> Dataset:
    """The demo with two informal respondents left and two welfare respondents moved to Kleindorp."""
    demo = demo_dataset()
    ties = demo.ties
    informal = sorted(ties.filter(pl.col("respondent_type") == SMALL_TYPE)["respondent"].unique())
    dropped = informal[2:]
    welfare_in_gemeentegem = ties.filter(
        (pl.col("location") == "Gemeentegem") & (pl.col("respondent_type") == "welzijnsorganisatie")
    )
    movers = sorted(welfare_in_gemeentegem["respondent"].unique())[:2]

    def reshape(frame: pl.DataFrame) -> pl.DataFrame:
        frame = frame.filter(~pl.col("respondent").is_in(dropped))
        if "location" in frame.columns:
            moved = pl.when(pl.col("respondent").is_in(movers)).then(pl.lit(SMALL_LOCATION))
            frame = frame.with_columns(moved.otherwise(pl.col("location")).alias("location"))
        return frame

    actors = demo.actors.with_columns(
        pl.when(pl.col("id").is_in(movers))
        .then(pl.lit(SMALL_LOCATION))
        .otherwise(pl.col("location"))
        .alias("location")
    )
    return Dataset(
        ties=reshape(ties),
        wishes=reshape(demo.wishes),
        unknown=reshape(demo.unknown),
        actors=actors,
    )


@pytest.fixture
def scanned(world, settings) -> list[str]:
    settings.NETWERKKAART_IMPORT_SYNC = True
    # The coordinator's pairs page is scanned with the pairs shown (a coordinator's choice).
    world.workspace.perception_pairs = True
    world.workspace.save(update_fields=["perception_pairs"])
    data = small_group_dataset()
    import_actors(world.workspace, None, data.actors.iter_rows(named=True), source="demo")
    import_dataset(world.workspace, data, user=None)
    with scopes_disabled():
        actors = list(Actor.objects.filter(workspace=world.workspace).order_by("pk"))
    informal = [a for a in actors if a.actor_type == SMALL_TYPE][:2]
    others = [a for a in actors if a.actor_type != SMALL_TYPE][:20]
    survey = open_survey(world.workspace, code="2027", user=None)
    invitations = invite(survey, informal + others, user=None)
    # Both informal invitees handed in, and seven others: a group of two that finished.
    with scopes_disabled():
        for invitation in invitations[:9]:
            Response.objects.create(
                workspace=world.workspace,
                round=survey.round,
                pseudonym=invitation.pseudonym,
                finished_at=timezone.now(),
            )
    session = start_session(
        world.workspace,
        "vijf_condities",
        network="netwerk Leefhoek",
        held_on=datetime.date(2026, 11, 23),
        user=None,
    )
    values = {"workspace": "gemeentegem", "code": "2026", "pk": actors[0].pk, "index": 0}
    urls = []
    for route in workspace_patterns():
        if "<int:job_id>" in route:
            continue  # an import job's page shows a file's progress, no figures about groups
        if "/surveys/" in route:
            urls.append(fill(route, {**values, "code": "2027", "pk": invitations[0].pk}))
        elif "/instrumenten/" in route:
            urls.append(fill(route, {**values, "pk": session.pk}))
        else:
            urls.append(fill(route, values))
    dashboard = "/w/gemeentegem/dashboard/2026/"
    urls += [
        f"{dashboard}?location={SMALL_LOCATION}",
        f"{dashboard}?sector=informeel",
        f"{dashboard}?location={SMALL_LOCATION}&sector=welzijn",
        "/w/gemeentegem/reports/vergelijk/?van=2025&naar=2026",
        "/w/gemeentegem/reports/vergelijk.xlsx?van=2025&naar=2026",
    ]
    # The profile of every respondent of a small group on the map.
    rows = data.ties.filter(pl.col("round") == "2026")
    small_ids = set(
        rows.filter(
            (pl.col("location") == SMALL_LOCATION) | (pl.col("respondent_type") == SMALL_TYPE)
        )["respondent"]
    )
    from netwerkkaart.apps.rounds.figures import round_figures

    figures = round_figures(world.workspace, "2026")
    ids = figures.network.actors.get_column("id").to_list()
    urls += [f"/w/gemeentegem/map/2026/actor/{ids.index(i)}/" for i in sorted(small_ids)]
    return urls


def blocks_of(response) -> list[str]:
    """The reader's units of an output: table rows, list items and paragraphs of a page, lines
    of a PDF, rows of a workbook, records of a JSON document."""
    kind = response.get("Content-Type", "")
    if kind.startswith("application/pdf"):
        return pdf_text(response.content)[1].splitlines()
    if "spreadsheetml" in kind:
        book = openpyxl.load_workbook(io.BytesIO(response.content), read_only=True)
        return [
            " | ".join("" if v is None else str(v) for v in row)
            for sheet in book
            for row in sheet.iter_rows(values_only=True)
        ]
    text = response.content.decode()
    if kind.startswith("application/json"):
        return re.split(r"[{}\[\]]", text)
    main = text.split('<main id="main">', 1)[-1].split("</main>", 1)[0]
    main = re.sub(r"<(script|style|select|form)\b.*?</\1>", " ", main, flags=re.S)
    parts = re.findall(
        r"<(tr|li|p|dd|dt|h\d|caption|figcaption|span)\b[^>]*>(.*?)</\1>", main, re.S
    )
    return [_plain(inner) for _tag, inner in parts] + [_plain(main)]


def _plain(fragment: str) -> str:
    fragment = re.sub(r'\b(?:title|aria-label|alt)="([^"]*)"', r" \1 ", fragment)
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", fragment))).strip()


def small_counts(text: str) -> list[str]:
    """Counts of fewer people than the threshold, e.g. "2 respondenten" or "(1 deelnemer)"."""
    found = []
    # Not after ":" or a digit: "14:01 0 deelnemers" is a time of day and zero participants.
    for match in re.finditer(rf"(?<![-\d.,:])(\d+)\s+(?:\w+\s+)?{PEOPLE}\b", text, re.I):
        before = text[max(0, match.start() - 12) : match.start()].lower()
        if any(word in before for word in ("minder dan", "fewer than", "less than", "< ")):
            continue
        if 0 < int(match.group(1)) < MIN_GROUP:
            found.append(text[max(0, match.start() - 40) : match.end() + 10])
    return found


def figures_in(block: str) -> list[str]:
    """The numbers of a block once the threshold, round codes and table numbers are set aside."""
    if re.search(r"niet getoond|not shown", block, re.IGNORECASE):
        # A row whose respondent figures are withheld may keep the register's count of actors
        # of the group (invited, in the register), which is not about respondents.
        block = re.sub(r"^(\D*?)\d+", r"\1", block, count=1)
    block = ACTOR_ID.sub(" ", block)
    block = THRESHOLD.sub(" ", block)
    block = re.sub(r"\b(?:20\d\d)\b", " ", block)  # round codes and dates
    block = re.sub(r"\b(?:Tabel|Table)\s+\d\b", " ", block)
    return re.findall(r"\d+(?:[.,]\d+)?", block)


def labels_of_small_groups(lang: str) -> list[re.Pattern]:
    kind = vocab.RESPONDENT_TYPE.label(SMALL_TYPE, lang)
    return [re.compile(rf"\b{SMALL_LOCATION}\b"), re.compile(rf"\b{re.escape(kind)}\b(?!en|s)")]


def small_sector_pairs() -> list[re.Pattern]:
    """Rows of a sector pair whose respondents' side is the small informal group: "Informele
    actoren ↔ Zorg" or "Zorg ↔ Informele actoren" (both sides answered), "Informele actoren →
    Zorg" (the informal respondents' ties and wishes)."""
    found = []
    for lang in ("nl", "en"):
        informal = re.escape(vocab.SECTOR.label(SMALL_SECTOR, lang))
        found += [re.compile(rf"{informal} [↔→]"), re.compile(rf"↔ {informal}")]
    return found


def leaks(
    url: str, response, username: str, actor_names: frozenset[str] = frozenset()
) -> list[str]:
    if url.split("?")[0].endswith(("/register/register.xlsx", "/register/register.csv")):
        # The register's own list (one actor per row, its staff and clients as the register
        # holds them), as its page shows it: no figure about respondents.
        return []
    found = []
    blocks = blocks_of(response)
    is_page = "html" in response.get("Content-Type", "")
    whole = " ".join(blocks)
    for block in [blocks[-1]] if is_page else blocks:
        found += [f"size: {hit}" for hit in small_counts(block)]
    for block in blocks[:-1] if is_page else blocks:
        if username in SEES_NAMES and (
            ACTOR_ID.search(block) or block.split(" | ", 1)[0] in actor_names
        ):
            # A row that names one actor (by id, or a workbook row opening with its name) is
            # about that actor, for a reader who may see names.
            continue
        for label in labels_of_small_groups("nl") + labels_of_small_groups("en"):
            if label.search(block) and figures_in(block) and len(block) < 400:
                found.append(f"row: {block[:160]}")
        for pair in small_sector_pairs():
            if pair.search(block) and figures_in(block) and len(block) < 400:
                found.append(f"sector pair: {block[:160]}")
    # (The informal sector's network is every tie touching an informal actor: not a small group.)
    filtered_small = f"location={SMALL_LOCATION}" in url
    if filtered_small and "html" in response.get("Content-Type", ""):
        numbers = figures_in(blocks[-1])
        if numbers:
            found.append(f"filtered page shows figures: {numbers[:12]}")
    if re.search(r"(wil|wants to) (meer|beter|more|better)", whole) and "/map/" in url:
        found.append("a respondent's wishes are listed")
    return found


@pytest.mark.slow
@pytest.mark.parametrize("username", USERS)
def test_no_output_shows_a_figure_about_a_small_group(world, scanned, username):
    client = world.client_for(username)
    with scopes_disabled():
        actor_names = frozenset(
            Actor.objects.filter(workspace=world.workspace).values_list("name", flat=True)
        )
    found: dict[str, list[str]] = {}
    for url in scanned:
        response = client.get(url)
        if response.status_code != 200:
            continue
        if username == "alice" and "/surveys/" in url:
            continue  # the coordinator follows up each invitee by name on these pages
        hits = leaks(url, response, username, actor_names)
        if hits:
            found[url] = hits[:4]
    report = "\n".join(f"{url}\n    " + "\n    ".join(hits) for url, hits in found.items())
    assert not found, f"figures about a small group:\n{report}"
