"""The lock on a round's row, which every write of a round's answers takes.

A file import and a survey round's closing write a round's data; they lock its row exclusively
(:func:`lock_rounds`, ``SELECT … FOR UPDATE``), so two of them run one after the other and a
"replace" never merges two files. A respondent's save takes the same row in shared mode
(:func:`round_status_for_saving`, ``FOR SHARE``): saves run side by side, but the closing waits
for the saves in progress and a save that comes after it finds the round closed.

On SQLite ``FOR UPDATE`` and ``FOR SHARE`` do not exist; there every transaction that writes
starts with ``BEGIN IMMEDIATE`` (``web/settings.py``) and so holds the database's one write lock
from its first statement: the same order, reached by the whole database instead of a row.
Call these inside ``transaction.atomic()``.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from django.db import IntegrityError, connection, transaction

from netwerkkaart.apps.rounds.models import Round, RoundSource
from netwerkkaart.apps.workspaces.models import Workspace


def lock_rounds(workspace: Workspace, codes: Iterable[str]) -> dict[str, tuple[Round, bool]]:
    """Lock the rounds ``codes`` of ``workspace`` for writing, making those that do not exist.

    Returns ``{code: (round, created)}``. Rounds are locked in the order of their codes, so two
    writers of overlapping rounds cannot wait for each other. When another transaction is making
    the same round, this one waits for it and then locks the round it made.
    """
    locked: dict[str, tuple[Round, bool]] = {}
    for code in sorted(set(codes)):
        round_ = Round.objects.select_for_update().filter(workspace=workspace, code=code).first()
        created = False
        if round_ is None:
            try:
                with transaction.atomic():  # a savepoint: a lost race leaves the rest intact
                    round_ = Round.objects.create(
                        workspace=workspace,
                        code=code,
                        opened=date.today(),
                        source=RoundSource.IMPORT,
                    )
                created = True
            except IntegrityError:
                # Another import made it first and has committed: lock the round it made.
                round_ = Round.objects.select_for_update().get(workspace=workspace, code=code)
        locked[code] = (round_, created)
    return locked


def round_status_for_saving(round_id: int) -> str | None:
    """The round's status, read under a shared lock held until the transaction ends.

    ``None`` when the round is gone (deleted with its answers).
    """
    table = connection.ops.quote_name(Round._meta.db_table)
    share = " FOR SHARE" if connection.vendor == "postgresql" else ""
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT status FROM {table} WHERE id = %s{share}", [round_id])
        row = cursor.fetchone()
    return row[0] if row else None
