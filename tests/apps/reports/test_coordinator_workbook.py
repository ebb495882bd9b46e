"""The coordinator's workbook of a round, opened with openpyxl as a spreadsheet would open it.

Sheet names, headers and values are labels in the reader's language (no codes, no English
column names in Dutch), numbers are rounded as the dashboard prints them and carry the format
that prints them so, the header row is frozen, and the about sheet says what each sheet holds.
The privacy scan runs on a round where groups fall under the minimum.
"""

from __future__ import annotations

import csv
import io
import re

import openpyxl
import polars as pl
import pytest

from netwerkkaart.apps.dashboard import presenters
from netwerkkaart.apps.reports.workbook import as_on_screen, coordinator_workbook
from netwerkkaart.core import vocab
from netwerkkaart.core.demo import generate_demo
from netwerkkaart.core.figures import figures_from_dataset
from netwerkkaart.core.network.findings import format_value
from netwerkkaart.core.tables import table_blocks

URL = "/w/gemeentegem/reports/2026/cijfers.xlsx"
RESEARCH_URL = "/w/gemeentegem/reports/2026/cijfers-codes.xlsx"

DUTCH_SHEETS = [
    "Uitleg", "Tabel 1 Partnermix", "Tabel 2 Samenwerking", "Tabel 3 Finaliteit",
    "Tabel 4 Gewenste partners", "Tabel 5-6 Factoren", "Weggelaten groepen", "Netwerkmaten",
    "Actoren", "Clusters", "Makelaarsrollen", "Gewenst zonder samenwerking", "Onbekende actoren",
    "Respons", "Aanbevelingen",
]  # fmt: skip
ENGLISH_SHEETS = [
    "About", "Table 1 Partner mix", "Table 2 Collaboration", "Table 3 Finality",
    "Table 4 Wished partners", "Tables 5-6 Factors", "Groups left out", "Network measures",
    "Actors", "Clusters", "Brokerage roles", "Wished, not yet working", "Unknown actors",
    "Response rate",
]  # fmt: skip
# Every code of the vocabularies a table could print instead of its label.
CODES = {
    code
    for vocabulary in (vocab.SECTOR, vocab.RESPONDENT_TYPE, vocab.FINALITY, vocab.FREQUENCY,
                       vocab.EVALUATION, vocab.EVOLUTION, vocab.FACTOR_CATEGORY)
    for code in vocabulary.codes
    if "_" in code or code in ("zorg", "welzijn", "andere", "informeel", "doorverwijzen")
}  # fmt: skip
REGISTER_ID = re.compile(r"^[A-Z]{2,3}-[A-Z]+-\d+$")
# The researcher workbook's column names: none of them may head a column here.
RESEARCH_HEADERS = {"respondent_type", "partner_group", "count", "percent", "measure_id",
                    "location", "question", "answer", "kind", "category", "item", "rank",
                    "partner", "invited", "responded", "rate", "suppressed", "note"}  # fmt: skip


@pytest.fixture(scope="module")
def demo_figures():
    return figures_from_dataset(generate_demo(seed=2026), "2026", min_group=5)


def book_of(content: bytes) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(content))


def rows(sheet) -> list[tuple]:
    return [tuple(row) for row in sheet.iter_rows(values_only=True)]


def as_csv(sheet) -> list[list[str]]:
    """The sheet as a user's "save as CSV" gives it, read back as a CSV reader would."""
    text = io.StringIO()
    writer = csv.writer(text, delimiter=";")
    for row in sheet.iter_rows(values_only=True):
        writer.writerow(["" if v is None else v for v in row])
    return list(csv.reader(io.StringIO(text.getvalue()), delimiter=";"))


def about_of(book, name: str = "Uitleg") -> dict[str, object]:
    return {k: v for k, v in book[name].iter_rows(values_only=True) if k}


def test_the_dashboard_workbook_speaks_dutch_with_labels(world, demo):
    response = world.client_for("bob").get(URL)
    assert response.status_code == 200 and "spreadsheetml" in response["Content-Type"]
    assert 'filename="netwerkkaart-gemeentegem-2026.xlsx"' in response["Content-Disposition"]
    book = book_of(response.content)
    assert book.sheetnames == DUTCH_SHEETS
    header = rows(book["Tabel 1 Partnermix"])[0]
    assert header == ("Type respondent", "Zorg", "Welzijn", "Lokaal bestuur", "Andere sectoren",
                      "Informele actoren", "Aantal samenwerkingen")  # fmt: skip
    cells = {str(v) for sheet in book.worksheets[1:] for row in rows(sheet) for v in row if v}
    assert not cells & CODES, sorted(cells & CODES)[:5]
    assert not [c for c in cells if REGISTER_ID.match(c)]
    headers = {str(v) for sheet in book.worksheets[1:] for v in rows(sheet)[0]}
    assert not headers & RESEARCH_HEADERS
    for sheet in book.worksheets[1:]:
        assert sheet.freeze_panes == "A2", sheet.title
        assert all(cell.font.b for cell in sheet[1]), sheet.title
        widths = [sheet.column_dimensions[c.column_letter].width for c in sheet[1]]
        assert all(8 <= w <= 60 for w in widths), sheet.title
        longest = max(len(str(c.value)) for c in sheet[1])
        assert max(widths) >= min(longest + 2, 60), sheet.title


