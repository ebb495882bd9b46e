"""``netwerkkaart regions``: the five files with the issue's columns, clear refusals."""

from __future__ import annotations

import csv

from netwerkkaart.cli import main


def _rows(path):
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_the_demo_writes_the_five_files(tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["regions", str(tmp_path / "demo"), "--demo", "--out", str(out),
                 "--time-limit", "20"]) == 0  # fmt: skip
    assert list(_rows(out / "quadrants.csv")[0]) == [
        "municipality", "demand_type", "complexity", "offer_present", "quadrant",
        "missing_products"]  # fmt: skip
    assert list(_rows(out / "best_regions.csv")[0]) == [
        "municipality", "demand_type", "members", "size", "status"]  # fmt: skip
    assert list(_rows(out / "partition.csv")[0]) == ["municipality", "region"]
    summary = _rows(out / "partition_summary.csv")
    assert list(summary[0]) == ["regions", "bound", "status", "seconds"]
    assert summary[0]["status"] == "optimal"
    assert list(_rows(out / "zones.csv")[0]) == [
        "zone", "demand_type", "contiguous", "complete", "missing_products"]  # fmt: skip
    quadrants = {r["quadrant"] for r in _rows(out / "quadrants.csv")}
    assert quadrants == {"I", "II", "III", "IV"}
    assert "regio's" in capsys.readouterr().out


def test_one_demand_type_only(tmp_path):
    out = tmp_path / "out"
    main(["regions", str(tmp_path / "demo"), "--demo", "--out", str(out),
          "--demand-type", "kinesitherapie"])  # fmt: skip
    assert {r["demand_type"] for r in _rows(out / "best_regions.csv")} == {"kinesitherapie"}


def test_an_unknown_demand_type_and_bad_files_are_refused_in_english(tmp_path, capsys):
    code = main(["regions", str(tmp_path / "demo"), "--demo", "--out", str(tmp_path / "o"),
                 "--demand-type", "x", "--lang", "en"])  # fmt: skip
    assert code == 2 and "Unknown demand type 'x'" in capsys.readouterr().err
    (tmp_path / "demo" / "demand_types.csv").write_text("demand_type\nx\n")
    code = main(["regions", str(tmp_path / "demo"), "--out", str(tmp_path / "o"), "--lang", "en"])
    assert code == 2 and "The required column 'complexity' is missing" in capsys.readouterr().err
