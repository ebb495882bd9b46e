"""What the respondent's templates show, built from the core definition and the saved answers."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from netwerkkaart.apps.register.models import Actor
from netwerkkaart.apps.surveys.answering import (
    PARTNERS_QUESTION,
    Visit,
    partner_entries,
    partner_key,
    register_values,
)
from netwerkkaart.core import vocab
from netwerkkaart.core.questionnaire import (
    Definition,
    last_answered_step,
    progress,
    survey_steps,
)
from netwerkkaart.core.questionnaire.entries import entry_label
from netwerkkaart.web.questions import question_view

Answers = Mapping[tuple[str, str | None], object]


def steps_of(definition: Definition, answers: Answers) -> list:
    """The respondent's steps: they grow with the partners named."""
    keys = [partner_key(entry) for entry in partner_entries(answers)]
    return survey_steps(definition, keys)


def resume_step(definition: Definition, answers: Answers) -> int:
    """Where a returning respondent goes on: the last step holding one of their answers."""
    keys = [partner_key(entry) for entry in partner_entries(answers)]
    return last_answered_step(definition, answers, keys)


def _names(visit: Visit, answers: Answers) -> dict[str, str]:
    ids = {
        str(entry["actor"])
        for value in answers.values()
        if isinstance(value, list)
        for entry in value
        if isinstance(entry, dict) and entry.get("actor")
    }
    if not ids:
        return {}
    return dict(
        Actor.objects.filter(workspace=visit.invitation.workspace, external_id__in=ids).values_list(
            "external_id", "name"
        )
    )


def step_context(
    visit: Visit,
    steps: Sequence,
    number: int,
    answers: Answers,
    lang: str,
    *,
    errors: Mapping[str, str],
) -> dict:
    """Context of step ``number`` (or of the end page when ``number == len(steps)``)."""
    names = _names(visit, answers)
    partner_labels = {
        partner_key(entry): entry_label(entry, names) for entry in partner_entries(answers)
    }
    keys = list(partner_labels)
    done = progress(visit.definition, answers, keys)
    overview = []
    for index, at in enumerate(steps):
        section = visit.definition.section(at.section_id)
        asked = [q for q in section.questions]
        answered = sum((q.id, at.partner_key) in answers for q in asked)
        overview.append({
            "number": index,
            "title": section.title.get(lang),
            "partner": partner_labels.get(at.partner_key, "") if at.partner_key else "",
            "answered": answered,
            "asked": len(asked),
        })  # fmt: skip
    context = {
        "visit": visit,
        "lang": lang,
        "steps": overview,
        "step_count": len(steps),
        "number": number,
        "percent": round(100 * done.fraction),
        "answered": done.answered,
        "askable": done.askable,
        "previous": number - 1 if number > 0 else None,
        "title": visit.definition.title.get(lang),
        "sectors": [(t.code, t.label(lang)) for t in vocab.SECTOR.terms],
    }
    if number >= len(steps):
        return context
    at = steps[number]
    section = visit.definition.section(at.section_id)
    prefills = register_values(visit.invitation.actor) if section.repeat == "once" else {}
    context.update(
        section={
            "id": section.id,
            "title": section.title.get(lang),
            "intro": section.intro.get(lang) if section.intro else "",
        },
        partner_key=at.partner_key or "",
        partner_label=partner_labels.get(at.partner_key, "") if at.partner_key else "",
        partner_number=keys.index(at.partner_key) + 1 if at.partner_key in keys else None,
        partner_count=len(keys),
        questions=[
            question_view(
                question,
                answers.get((question.id, at.partner_key)),
                lang,
                partner=at.partner_key,
                names=names,
                error=errors.get(question.id),
                prefill=prefills.get(question.prefill) if question.prefill else None,
            )
            for question in section.questions
        ],
        is_partner_list=any(q.id == PARTNERS_QUESTION for q in section.questions),
    )
    return context
