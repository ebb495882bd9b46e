"""The respondent's side: opening a personal link, saving each answer as it is given, finishing.

Every save is one transaction that first reads the round's status under a shared lock on its row
(the closing takes it exclusively: an acknowledged save is always in the closed data) and then
locks the respondent's :class:`Response` row, so two tabs
or a double submit of the same respondent are applied one after the other and nothing is lost:
a plain answer is an upsert of one row, and a list (partners, wishes) is changed by adding or
removing one entry under that lock, never by writing back a whole list a tab read earlier.

Opening a link writes nothing (a link checker or a mail scanner that follows it leaves no trace):
the answer set is created by the first save.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.db.models import F, OuterRef, Subquery
from django.db.models.fields.json import KeyTextTransform
from django.utils import timezone
from django_scopes import scope, scopes_disabled

from netwerkkaart.apps.register.models import Actor
from netwerkkaart.apps.rounds.locks import round_status_for_saving
from netwerkkaart.apps.rounds.models import RoundStatus
from netwerkkaart.apps.surveys.models import (
    AccessToken,
    Answer,
    Invitation,
    QuestionnaireVersion,
    Response,
    SurveyRound,
)
from netwerkkaart.apps.surveys.services import hash_token
from netwerkkaart.core.questionnaire import Definition, Question, validate_answer
from netwerkkaart.core.questionnaire.entries import partner_key

# The question that lists the partners the per-partner blocks ask about.
PARTNERS_QUESTION = "partners"


class LinkProblem(Exception):
    """A personal link that cannot be used: ``unknown``, ``revoked`` or ``closed``."""

    def __init__(self, code: str):
        self.code = code
        super().__init__(code)


class UnknownQuestion(Exception):
    """A save for a question the respondent's questionnaire does not have."""


@dataclass
class Visit:
    """An opened personal link: the invitation's round, questionnaire and answer set.

    ``response`` is not saved yet (no primary key) until the respondent's first save.
    """

    invitation: Invitation
    survey: SurveyRound
    version: QuestionnaireVersion
    definition: Definition
    response: Response


def resolve_link(token: str) -> Invitation:
    """The invitation a link token belongs to, or :class:`LinkProblem` saying why not.

    Only the hash is looked up, so the token itself is never stored or compared in the database.
    """
    return open_link(token).invitation


# What a response carries that a page needs, read with the link in one query (see open_link).
_RESPONSE_FIELDS = ("pk", "started", "updated", "finished_at")


def open_link(token: str) -> Visit:
    """Resolve a personal link (see :func:`resolve_link`) and open its visit in **one** query.

    The link, its invitation, round, workspace, survey round and current questionnaire come
    joined, and the answer set (if there is one) as subqueries: every request of a respondent,
    a save above all, starts with this. Raises :class:`LinkProblem` like :func:`resolve_link`.
    """
    if not token or len(token) > 100:
        raise LinkProblem("unknown")
    with scopes_disabled():
        responses = Response.objects.filter(
            round=OuterRef("invitation__round"), pseudonym=OuterRef("invitation__pseudonym")
        )
        current = "invitation__round__survey__current__"
        access = (
            AccessToken.objects.select_related(
                "invitation__round__survey__current", "invitation__workspace"
            )
            # The questionnaire itself is parsed once per process (definition_of): only its
            # version string is read here, not the JSON of the whole questionnaire.
            .defer(
                *(
                    current + name
                    for name in (
                        "definition",
                        "own_questions",
                        "disabled_sections",
                        "enabled_sections",
                    )
                )
            )
            .annotate(
                # (KT() cannot follow relations; a transform of an F() can.)
                definition_version=KeyTextTransform("version", F(current + "definition")),
                **{
                    f"response_{name}": Subquery(responses.values(name)[:1])
                    for name in _RESPONSE_FIELDS
                },
            )
            .filter(token_hash=hash_token(token))
            .first()
        )
    if access is None:
        raise LinkProblem("unknown")
    invitation = access.invitation
    if access.revoked_at is not None or invitation.revoked_at is not None:
        raise LinkProblem("revoked")
    round_ = invitation.round
    if round_.status != RoundStatus.OPEN:
        raise LinkProblem("closed")
    survey = round_.survey
    response = Response(
        workspace=invitation.workspace, round=round_, pseudonym=invitation.pseudonym
    )
    if access.response_pk is not None:
        # The saved answer set, as read with the link: marked as coming from the database.
        response.pk = access.response_pk
        response.started = access.response_started
        response.updated = access.response_updated
        response.finished_at = access.response_finished_at
        response._state.adding = False
        response._state.db = access._state.db
    version = survey.current
    definition = definition_of(version, access.definition_version or "")
    return Visit(invitation, survey, version, definition, response)


