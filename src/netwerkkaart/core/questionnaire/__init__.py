"""Questionnaires as data: definitions loaded from versioned files, answers checked, steps and
progress, answers turned into the open data format, and aggregates of what they say.

Shared by the ecosystem survey (``definitions/ecosysteembevraging.yaml``) and the group
instruments; no Django anywhere here.
"""

from netwerkkaart.core.questionnaire.aggregates import (
    Distribution,
    TrustRow,
    TrustSummary,
    distribution,
    trust_frame,
    trust_summary,
)
from netwerkkaart.core.questionnaire.answers import AnswerError, parse_form_value, validate_answer
from netwerkkaart.core.questionnaire.customise import customise
from netwerkkaart.core.questionnaire.feedback import (
    Feedback,
    GroupActivity,
    Share,
    WhoDoesWhat,
    WishedOffer,
    respondent_feedback,
    who_does_what,
    wished_offers,
)
from netwerkkaart.core.questionnaire.loader import (
    DefinitionError,
    builtin_definition,
    builtin_ids,
    load_definition,
    load_definition_text,
)
from netwerkkaart.core.questionnaire.model import Definition, Option, Question, Section, Text
from netwerkkaart.core.questionnaire.progress import (
    Progress,
    Step,
    last_answered_step,
    progress,
    survey_steps,
)
from netwerkkaart.core.questionnaire.to_dataset import (
    PartnerEntry,
    SurveyResponse,
    responses_to_dataset,
)

__all__ = [
    "AnswerError",
    "Definition",
    "DefinitionError",
    "Distribution",
    "Feedback",
    "GroupActivity",
    "Option",
    "PartnerEntry",
    "Progress",
    "Question",
    "Section",
    "Share",
    "Step",
    "SurveyResponse",
    "Text",
    "TrustRow",
    "TrustSummary",
    "WhoDoesWhat",
    "WishedOffer",
    "builtin_definition",
    "builtin_ids",
    "customise",
    "distribution",
    "last_answered_step",
    "load_definition",
    "load_definition_text",
    "parse_form_value",
    "progress",
    "respondent_feedback",
    "responses_to_dataset",
    "survey_steps",
    "trust_frame",
    "trust_summary",
    "validate_answer",
    "who_does_what",
    "wished_offers",
]  # fmt: skip
