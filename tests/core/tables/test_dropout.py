"""Drop-out per question: how many ties and respondents answered each question."""

from __future__ import annotations

from netwerkkaart.core.dataset import Dataset
from netwerkkaart.core.model import Factor, Tie
from netwerkkaart.core.tables.dropout import TIE_QUESTIONS, question_dropout


def tie(respondent, partner, finality=None, frequency=None, stimulating=()) -> Tie:
    return Tie(respondent, "zorgorganisatie", "Gemeentegem", partner, "zorg", finality,
               frequency, None, None, stimulating=list(stimulating))  # fmt: skip


def ties():
    return Dataset.from_records(ties=[
        tie("A", "X", "afstemming", "wekelijks", [Factor("stimulating", "inhoud", "gemeenschappelijk_doel")]),
        tie("A", "Y", "doorverwijzen"),
        tie("B", "X", "afstemming", "dagelijks"),
        tie("C", "Y"),  # named a partner, then stopped
    ]).ties  # fmt: skip


def test_each_question_counts_its_own_answers():
    frame = question_dropout(ties(), min_group=1)
    rows = {r["question"]: r for r in frame.iter_rows(named=True)}
    assert list(rows) == list(TIE_QUESTIONS)
    assert (rows["finality"]["ties_answered"], rows["finality"]["ties"]) == (3, 4)
    assert rows["finality"]["share"] == 0.75
    assert rows["frequency"]["ties_answered"] == 2
    assert rows["frequency"]["respondents_answered"] == 2
    assert rows["stimulating"]["ties_answered"] == 1  # an empty list is no answer
    assert rows["evaluation"]["ties_answered"] == 0
    assert {r["respondents"] for r in rows.values()} == {3}


def test_too_few_respondents_show_nothing():
    frame = question_dropout(ties(), min_group=5)
    assert frame.get_column("ties_answered").null_count() == frame.height
    assert frame.get_column("share").null_count() == frame.height
