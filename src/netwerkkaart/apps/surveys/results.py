"""What a survey round shows besides the tables: trust, own questions, one invitee's answers.

Trust and the coordinator's own questions are not columns of the open data format, so they are
read from the answers directly, always in aggregate and with small groups suppressed.
"""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser
from django.utils.translation import gettext as _
from django_scopes import scope

from netwerkkaart.apps.register.models import Actor
from netwerkkaart.apps.surveys.answering import definition_of, partner_entries, partner_key
from netwerkkaart.apps.surveys.closing import survey_responses
from netwerkkaart.apps.surveys.models import Answer, Invitation, Response, SurveyRound
from netwerkkaart.apps.workspaces.services import log_action
from netwerkkaart.core import vocab
from netwerkkaart.core.questionnaire import Question, distribution, trust_frame, trust_summary
from netwerkkaart.core.questionnaire.entries import entry_label

TRUST_SECTION = "vertrouwen"


def round_results(survey: SurveyRound, lang: str, *, names: bool = False) -> dict:
    """Trust per sector pair (and per partner for those who may see names), own questions."""
    responses = survey_responses(survey)
    min_group = survey.workspace.min_group
    definition = definition_of(survey.current)
    summary = trust_summary(trust_frame(responses), min_group)
    own = []
    for section in definition.sections:
        for question in section.questions:
            if not question.own or question.type == "text":
                continue
            values = [
                value
                for response in responses
                for (qid, _partner), value in response.answers.items()
                if qid == question.id
            ]
            own.append({"question": question, "label": question.label.get(lang),
                        "distribution": _distribution_rows(question, values, min_group, lang)})  # fmt: skip
    return {
        "min_group": min_group,
        "has_trust": any(s.id == TRUST_SECTION for s in definition.sections),
        "trust": summary,
        "trust_pairs": _trust_pairs(summary, lang),
        "trust_partners": _trust_partners(survey, summary) if names else [],
        "own": own,
    }


def _distribution_rows(question: Question, values: list, min_group: int, lang: str) -> dict:
    result = distribution(question, values, min_group)
    labels = {o.code: o.label.get(lang) for o in question.options}
    labels.update({"true": _("ja"), "false": _("nee")} if question.type == "yes_no" else {})
    return {
        "n": result.n,
        "suppressed": result.suppressed,
        "rows": [
            {"label": labels.get(str(code), str(code)), "count": count}
            for code, count in (result.counts or {}).items()
        ],
        "mean": result.mean,
    }


def _trust_pairs(summary, lang: str) -> list[dict]:
    rows = []
    for row in summary.by_sector_pair:
        rows.append({
            "from": vocab.SECTOR.label(row.respondent_sector, lang)
            if row.respondent_sector in vocab.SECTOR.codes else row.respondent_sector,
            "to": vocab.SECTOR.label(row.partner_sector, lang)
            if row.partner_sector in vocab.SECTOR.codes else row.partner_sector,
            "respondents": row.respondents,
            "mean": row.mean,
            "items": row.item_means,
        })  # fmt: skip
    return rows


def _trust_partners(survey: SurveyRound, summary) -> list[dict]:
    with scope(workspace=survey.workspace):
        names = dict(
            Actor.objects.filter(workspace=survey.workspace).values_list("external_id", "name")
        )
    return [
        {"partner": names.get(row.partner, row.partner), "respondents": row.respondents,
         "mean": row.mean, "items": row.item_means}
        for row in summary.by_partner
    ]  # fmt: skip


def linked_answers(invitation: Invitation, lang: str, *, user: AbstractBaseUser | None) -> list:
    """One invitee's answers, for a coordinator who has a reason; the access is logged first."""
    workspace = invitation.workspace
    with scope(workspace=workspace):
        log_action(workspace, "surveys.identity_linked", user, round=invitation.round.code)
        response = Response.objects.filter(
            round=invitation.round, pseudonym=invitation.pseudonym
        ).first()
        if response is None:
            return []
        rows = list(
            Answer.objects.filter(response=response).select_related("version").order_by("pk")
        )
        names = dict(Actor.objects.filter(workspace=workspace).values_list("external_id", "name"))
    given = {(row.question, row.partner or None): row.value for row in rows}
    partners = {partner_key(e): entry_label(e, names) for e in partner_entries(given)}
    result = []
    for row in rows:
        definition = definition_of(row.version)
        try:
            question = definition.question(row.question)
            section = definition.section_of(row.question)
        except KeyError:
            continue
        result.append({
            "section": section.title.get(lang),
            "partner": partners.get(row.partner, row.partner) if row.partner else "",
            "question": question.label.get(lang),
            "answer": answer_text(question, row.value, lang, names),
        })  # fmt: skip
    return result


def answer_text(question: Question, value: object, lang: str, names: dict[str, str]) -> str:
    """An answer as a person reads it: option labels, "ja"/"nee", names of partners."""
    labels = {o.code: o.label.get(lang) for o in question.options}
    if isinstance(value, bool):
        return _("ja") if value else _("nee")
    if question.type == "actor_list" and isinstance(value, list):
        return ", ".join(entry_label(entry, names) for entry in value)
    if isinstance(value, list):
        return ", ".join(labels.get(str(v), str(v)) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{labels.get(k, k)}: {v}" for k, v in value.items())
    return labels.get(str(value), str(value))
