"""Reflection instruments as data: the seeds' frameworks as short exercises a group fills in.

An instrument is one versioned YAML file in ``definitions/`` (``docs/instruments-format.md``),
validated on load (:mod:`.loader`, :mod:`.checks`), scored per participant (:mod:`.scoring`) and
summarised per group with the spread first (:mod:`.group`). Items are the questionnaire's
questions, checked by :func:`netwerkkaart.core.questionnaire.answers.validate_answer`.
"""

from netwerkkaart.core.instruments.group import (
    CaseResult,
    ChecklistResult,
    GroupResult,
    ItemResult,
    OutcomeCount,
    ScoreChange,
    ScoreResult,
    SessionComparison,
    compare_sessions,
    disagreement_order,
    group_result,
)
from netwerkkaart.core.instruments.loader import (
    InstrumentError,
    builtin_ids,
    builtin_instrument,
    instrument_from_data,
    load_instrument,
    load_instrument_text,
)
from netwerkkaart.core.instruments.model import Dimension, Instrument, Outcome
from netwerkkaart.core.instruments.schema import PICTURE_KINDS, RULE_KINDS
from netwerkkaart.core.instruments.scoring import (
    AnswersError,
    ChecklistPart,
    ChecklistScore,
    Placement,
    Reason,
    Recommendation,
    Score,
    Step,
    score,
    validate_answers,
)

__all__ = [
    "PICTURE_KINDS", "RULE_KINDS", "AnswersError", "CaseResult", "ChecklistPart",
    "ChecklistResult", "ChecklistScore", "Dimension", "GroupResult", "Instrument",
    "InstrumentError", "ItemResult", "Outcome", "OutcomeCount", "Placement", "Reason",
    "Recommendation", "Score", "ScoreChange", "ScoreResult", "SessionComparison", "Step",
    "builtin_ids", "builtin_instrument", "compare_sessions", "disagreement_order",
    "group_result", "instrument_from_data", "load_instrument", "load_instrument_text",
    "score", "validate_answers",
]  # fmt: skip
