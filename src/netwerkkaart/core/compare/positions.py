"""Changes in the network measures, in actors' positions, and wishes that became ties."""

from __future__ import annotations

import math

import polars as pl

from netwerkkaart.core.compare.ties import shared_index
from netwerkkaart.core.dataset import Dataset
from netwerkkaart.core.network.analysis import NetworkAnalysis
from netwerkkaart.core.network.findings import bridge_builders


def _value(figure) -> float | None:
    if figure.suppressed or figure.value is None:
        return None
    value = float(figure.value)
    return None if math.isnan(value) else value


def measure_changes(before: NetworkAnalysis, after: NetworkAnalysis) -> pl.DataFrame:
    """Every summary measure of either round: value before, after and the change.

    A measure suppressed (too few respondents) or undefined in either round has no change: a
    difference with a hidden figure would reveal it.
    """
    old = {(f.measure, f.group): _value(f) for f in before.summary}
    new = {(f.measure, f.group): _value(f) for f in after.summary}
    keys = list(dict.fromkeys([*(k for k in new), *(k for k in old)]))
    rows = []
    for measure, group in keys:
        a, b = old.get((measure, group)), new.get((measure, group))
        rows.append({"measure": measure, "group": group, "before": a, "after": b,
                     "change": None if a is None or b is None else b - a})  # fmt: skip
    return pl.DataFrame(rows, schema={"measure": pl.String, "group": pl.String,
                                      "before": pl.Float64, "after": pl.Float64,
                                      "change": pl.Float64})  # fmt: skip


def position_changes(
    before: NetworkAnalysis, after: NetworkAnalysis, *, top: int = 10
) -> pl.DataFrame:
    """Actors that became (or stopped being) one of the ``top`` bridge builders, or an isolate.

    Returns rows ``id, name, change`` with change one of ``became_bridge_builder``,
    ``no_longer_bridge_builder``, ``became_isolate``, ``no_longer_isolate``; an actor present in
    only one round is not compared.
    """
    old_bridges = set(bridge_builders(before, top).get_column("id").to_list()) \
        if before.actors.height else set()  # fmt: skip
    new_bridges = set(bridge_builders(after, top).get_column("id").to_list()) \
        if after.actors.height else set()  # fmt: skip
    old_partners = dict(before.actors.select("id", "partners").iter_rows())
    new_rows = {row["id"]: row for row in after.actors.iter_rows(named=True)}
    old_names = dict(before.actors.select("id", "name").iter_rows())
    rows = []
    for actor_id in sorted(set(old_partners) & set(new_rows)):
        name = new_rows[actor_id]["name"] or old_names.get(actor_id)
        if actor_id in new_bridges and actor_id not in old_bridges:
            rows.append((actor_id, name, "became_bridge_builder"))
        elif actor_id in old_bridges and actor_id not in new_bridges:
            rows.append((actor_id, name, "no_longer_bridge_builder"))
        was_isolate = old_partners[actor_id] == 0
        is_isolate = new_rows[actor_id]["partners"] == 0
        if is_isolate and not was_isolate:
            rows.append((actor_id, name, "became_isolate"))
        elif was_isolate and not is_isolate:
            rows.append((actor_id, name, "no_longer_isolate"))
    return pl.DataFrame(rows, schema={"id": pl.String, "name": pl.String, "change": pl.String},
                        orient="row")  # fmt: skip


def wishes_fulfilled(before: Dataset, after: Dataset) -> pl.DataFrame:
    """Wishes of the first round ("more" or "better" with a partner) and whether they became ties.

    A wish for an actor is fulfilled when the same respondent reports a tie with that actor in the
    second round; a wish for a category (e.g. "Huisartsen") when it reports a tie with any actor of
    that category. For a "better" wish the tie's evaluation in the second round is given too.
    Respondents who did not answer the second round are left out (nobody knows).
    ``target_kind`` says whether the wish named an ``actor`` or a ``category``.
    """
    index = shared_index(before, after)
    ties_after: dict[str, dict[str, dict]] = {}
    for row in after.ties.select("respondent", "partner", "finality", "evaluation").iter_rows(
        named=True
    ):
        ties_after.setdefault(index.resolve(row["respondent"]), {})[
            index.resolve(row["partner"])
        ] = row
    rows = []
    for wish in before.wishes.iter_rows(named=True):
        respondent = index.resolve(wish["respondent"])
        if respondent not in ties_after:
            continue
        partners = ties_after[respondent]
        members = index.category_members(wish["partner"])
        targets = members if members is not None else [index.resolve(wish["partner"])]
        hit = next((partners[t] for t in targets if t in partners), None)
        rows.append({
            "respondent": respondent, "partner": wish["partner"], "wish": str(wish["wish"]),
            "target_kind": "actor" if members is None else "category",
            "became_tie": hit is not None,
            "finality_after": None if hit is None or hit["finality"] is None else str(hit["finality"]),
            "evaluation_after": None if hit is None or hit["evaluation"] is None
            else str(hit["evaluation"]),
        })  # fmt: skip
    return pl.DataFrame(rows, schema={"respondent": pl.String, "partner": pl.String,
                                      "wish": pl.String, "target_kind": pl.String,
                                      "became_tie": pl.Boolean,
                                      "finality_after": pl.String,
                                      "evaluation_after": pl.String})  # fmt: skip