def open_visit(invitation: Invitation) -> Visit:
    """The respondent's answer set with the round's current questionnaire; reads only.

    A first visit gets an unsaved answer set; :func:`_locked` saves it with the first answer.
    """
    workspace = invitation.workspace
    with scope(workspace=workspace):
        survey = SurveyRound.objects.select_related("current", "round").get(round=invitation.round)
        response = Response.objects.filter(
            round=invitation.round, pseudonym=invitation.pseudonym
        ).first()
        if response is None:
            response = Response(
                workspace=workspace, round=invitation.round, pseudonym=invitation.pseudonym
            )
    version = survey.current
    return Visit(invitation, survey, version, definition_of(version), response)


def definition_of(version: QuestionnaireVersion, version_string: str | None = None) -> Definition:
    """The core definition a version snapshots, parsed once per process.

    Keyed by the version's row and its definition's own version string: a version edited in place
    (before any answer) gets a new version string from ``customise``, so a stale entry is never hit.
    ``version_string``, when the caller read it with the row, spares loading the definition's
    JSON at all while the entry is cached.
    """
    if version_string is None:
        version_string = str(version.definition.get("version", ""))
    key = (version.pk, version_string)
    definition = _DEFINITIONS.get(key)
    if definition is None:
        if len(_DEFINITIONS) > 256:
            _DEFINITIONS.clear()
        definition = Definition.from_dict(version.definition, f"questionnaire version {version.pk}")
        _DEFINITIONS[key] = definition
    return definition


_DEFINITIONS: dict[tuple[int, str], Definition] = {}


def register_values(actor: Actor | None) -> dict[str, object]:
    """What the register knows about an invitee's organisation, by the names ``prefill`` uses.

    Offered as first answers on the profile step, and used when closing for what was left open.
    """
    if actor is None:
        return {}
    return {
        "actor_type": actor.actor_type or None,
        "sector": actor.sector or None,
        "category": actor.category or None,
        "location": actor.location or None,
        "scope": actor.scope or None,
        "employees": actor.employees,
        "clients": actor.clients,
    }


def answers_of(response: Response) -> dict[tuple[str, str | None], object]:
    """Every saved answer of ``response``, keyed by (question, partner key or ``None``)."""
    if response.pk is None:  # a first visit: nothing saved yet
        return {}
    with scope(workspace=response.workspace):
        rows = Answer.objects.filter(response=response).values_list("question", "partner", "value")
        return {(question, partner or None): value for question, partner, value in rows}


def _question(visit: Visit, question_id: str) -> Question:
    try:
        return visit.definition.question(question_id)
    except KeyError as error:
        raise UnknownQuestion(question_id) from error


def _locked(visit: Visit) -> Response:
    """The respondent's answer set, locked, once the round is known to be open.

    The round's row is read under a shared lock first (the lock its closing takes exclusively):
    a save either commits before the closing reads the answers, and is in the closed data, or
    comes after it and is refused with :class:`LinkProblem` ``closed``. Never an answer that was
    acknowledged and then left out.
    """
    if round_status_for_saving(visit.invitation.round_id) != RoundStatus.OPEN:
        raise LinkProblem("closed")
    if visit.response.pk is None and _first_save(visit):
        return visit.response  # just inserted: the new row is this transaction's
    # The UPDATE takes the row's lock (as SELECT … FOR UPDATE would) and keeps "last saved" in
    # the same statement.
    now = timezone.now()
    Response.objects.filter(pk=visit.response.pk).update(updated=now)
    visit.response.updated = now
    return visit.response


