"""The steps a respondent walks through, and how far they are.

One step is one short screen: a section asked once, or one per-partner section for one partner.
The sections asked once that come before the first per-partner section in the file (the profile,
the list of partners) come first, then every partner's sections in turn, then the rest (wishes,
unknown actors, own questions).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from netwerkkaart.core.questionnaire.model import Definition


@dataclass(frozen=True)
class Step:
    section_id: str
    partner_key: str | None = None


@dataclass(frozen=True)
class Progress:
    answered: int
    askable: int
    first_open_step: int | None

    @property
    def fraction(self) -> float:
        return self.answered / self.askable if self.askable else 0.0


def survey_steps(definition: Definition, partner_keys: Sequence[str]) -> list[Step]:
    """Every step in order, for the partners named so far."""
    before, after = [], []
    seen_partner_section = False
    for section in definition.sections:
        if section.repeat == "per_partner":
            seen_partner_section = True
        elif seen_partner_section:
            after.append(Step(section.id))
        else:
            before.append(Step(section.id))
    per_partner = definition.sections_for("per_partner")
    middle = [Step(section.id, key) for key in partner_keys for section in per_partner]
    return [*before, *middle, *after]


def progress(
    definition: Definition,
    answers: Mapping[tuple[str, str | None], object],
    partner_keys: Sequence[str],
) -> Progress:
    """How many of the questions asked so far have an answer, and the first step with a gap."""
    answered = askable = 0
    first_open = None
    for index, step in enumerate(survey_steps(definition, partner_keys)):
        section = definition.section(step.section_id)
        for question in section.questions:
            askable += 1
            if answers.get((question.id, step.partner_key)) is not None:
                answered += 1
            elif first_open is None:
                first_open = index
    return Progress(answered, askable, first_open)


def last_answered_step(
    definition: Definition,
    answers: Mapping[tuple[str, str | None], object],
    partner_keys: Sequence[str],
) -> int:
    """The last step holding an answer (0 when none): where a returning respondent goes on.

    Worked out from the answers alone, so opening a step never has to record where one was.
    """
    last = 0
    for index, step in enumerate(survey_steps(definition, partner_keys)):
        questions = definition.section(step.section_id).questions
        if any((question.id, step.partner_key) in answers for question in questions):
            last = index
    return last
