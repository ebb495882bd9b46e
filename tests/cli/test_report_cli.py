"""``netwerkkaart report``: the round report from a data file, as PDF or XLSX."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from tests.apps.reports.pdf_helpers import pdf_text

from netwerkkaart.cli import main
from netwerkkaart.core.dataformat import write_dataset
from netwerkkaart.core.demo import generate_demo
from netwerkkaart.core.network import analyse
from netwerkkaart.core.network.findings import bridge_builders, format_value


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory) -> Path:
    return write_dataset(generate_demo(seed=2026), tmp_path_factory.mktemp("demo") / "data")


@pytest.mark.slow
def test_a_pdf_with_the_comparison_to_the_previous_round(demo_folder, tmp_path, capsys):
    out = tmp_path / "rapport.pdf"
    assert main(["report", str(demo_folder), "--out", str(out), "--title", "Gemeentegem"]) == 0
    assert "Rapport van ronde 2026 geschreven" in capsys.readouterr().err
    assert not list(tmp_path.glob("*.part"))
    _reader, text = pdf_text(out.read_bytes())
    expected = analyse(generate_demo(seed=2026), round_id="2026")
    assert "Samenwerking in Gemeentegem — ronde 2026" in text
    assert format_value("ties", expected.figure("ties").value, "nl") in text
    assert "Vergeleken met ronde 2025" in text
    # Names only on request: privacy by default.
    assert bridge_builders(expected, 1).get_column("name").item() not in text


@pytest.mark.slow
def test_an_earlier_round_in_english_with_names(demo_folder, tmp_path):
    out = tmp_path / "report.pdf"
    assert main(["report", str(demo_folder), "--out", str(out), "--round", "2025", "--lang",
                 "en", "--names"]) == 0  # fmt: skip
    _reader, text = pdf_text(out.read_bytes())
    expected = analyse(generate_demo(seed=2026), round_id="2025")
    assert "round 2025" in text and "Compared with" not in text  # no earlier round
    assert bridge_builders(expected, 1).get_column("name").item() in text


def test_a_workbook(demo_folder, tmp_path):
    out = tmp_path / "cijfers.xlsx"
    assert main(["report", str(demo_folder), "--out", str(out), "--round", "2026"]) == 0
    book = openpyxl.load_workbook(out)
    assert book.sheetnames[:2] == ["over", "partner_mix"]


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--out", "rapport.docx"], "--out moet op .pdf of .xlsx eindigen"),
        (["--out", "r.pdf", "--round", "1999"], "Ronde 1999 komt niet voor"),
        (["--out", "r.pdf", "--round", "2026", "--compare", "2026"], "--compare moet een andere"),
        (["--out", "r.pdf", "--min-group", "0"], "--min-group moet minstens 1 zijn"),
    ],
)
def test_bad_options_are_refused_and_nothing_is_written(demo_folder, tmp_path, capsys,
                                                        arguments, message):  # fmt: skip
    arguments = [a if not a.endswith((".pdf", ".docx")) else str(tmp_path / a) for a in arguments]
    assert main(["report", str(demo_folder), *arguments]) == 2
    assert message in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.slow
def test_rounds_computed_in_a_child_process_equal_those_computed_here(monkeypatch):
    from netwerkkaart.apps.reports import parallel
    from netwerkkaart.core.figures import figures_from_dataset

    demo = generate_demo(seed=2026)
    monkeypatch.setattr(parallel, "PARALLEL_FROM_TIES", 1)
    now, before = parallel.figures_for_rounds(demo, ["2026", "2025"], min_group=5)
    here = figures_from_dataset(demo, "2025", min_group=5)
    assert now.round_code == "2026" and before.round_code == "2025"
    assert before.network.summary == here.network.summary
    assert before.tables.partner_mix.equals(here.tables.partner_mix)
