"""How many collaborations got an answer to each question: the drop-out a methods annex reports.

Respondents name their partners first and then answer questions about each; some stop halfway
(seed 002: the report's totals differ per question for that reason). Per question this counts
the collaborations with an answer and the respondents who answered it at least once.
"""

from __future__ import annotations

import polars as pl

from netwerkkaart.core.privacy import DEFAULT_MIN_GROUP, is_reportable

# The questions asked per partner, in the order the survey asks them.
TIE_QUESTIONS: tuple[str, ...] = (
    "finality", "frequency", "evaluation", "evolution", "level", "scale", "stimulating",
    "inhibiting",
)  # fmt: skip
SCHEMA = {
    "question": pl.String,
    "ties_answered": pl.Int64,
    "ties": pl.Int64,
    "share": pl.Float64,
    "respondents_answered": pl.Int64,
    "respondents": pl.Int64,
}


def question_dropout(ties: pl.DataFrame, min_group: int = DEFAULT_MIN_GROUP) -> pl.DataFrame:
    """Per question asked about each partner: how many ties and respondents answered it.

    Parameters
    ----------
    ties
        The ``ties`` frame of one round (:class:`~netwerkkaart.core.dataset.Dataset`).
    min_group
        With fewer respondents in the round than this, every count is left empty (null).

    Returns
    -------
    polars.DataFrame
        ``question, ties_answered, ties, share, respondents_answered, respondents``, one row per
        question of :data:`TIE_QUESTIONS`; ``share`` is ``ties_answered / ties``. A list
        question (level, factors) counts as answered when at least one option was ticked.
    """
    total = ties.height
    respondents = ties.get_column("respondent").n_unique() if total else 0
    rows = []
    for question in TIE_QUESTIONS:
        column = pl.col(question)
        answered = column.is_not_null()
        if isinstance(ties.schema[question], pl.List):
            answered = answered & (column.list.len() > 0)
        given = ties.filter(answered)
        rows.append({
            "question": question,
            "ties_answered": given.height,
            "ties": total,
            "share": given.height / total if total else None,
            "respondents_answered": given.get_column("respondent").n_unique(),
            "respondents": respondents,
        })  # fmt: skip
    frame = pl.DataFrame(rows, schema=SCHEMA)
    if not is_reportable(respondents, min_group):
        counts = [c for c in SCHEMA if c != "question"]
        frame = frame.with_columns(pl.lit(None, dtype=pl.Int64).alias(c) for c in counts
                                   ).with_columns(pl.lit(None, dtype=pl.Float64).alias("share"))  # fmt: skip
    return frame
