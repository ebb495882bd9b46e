"""Identifiers in a round's file that look like register ids but are not in the register.

A typing slip (``GG-HA-1`` for ``GG-HA-01``) or an id that was never registered
(``GG-ONBESTAAND-99``) would otherwise become a phantom organisation on the map: the import
cannot tell a new partner named by its free name from a mistyped id. An identifier is questioned
when it has the *shape* of the register's ids (letters, digits and separators in the same order)
but matches no id and no name of the register; the nearest register ids are suggested
(Ratcliff/Obershelp similarity, :mod:`difflib`), so a coordinator can correct the file or
confirm that the actor is new.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass

from netwerkkaart.core.dataset import Dataset


@dataclass(frozen=True)
class QuestionedId:
    """One identifier of the file that is not in the register but looks like one of its ids.

    Attributes
    ----------
    value
        The identifier as the file gives it.
    column
        Where it occurs: ``respondent`` or ``partner`` (the first column it was met in).
    rows
        How many rows of the file carry it.
    suggestions
        The nearest register ids, best first (possibly none).
    """

    value: str
    column: str
    rows: int
    suggestions: tuple[str, ...]


def id_shape(value: str) -> str:
    """Letters become ``A``, digit runs ``9``, everything else stays: ``GG-HA-01`` → ``A-A-9``.

    Examples
    --------
    >>> id_shape("GG-HA-01"), id_shape("GG-HA-1"), id_shape("Huisarts Peeters")
    ('A-A-9', 'A-A-9', 'A A')
    """
    shape = re.sub(r"[^\W\d_]+", "A", value.strip())
    return re.sub(r"\d+", "9", shape)


def questioned_ids(
    dataset: Dataset, register_ids: Iterable[str], register_names: Iterable[str] = ()
) -> list[QuestionedId]:
    """Respondent and partner identifiers of ``dataset`` that look like register ids but are
    neither a register id nor a register name, most frequent first.

    Examples
    --------
    >>> from netwerkkaart.core.model import Tie
    >>> data = Dataset.from_records([Tie("GG-HA-01", "zorgorganisatie", "G", "GG-HA-1", "zorg")])
    >>> [(q.value, q.suggestions) for q in questioned_ids(data, ["GG-HA-01", "GG-HA-02"])]
    [('GG-HA-1', ('GG-HA-01', 'GG-HA-02'))]
    """
    ids = {i.strip() for i in register_ids if i}
    if not ids:
        return []
    known = ids | {n.strip().casefold() for n in register_names if n}
    shapes = {id_shape(i) for i in ids if re.search(r"\d|[-_./]", i)}
    seen: dict[str, tuple[str, int]] = {}
    for column in ("respondent", "partner"):
        if column not in dataset.ties.columns:
            continue
        counts = dataset.ties.group_by(column).len().drop_nulls(column)
        for value, rows in counts.iter_rows():
            value = str(value).strip()
            if value in known or value.casefold() in known or id_shape(value) not in shapes:
                continue
            first, total = seen.get(value, (column, 0))
            seen[value] = (first, total + rows)
    candidates = sorted(ids)
    found = [
        QuestionedId(
            value,
            column,
            rows,
            tuple(difflib.get_close_matches(value, candidates, n=3, cutoff=0.6)),
        )
        for value, (column, rows) in seen.items()
    ]
    return sorted(found, key=lambda q: (-q.rows, q.value))
