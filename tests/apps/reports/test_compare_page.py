"""The comparison of two rounds on a page: counts as the core counts them, names by role."""

from __future__ import annotations

import re

from netwerkkaart.core.compare import position_changes, tie_changes, wishes_fulfilled
from netwerkkaart.core.network import analyse

URL = "/w/gemeentegem/reports/vergelijk/"


def text_of(response) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode()))


def test_the_two_latest_rounds_are_compared_by_default(world, demo):
    response = world.client_for("alice").get(URL)
    assert response.status_code == 200
    html, text = response.content.decode(), text_of(response)
    changes = tie_changes(demo.for_round("2025"), demo.for_round("2026"))
    counts = dict(changes.group_by("change").len().iter_rows())
    for kind in ("new", "ended", "not_reported", "intensified", "weakened"):
        found = re.search(rf'data-kind="{kind}"><th scope="row">[^<]+</th><td class="num">(\d+)',
                          html)  # fmt: skip
        assert found and int(found.group(1)) == counts[kind], kind
    wishes = wishes_fulfilled(demo.for_round("2025"), demo.for_round("2026"))
    became = int(wishes.get_column("became_tie").sum())
    assert f"{became} van de {wishes.height} wensen" in text
    # The map draws new and ended ties apart, with their counts in the legend.
    assert f'data-kind="new" data-count="{counts["new"]}"' in html
    assert f'data-kind="ended" data-count="{counts["ended"]}"' in html
    assert f"nieuw ({counts['new']})" in text
    # Positions by name for a coordinator.
    moved = position_changes(analyse(demo, round_id="2025"), analyse(demo, round_id="2026"))
    assert moved.get_column("name").to_list()[0] in text
    assert "Tabel 1" in text and "cijfers vergeleken" in text


def test_a_viewer_sees_counts_not_names(world, demo):
    text = text_of(world.client_for("vera").get(URL))
    moved = position_changes(analyse(demo, round_id="2025"), analyse(demo, round_id="2026"))
    for name in moved.get_column("name").to_list():
        assert name not in text
    assert "werd bruggenbouwer" in text


def test_choosing_rounds(world, demo):
    client = world.client_for("bob")
    reverse = text_of(client.get(URL, {"van": "2026", "naar": "2025"}))
    assert "Ronde 2026 en 2025 vergeleken" in reverse
    assert "Kies twee verschillende rondes." in text_of(
        client.get(URL, {"van": "2025", "naar": "2025"})
    )
    assert client.get(URL, {"van": "1999"}).status_code == 404


def test_one_round_is_not_enough(world):
    response = world.client_for("alice").get(URL)
    assert "minstens twee rondes met antwoorden" in text_of(response)


def test_every_change_downloads_as_a_workbook(world, demo):
    import io

    import openpyxl

    url = "/w/gemeentegem/reports/vergelijk.xlsx?van=2025&naar=2026"
    response = world.client_for("alice").get(url)
    assert response.status_code == 200
    assert "netwerkkaart-gemeentegem-2025-2026.xlsx" in response["Content-Disposition"]
    book = openpyxl.load_workbook(io.BytesIO(response.content))
    assert book.sheetnames == ["over", "ties", "measures", "tables", "positions", "wishes"]
    changes = tie_changes(demo.for_round("2025"), demo.for_round("2026"))
    assert book["ties"].max_row == changes.height + 1
    first = next(book["ties"].iter_rows(min_row=2, values_only=True))
    assert first[:3] == changes.row(0)[:3]

    viewer = openpyxl.load_workbook(io.BytesIO(world.client_for("vera").get(url).content))
    header = next(viewer["ties"].iter_rows(values_only=True))
    assert "respondent" not in header and "ties" in header  # counted, not listed
    assert sum(r[-1] for r in viewer["ties"].iter_rows(min_row=2, values_only=True)) == (
        changes.height
    )
    assert world.client_for("alice").get(url.replace("2025", "1999")).status_code == 404