def test_the_about_sheet_says_round_date_privacy_and_every_sheet(world, demo):
    book = book_of(world.client_for("alice").get(URL).content)
    about = about_of(book)
    assert about["Ecosysteem"] == "Gemeentegem" and about["Ronde"] == "2026"
    assert re.search(r"\d{1,2} \w+ \d{4} \d{2}:\d{2}", str(about["Gemaakt op"]))
    assert "minder dan 5 respondenten" in about["Privacy"]
    assert "Cijfers met codes (voor onderzoekers)" in about["Codes"]
    for name in book.sheetnames[1:]:
        assert about[name], name  # every sheet is explained
    assert "Namen" not in about  # a coordinator sees names
    assert book["Uitleg"]["B5"].alignment.wrap_text  # the privacy rule wraps, not cut off


def test_tables_hold_the_cores_figures_as_formatted_numbers(demo_figures):
    book = book_of(coordinator_workbook(demo_figures, workspace="Gemeentegem", made="x",
                                        lang="nl", names=True))  # fmt: skip
    mix = demo_figures.tables.partner_mix
    first = rows(book["Tabel 1 Partnermix"])[1]
    rtype = mix.get_column("respondent_type")[0]
    assert first[0] == vocab.RESPONDENT_TYPE.label(rtype, "nl")
    zorg = mix.filter((pl.col("respondent_type") == rtype) & (pl.col("partner_group") == "zorg"))
    assert first[1] == zorg.get_column("percent").item() / 100
    assert first[-1] == mix.filter(pl.col("respondent_type") == rtype).get_column("count").sum()
    sheet = book["Tabel 1 Partnermix"]
    assert sheet["B2"].number_format == "0%" and sheet["G2"].number_format == "#,##0"
    profile = book["Tabel 2 Samenwerking"]
    assert rows(profile)[1][:4] == ("Finaliteit", "Doorverwijzen", 147, 0.31)
    assert profile["D2"].number_format == "0%" and profile["C2"].number_format == "#,##0"
    total = next(r for r in rows(profile) if r[1] == "Totaal")
    assert total[3] == 1 and total[2] == sum(r[2] for r in rows(profile)[1:5])
    # The screen's Tabel 1 and this sheet list the same respondent types, in the same order.
    screen = next(b for b in table_blocks(demo_figures.tables, "nl") if b.key == "partner_mix")
    assert [r[0] for r in screen.rows] == [r[0] for r in rows(sheet)[1:]]


def test_measures_are_rounded_as_on_screen(demo_figures):
    book = book_of(coordinator_workbook(demo_figures, workspace="Gemeentegem", made="x",
                                        lang="nl", names=True))  # fmt: skip
    sheet = book["Netwerkmaten"]
    assert rows(sheet)[0] == ("Maat", "Groep", "Waarde", "Toelichting")
    figures = [f for f in demo_figures.network.summary if f.measure != "response_rate"]
    assert sheet.max_row == len(figures) + 1
    for figure, row in zip(figures, sheet.iter_rows(min_row=2), strict=True):
        cell = row[2]
        if figure.suppressed:
            assert cell.value is None
            continue
        # What the screen prints from the figure and from the rounded cell is the same.
        assert format_value(figure.measure, cell.value) == format_value(figure.measure,
                                                                        figure.value)  # fmt: skip
        assert cell.number_format == as_on_screen(figure.measure, figure.value)[1]
    density = next(r for r in sheet.iter_rows(min_row=2) if r[0].value == "Dichtheid")
    assert (density[2].value, density[2].number_format) == (0.06, "0%")
    ei = next(r for r in sheet.iter_rows(min_row=2) if r[0].value == "E-I-index per sector"
              and r[1].value == "Zorg")  # fmt: skip
    assert (ei[2].value, ei[2].number_format) == (-0.12, "0.00")
    response = book["Respons"]
    assert response["E2"].number_format == "0%" and response["E2"].value == 0.73


def test_english_reader_gets_english_sheets_and_headers(demo_figures):
    book = book_of(coordinator_workbook(demo_figures, workspace="Gemeentegem", made="x",
                                        lang="en", names=True))  # fmt: skip
    assert book.sheetnames == ENGLISH_SHEETS
    assert rows(book["Table 1 Partner mix"])[0][0] == "Respondent type"
    assert rows(book["Table 2 Collaboration"])[1][:2] == ("Finality", "Referral")
    assert rows(book["Network measures"])[0] == ("Measure", "Group", "Value", "Explanation")
    about = about_of(book, "About")
    assert about["Round"] == "2026" and "fewer than 5 respondents" in about["Privacy"]


