"""Every write of a group session: start, join, answer, close. Plain values in, never a request."""

from __future__ import annotations

import datetime
import hashlib
import secrets
from collections.abc import Mapping

from django.contrib.auth.base_user import AbstractBaseUser
from django.db import IntegrityError, transaction
from django.db.models import Max
from django_scopes import scope

from netwerkkaart.apps.instruments.models import InstrumentSession, Participant, ParticipantAnswer
from netwerkkaart.apps.workspaces.models import Workspace
from netwerkkaart.apps.workspaces.services import log_action
from netwerkkaart.core.questionnaire import validate_answer
from netwerkkaart.core.reflection import Instrument, builtin_instrument
from netwerkkaart.core.reflection.loader import instrument_from_data


class SessionClosed(Exception):
    """The session no longer takes answers."""


def key_hash(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def instrument_of(session: InstrumentSession) -> Instrument:
    """The instrument as it was when the session started (its snapshot, validated again)."""
    return instrument_from_data(dict(session.definition), f"{session.instrument}.yaml")


@transaction.atomic
def start_session(
    workspace: Workspace,
    instrument_id: str,
    *,
    network: str,
    held_on: datetime.date,
    user: AbstractBaseUser | None,
) -> InstrumentSession:
    """Start a session of a built-in instrument for ``network``; ``KeyError`` for an unknown one."""
    instrument = builtin_instrument(instrument_id)
    with scope(workspace=workspace):
        session = InstrumentSession.objects.create(
            workspace=workspace, instrument=instrument.id, version=instrument.version,
            definition=dict(instrument.data), network=network.strip(), held_on=held_on,
            join_key=secrets.token_urlsafe(18), created_by=user,
        )  # fmt: skip
        log_action(workspace, "instruments.session_started", user, instrument=instrument.id,
                   network=session.network, held_on=str(held_on))  # fmt: skip
    return session


def join(session: InstrumentSession) -> tuple[Participant, str]:
    """A new pseudonymous participant: returns it and its secret key (for the cookie).

    The number is the next free one in the session; two phones joining at once both get one.
    """
    if not session.is_open:
        raise SessionClosed
    key = secrets.token_urlsafe(24)
    for _attempt in range(5):
        try:
            with transaction.atomic(), scope(workspace=session.workspace):
                last = session.participants.aggregate(last=Max("number"))["last"] or 0
                participant = Participant.objects.create(
                    workspace=session.workspace, session=session, number=last + 1,
                    key_hash=key_hash(key),
                )  # fmt: skip
            return participant, key
        except IntegrityError:
            continue  # another phone took that number just now
    raise RuntimeError("could not number the participant")


def participant_for(session: InstrumentSession, key: str | None) -> Participant | None:
    if not key:
        return None
    with scope(workspace=session.workspace):
        return Participant.objects.filter(session=session, key_hash=key_hash(key)).first()


@transaction.atomic
def save_answers(
    participant: Participant, instrument: Instrument, answers: Mapping[str, object]
) -> dict[str, object]:
    """Check and store ``answers`` (item id → value; ``None`` clears); returns what was stored.

    Raises the core's ``AnswerError`` (nothing is stored then) or ``KeyError`` for an unknown
    item, and :class:`SessionClosed` once the session is closed.
    """
    session = participant.session
    with scope(workspace=session.workspace):
        locked = InstrumentSession.objects.select_for_update().get(pk=session.pk)
        if not locked.is_open:
            raise SessionClosed
        clean = {item: None if value is None else validate_answer(instrument.item(item), value)
                 for item, value in answers.items()}  # fmt: skip
        for item, value in clean.items():
            if value is None:
                ParticipantAnswer.objects.filter(participant=participant, item=item).delete()
            else:
                ParticipantAnswer.objects.update_or_create(
                    participant=participant, item=item,
                    defaults={"value": value, "workspace": session.workspace},
                )  # fmt: skip
    return clean


@transaction.atomic
def close_session(session: InstrumentSession, *, user: AbstractBaseUser | None) -> None:
    with scope(workspace=session.workspace):
        InstrumentSession.objects.filter(pk=session.pk).update(status=InstrumentSession.CLOSED)
        log_action(session.workspace, "instruments.session_closed", user, session=session.pk)
    session.status = InstrumentSession.CLOSED
