"""``netwerkkaart advice``: a round's recommendations from a data file, as JSON or Markdown."""

from __future__ import annotations

import json
from itertools import pairwise
from pathlib import Path

import pytest
from tests.core.network.builders import tie

from netwerkkaart.cli import main
from netwerkkaart.core.dataformat import write_dataset
from netwerkkaart.core.dataset import Dataset
from netwerkkaart.core.demo import generate_demo


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory) -> Path:
    return write_dataset(generate_demo(seed=2026), tmp_path_factory.mktemp("demo") / "data")


def test_json_lists_every_recommendation_with_its_reasons(demo_folder, tmp_path, capsys):
    out = tmp_path / "advice.json"
    assert main(["advice", str(demo_folder), "--out", str(out)]) == 0
    assert "8 aanbevelingen voor ronde 2026 geschreven" in capsys.readouterr().err
    records = json.loads(out.read_text(encoding="utf-8"))
    current = [r for r in records if r["status"] != "ended"]
    assert [r["kind"] for r in current] == [
        "light_ties", "mutual_wish", "silo", "perception_gaps", "under_reached", "wished_absent",
        "form_follows_content", "governance_model"]  # fmt: skip
    for record in records:
        assert {"kind", "title", "priority", "why", "steps", "reference", "status"} <= set(record)
        assert all({"figure", "value"} <= set(e) for e in record["why"])
    light = current[0]
    assert (
        light["title"] == "Maak van lichte samenwerkingen afstemming of gezamenlijke activiteiten"
    )
    assert light["why"][0]["figure"] == "light_tie_share"
    assert light["why"][0]["earlier"] == pytest.approx(0.6223, abs=1e-4)  # round 2025
    assert light["status"] == "continued" and 2 <= len(light["steps"]) <= 4
    ended = [r for r in records if r["status"] == "ended"]
    assert [(r["kind"], r["groups"]) for r in ended] == [
        ("mutual_wish", ["Zorg – Welzijn"]),
        ("perception_gaps", ["Zorg – Zorg, frequentie"]),
    ]
    gaps = next(r for r in current if r["kind"] == "perception_gaps")
    assert gaps["why"][0]["detail"].startswith("vaakst: de ene kant antwoordt")
    assert all(r["caveat"] == "" and r["sensitive"] == [] for r in current)  # all robust


def test_markdown_in_english_for_the_first_round(demo_folder, tmp_path):
    out = tmp_path / "advice.md"
    code = main(["advice", str(demo_folder), "--round", "2025", "--format", "md", "--lang", "en",
                 "--out", str(out)])  # fmt: skip
    assert code == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Recommendations round 2025")
    assert "## 1. Turn light collaborations into coordination or joint activities" in text
    assert "**What you can do**" in text and "previous round" not in text


def test_names_only_on_request(tmp_path):
    ties = [tie("Huis Centraal", f"Partner {i}", "welzijn", "afstemming") for i in range(8)]
    ties += [tie(f"Partner {i}", "Huis Centraal", "zorg", "afstemming") for i in range(5)]
    ties += [tie(a, b, "zorg", "afstemming") for a, b in pairwise(["Partner 0", "Partner 1"])]
    folder = write_dataset(Dataset.from_records(ties), tmp_path / "star")
    plain, named = tmp_path / "plain.json", tmp_path / "named.json"
    assert main(["advice", str(folder), "--out", str(plain)]) == 0
    assert main(["advice", str(folder), "--out", str(named), "--names"]) == 0
    bridge = [r for r in json.loads(named.read_text()) if r["kind"] == "bridge_dependency"]
    assert bridge and "Huis Centraal" in bridge[0]["who"]["actors"]
    assert "Huis Centraal" not in plain.read_text()


def test_bad_input_gets_a_clear_message(demo_folder, tmp_path, capsys):
    out = tmp_path / "a.json"
    assert main(["advice", str(demo_folder), "--round", "1999", "--out", str(out)]) == 2
    assert "Ronde 1999 komt niet voor" in capsys.readouterr().err
    assert main(["advice", str(demo_folder), "--round", "2026", "--compare", "2026",
                 "--out", str(out)]) == 2  # fmt: skip
    assert "--compare moet een andere ronde zijn" in capsys.readouterr().err
    assert not out.exists()