def _first_save(visit: Visit) -> bool:
    """Save a first visit's answer set; ``False`` when another tab's first save made it first.

    Either way ``visit.response`` is the saved row afterwards.
    """
    unsaved = visit.response
    try:
        with transaction.atomic():
            unsaved.save(force_insert=True)
        return True
    except IntegrityError:  # the other tab's first save made it
        visit.response = Response.objects.get(round=unsaved.round_id, pseudonym=unsaved.pseudonym)
        return False


def save_answer(visit: Visit, question_id: str, partner: str | None, value: object) -> object:
    """Validate and store one answer (``None`` clears it); returns the stored value.

    Raises the core's ``AnswerError`` for a value the question does not accept (nothing changes
    then) and :class:`UnknownQuestion` for a question not in the questionnaire.
    """
    question = _question(visit, question_id)
    clean = validate_answer(question, value)
    with transaction.atomic(), scope(workspace=visit.invitation.workspace):
        response = _locked(visit)
        _store(visit, response, question_id, partner or "", clean)
    return clean


def _store(visit: Visit, response: Response, question_id: str, partner: str, value: object) -> None:
    # PostgreSQL keeps no NUL character in text or JSON: refused here (the views answer "could
    # not be read"), never a failed write.
    if _has_nul(partner) or _has_nul(value):
        raise ValueError("a NUL character cannot be stored")
    if value is None:
        Answer.objects.filter(response=response, question=question_id, partner=partner).delete()
        return
    # One statement: INSERT … ON CONFLICT (response, question, partner) DO UPDATE.
    answer = Answer(
        workspace_id=response.workspace_id,
        response=response,
        question=question_id,
        partner=partner,
        value=value,
        version=visit.version,
    )
    Answer.objects.bulk_create(
        [answer],
        update_conflicts=True,
        unique_fields=["response", "question", "partner"],
        update_fields=["value", "version", "saved", "workspace"],
    )


def _has_nul(value: object) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, Mapping):
        return any(_has_nul(k) or _has_nul(v) for k, v in value.items())
    if isinstance(value, list | tuple):
        return any(_has_nul(item) for item in value)
    return False


def _saved_list(response: Response, question_id: str) -> list:
    """The entries of a list answer as stored now (read under the response's lock)."""
    value = (
        Answer.objects.filter(response=response, question=question_id, partner="")
        .values_list("value", flat=True)
        .first()
    )
    return value or []


def add_list_entry(visit: Visit, question_id: str, entry: Mapping[str, object]) -> list:
    """Add one entry to an actor list answer (a second add of the same entry changes nothing)."""
    question = _question(visit, question_id)
    with transaction.atomic(), scope(workspace=visit.invitation.workspace):
        response = _locked(visit)
        current = _saved_list(response, question_id)
        key = partner_key(entry)
        if any(partner_key(existing) == key for existing in current):
            return current
        clean = validate_answer(question, [*current, dict(entry)])
        _store(visit, response, question_id, "", clean)
    return clean


def remove_list_entry(visit: Visit, question_id: str, key: str) -> list:
    """Remove the entry with ``key`` from an actor list answer; its other answers are kept."""
    _question(visit, question_id)
    with transaction.atomic(), scope(workspace=visit.invitation.workspace):
        response = _locked(visit)
        current = _saved_list(response, question_id)
        kept = [entry for entry in current if partner_key(entry) != key]
        _store(visit, response, question_id, "", kept or None)
    return kept


def finish(visit: Visit) -> None:
    """Mark the questionnaire finished (idempotent; answers can still be changed while open)."""
    with transaction.atomic(), scope(workspace=visit.invitation.workspace):
        _locked(visit)
        Response.objects.filter(pk=visit.response.pk, finished_at__isnull=True).update(
            finished_at=timezone.now()
        )


def partner_entries(answers: Mapping[tuple[str, str | None], object]) -> list[dict]:
    """The respondent's partners, in the order they were added."""
    value = answers.get((PARTNERS_QUESTION, None)) or []
    return [dict(entry) for entry in value]  # type: ignore[union-attr]