def test_a_viewer_gets_categories_and_no_actor_sheet(world, demo):
    book = book_of(world.client_for("vera").get(URL).content)
    assert "Actoren" not in book.sheetnames
    assert "Namen" in about_of(book)
    assert rows(book["Onbekende actoren"])[0] == ("Sector", "Aantal onbekende actoren")
    assert {r[1] for r in rows(book["Gewenst zonder samenwerking"])[1:]} == {"categorie"}
    names = {n for n in demo.actors.get_column("name").to_list() if len(n) >= 12}
    cells = {str(v) for sheet in book for row in rows(sheet) for v in row if v is not None}
    assert not names & cells


@pytest.mark.parametrize("min_group", [5, 40])
def test_privacy_scan_nothing_about_a_group_under_the_minimum(min_group):
    figures = figures_from_dataset(generate_demo(seed=2026), "2026", min_group=min_group)
    book = book_of(coordinator_workbook(figures, workspace="G", made="x", lang="nl", names=True))
    tables = figures.tables
    suppressed = tables.suppressed
    assert suppressed.height > 0  # the scan has something to find
    hidden_types = {vocab.RESPONDENT_TYPE.label(g, "nl") for g in suppressed.filter(
        pl.col("table") == "partner_mix").get_column("group")}  # fmt: skip
    for name in ("Tabel 1 Partnermix", "Tabel 3 Finaliteit"):
        assert not hidden_types & {r[0] for r in rows(book[name])[1:]}, name
    hidden_locations = set(suppressed.filter(pl.col("table") == "profile").get_column("group"))
    assert bool(hidden_locations) == (min_group == 40)  # at 40 both locations fall out
    header = " ".join(rows(book["Tabel 2 Samenwerking"])[0])
    assert not [loc for loc in hidden_locations if loc in header]
    wished = {r[0] for r in rows(book["Tabel 4 Gewenste partners"])[1:]}
    hidden_wished = set(suppressed.filter(pl.col("table") == "wished_partners")
                        .get_column("group"))  # fmt: skip
    assert not wished & hidden_wished
    # The list of groups left out gives no size: not a single number.
    left_out = as_csv(book["Weggelaten groepen"])
    assert len(left_out) == suppressed.height + 1
    assert not [c for row in left_out[1:] for c in row if re.fullmatch(r"\d+", c)]
    # Every figure the core suppressed is an empty cell with the reason beside it.
    measures = rows(book["Netwerkmaten"])[1:]
    flagged = [f for f in figures.network.summary if f.measure != "response_rate"]
    for figure, row in zip(flagged, measures, strict=True):
        if figure.suppressed:
            assert row[2] is None and "privacy" in row[3]
    respondent_counts = {"Respons": (3, 4), "Makelaarsrollen": (1, 2, 3, 4), "Clusters": (3,),
                         "Gewenst zonder samenwerking": (2,), "Onbekende actoren": (2,)}  # fmt: skip
    for name, columns in respondent_counts.items():
        if name not in book.sheetnames:
            continue
        for row in rows(book[name])[1:]:
            if row[-1]:  # a note: the figure is left out
                assert all(row[c] is None for c in columns), (name, row)
    # The dashboard hides the same response groups.
    screen = presenters.dashboard_context(figures, "nl", names=True)["response"]
    hidden_on_screen = [(r["group"], r["suppressed"]) for r in screen]
    in_book = [(r[1], bool(r[-1])) for r in rows(book["Respons"])[1:]]
    assert in_book == hidden_on_screen


def test_the_researcher_workbook_keeps_the_codes(world, demo):
    response = world.client_for("bob").get(RESEARCH_URL)
    assert 'filename="netwerkkaart-gemeentegem-2026-codes.xlsx"' in response["Content-Disposition"]
    book = book_of(response.content)
    assert book.sheetnames[:2] == ["over", "partner_mix"]
    assert rows(book["partner_mix"])[0] == ("respondent_type", "partner_group", "count", "percent")


def test_the_round_page_names_the_two_workbooks(world, demo):
    for username in ("alice", "vera"):
        page = world.client_for(username).get("/w/gemeentegem/rounds/2026/").content.decode()
        assert 'href="/w/gemeentegem/reports/2026/cijfers.xlsx"' in page
        assert "Werkboek (Excel)" in page
        assert 'href="/w/gemeentegem/reports/2026/cijfers-codes.xlsx"' in page
        assert "Cijfers met codes (voor onderzoekers, Excel)" in page


@pytest.mark.parametrize(("username", "status"),
                         [("alice", 200), ("bob", 200), ("vera", 200), ("charlie", 404)])  # fmt: skip
def test_who_downloads_the_workbooks(world, demo, username, status):
    client = world.client_for(username)
    assert client.get(URL).status_code == status
    assert client.get(RESEARCH_URL).status_code == status
    assert world.client_for(None).get(RESEARCH_URL).status_code == 302


def test_an_unknown_round_is_not_found(world, demo):
    client = world.client_for("alice")
    for url in (URL, RESEARCH_URL):
        assert client.get(url.replace("2026", "1999")).status_code == 404
