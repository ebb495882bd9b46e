"""The round's pictures on the dashboard: what their tables show, suppression never drawn."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import polars as pl
import pytest
from django.utils import translation
from tests.apps.conftest import demo_dataset

from netwerkkaart.apps.dashboard.pictures import round_pictures
from netwerkkaart.core import vocab
from netwerkkaart.core.figures import figures_from_dataset

URL = "/w/gemeentegem/dashboard/2026/"


@pytest.fixture(scope="module")
def figures():
    return figures_from_dataset(demo_dataset(), "2026", min_group=5)


@pytest.fixture(scope="module")
def pictures(figures):
    with translation.override("nl-be"):
        return round_pictures(figures, "nl")


def kind(root: ET.Element, name: str) -> list[ET.Element]:
    return root.findall(f".//*[@data-kind='{name}']")


def test_every_picture_has_its_text_alternative(pictures):
    assert set(pictures) == {"partner_mix", "profile", "finality_by_group", "response",
                             "ei_by_sector", "mixing"}  # fmt: skip
    for svg in pictures.values():
        root = ET.fromstring(svg)
        assert root.get("role") == "img" and root.get("aria-label")
        assert root.find("{http://www.w3.org/2000/svg}desc").text


def test_tabel_1_draws_the_tables_counts_and_hatches_the_types_left_out(figures, pictures):
    root = ET.fromstring(pictures["partner_mix"])
    table = figures.tables.partner_mix
    hidden = set(figures.tables.suppressed.filter(pl.col("table") == "partner_mix")["group"])
    assert hidden, "the demo has a respondent type too small to show"
    shown = [t for t in vocab.RESPONDENT_TYPE.codes if t in set(table["respondent_type"])]
    drawn = {(s.get("data-row"), s.get("data-series")): int(s.get("data-value"))
             for s in kind(root, "segment")}  # fmt: skip
    rows = [t for t in vocab.RESPONDENT_TYPE.codes if t in hidden or t in shown]
    for r, code in enumerate(rows):
        counts = table.filter(pl.col("respondent_type") == code)
        for j, group in enumerate(vocab.SECTOR.codes):
            if code in hidden:
                assert (str(r), str(j)) not in drawn
                continue
            count = counts.filter(pl.col("partner_group") == group)["count"].item()
            assert drawn.get((str(r), str(j)), 0) == count
    hatched = [g for g in kind(root, "suppressed") if g.get("data-row") is not None]
    assert len(hatched) == len(hidden)


def test_tabel_2_shows_the_drop_out_per_question(figures, pictures):
    root = ET.fromstring(pictures["profile"])
    dropout = dict(figures.dropout.select("question", "ties").iter_rows())
    answered = dict(figures.dropout.select("question", "ties_answered").iter_rows())
    rests = {int(r.get("data-row")): int(r.get("data-value")) for r in kind(root, "rest")}
    for i, question in enumerate(vocab.PROFILE_QUESTIONS):
        missing = dropout[question.name] - answered[question.name]
        assert rests.get(i, 0) == missing
    assert sum(rests.values()) > 0, "respondents of the demo drop out halfway"


def test_the_response_picture_draws_no_count_of_a_suppressed_group(figures, pictures):
    root = ET.fromstring(pictures["response"])
    response = figures.network.response
    assert response["suppressed"].any()
    reached = [int(r.get("data-value")) for r in kind(root, "reached")]
    shown = response.filter(~pl.col("suppressed") & (pl.col("responded") > 0))
    assert sorted(reached) == sorted(shown["responded"].to_list())
    plot = kind(root, "reach")[0]  # the key's hatched swatch aside
    assert len(kind(plot, "suppressed")) == response["suppressed"].sum()


def test_the_sector_mix_hatches_small_cells_and_writes_the_light_share(figures, pictures):
    root = ET.fromstring(pictures["mixing"])
    mixing = figures.mixing
    values = sorted(int(c.get("data-value")) for c in kind(root, "cell") if c.get("data-value"))
    assert values == sorted(mixing.filter(~pl.col("suppressed"))["ties"].to_list())
    assert len(kind(root, "suppressed")) == mixing["suppressed"].sum() > 0
    assert any("licht" in (n.text or "") for n in kind(root, "note"))


def test_the_ei_picture_has_one_bar_per_shown_sector(figures, pictures):
    root = ET.fromstring(pictures["ei_by_sector"])
    shown = [f for f in figures.network.summary
             if f.measure == "ei_index_sector" and f.group is not None and not f.suppressed]  # fmt: skip
    assert sorted(float(b.get("data-value")) for b in kind(root, "bar")) == sorted(
        round(f.value, 2) for f in shown
    )


def test_the_dashboard_folds_each_table_under_its_picture(world, demo):
    html = world.client_for("alice").get(URL).content.decode()
    for key in ("partner_mix", "profile", "finality_by_group", "response", "ei_by_sector",
                "mixing"):  # fmt: skip
        assert f'data-picture-of="{key}"' in html
    assert html.count('<details class="under-picture"') >= 6
    # the table right after the picture of Tabel 1 sits inside a <details>
    after = html.split('data-picture-of="partner_mix"', 1)[1]
    assert re.search(r"^.*?</figure>\s*<details", after, re.S)
    assert "style=" not in html.split("<main", 1)[1]  # the CSP allows no inline styles
