"""Tie-level changes between two rounds.

A tie is one respondent's report of a collaboration with one partner. Both ends are matched across
rounds through one :class:`~netwerkkaart.core.network.graph.ActorIndex` over both registers: a
register id matches itself, other text its normalised name, so "CAW Oost" and "caw oost" meet.

A tie of the first round that the second round lacks is *ended* only when its respondent answered
the second round; when the respondent did not, nobody knows, and it is *not reported* instead.
Finality is compared by intensity (referral < information sharing < coordination < joint
activities, seed 002) and evaluation on its five-point order.
"""

from __future__ import annotations

import polars as pl

from netwerkkaart.core import vocab
from netwerkkaart.core.dataset import Dataset
from netwerkkaart.core.network.graph import ActorIndex

TIE_CHANGE_KINDS = ("new", "ended", "not_reported", "intensified", "weakened", "same")
SCHEMA = {
    "respondent": pl.String,
    "partner": pl.String,
    "change": pl.String,
    "finality_before": pl.String,
    "finality_after": pl.String,
    "evaluation_before": pl.String,
    "evaluation_after": pl.String,
    "evaluation_change": pl.String,  # "up", "down", or null (same or not comparable)
}


def shared_index(before: Dataset, after: Dataset) -> ActorIndex:
    """One index over both registers (the later one wins for an id in both)."""
    registers = [frame for frame in (after.actors, before.actors) if frame.height]
    if not registers:
        return ActorIndex(after.actors)
    combined = pl.concat(
        [frame.select("id", "name", "category") for frame in registers], how="vertical_relaxed"
    ).unique(subset="id", keep="first", maintain_order=True)
    return ActorIndex(combined)


def _reports(dataset: Dataset, index: ActorIndex) -> dict[tuple[str, str], dict]:
    reports = {}
    for row in dataset.ties.select("respondent", "partner", "finality", "evaluation").iter_rows(
        named=True
    ):
        key = (index.resolve(row["respondent"]), index.resolve(row["partner"]))
        reports[key] = row
    return reports


def _position(vocabulary: vocab.Vocabulary, code: object) -> int | None:
    return None if code is None else vocabulary.position(str(code))


def tie_changes(before: Dataset, after: Dataset) -> pl.DataFrame:
    """One row per tie reported in either round, with what changed (see :data:`SCHEMA`).

    Sorted by change kind (in :data:`TIE_CHANGE_KINDS` order), respondent and partner.
    """
    index = shared_index(before, after)
    old, new = _reports(before, index), _reports(after, index)
    answered_after = {respondent for respondent, _partner in new}
    rows = []
    for key in sorted(set(old) | set(new)):
        was, now = old.get(key), new.get(key)
        if was is None:
            change = "new"
        elif now is None:
            change = "ended" if key[0] in answered_after else "not_reported"
        else:
            a = _position(vocab.FINALITY, was["finality"])
            b = _position(vocab.FINALITY, now["finality"])
            change = "same" if a is None or b is None or a == b else (
                "intensified" if b > a else "weakened"
            )  # fmt: skip
        evaluation = None
        if was is not None and now is not None:
            a = _position(vocab.EVALUATION, was["evaluation"])
            b = _position(vocab.EVALUATION, now["evaluation"])
            if a is not None and b is not None and a != b:
                evaluation = "up" if b < a else "down"  # zeer_goed comes first
        rows.append({
            "respondent": key[0], "partner": key[1], "change": change,
            "finality_before": _text(was, "finality"), "finality_after": _text(now, "finality"),
            "evaluation_before": _text(was, "evaluation"),
            "evaluation_after": _text(now, "evaluation"), "evaluation_change": evaluation,
        })  # fmt: skip
    order = {kind: i for i, kind in enumerate(TIE_CHANGE_KINDS)}
    rows.sort(key=lambda r: (order[r["change"]], r["respondent"], r["partner"]))
    return pl.DataFrame(rows, schema=SCHEMA)


def _text(row: dict | None, column: str) -> str | None:
    return None if row is None or row[column] is None else str(row[column])
