"""Every file of the bad-input corpus through every entry point: a message, never a traceback.

``validate`` and ``tables`` (the CLI) and ``manage.py import_round`` agree on every case: a refused
file is refused by all three, with a message, and the database is left exactly as it was; an
accepted one is read by all three. The same corpus, as separate processes with their memory,
is ``benchmarks/bad_input_corpus.py``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from django.apps import apps
from django.core.management import CommandError, call_command
from django_scopes import scopes_disabled
from tests.fixtures.bad_inputs import CORPUS

from netwerkkaart.cli import main

CASES = [
    pytest.param(case, id=case.name, marks=[pytest.mark.slow] if case.slow else [])
    for case in CORPUS
]


def row_counts() -> dict[str, int]:
    with scopes_disabled():
        return {model._meta.label: model.objects.count() for model in apps.get_models()}


def test_the_corpus_covers_every_class_the_issue_names():
    kinds = {case.kind for case in CORPUS}
    assert {"encoding", "delimiter", "byte order mark", "duplicate headers", "unknown codes",
            "huge cells", "NUL bytes", "nested zips", "path-traversal zips", "xlsx not a zip",
            "formulas", "zip limits", "entity expansion", "external entity",
            "round codes"} <= kinds  # fmt: skip
    assert sum(case.refused for case in CORPUS) >= 20


@pytest.mark.parametrize("case", CASES)
def test_every_entry_point_answers_with_a_message(case, world, tmp_path: Path, capsys):
    path = case.build(tmp_path)
    validated = main(["validate", str(path)])
    tabled = main(["tables", str(path), "--out", str(tmp_path / "tables")])
    before = row_counts()
    try:
        call_command("import_round", "gemeentegem", str(path), "--round", "2030")
        imported = 0
    except CommandError:
        imported = 1
    out = capsys.readouterr()
    text = out.out + out.err
    assert "Traceback" not in text
    if case.refused:
        assert validated and tabled and imported, (validated, tabled, imported)
        assert row_counts() == before, "a refused file changed the database"
        assert not (tmp_path / "tables").exists() or not any((tmp_path / "tables").iterdir())
        assert text.strip(), "refused without a message"
    else:
        assert (validated, tabled, imported) == (0, 0, 0), text[-2000:]
        assert row_counts() != before
