"""Aggregates of answers that are not columns of the open data format: trust, any closed question.

Trust follows seed 003 (the NVZD guide on network governance, after Provan & Kenis 2008): trust
among the partners is a key indicator of a collaboration's chance of success and one of the
considerations that decide which governance form fits. It is asked per partner on three 1-5 items
(the partner keeps its promises, shares our goal, is open to discussion), as network-survey tools
such as the PARTNER tool (Varda et al., 2012) ask reliability, support of the mission and
openness, and reported per partner and per pair of sectors as a mean over the respondents.

Every figure rests on at least ``min_group`` distinct respondents; smaller groups are left out and
listed as suppressed, never shown as zero (see :mod:`netwerkkaart.core.privacy`).
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import polars as pl

from netwerkkaart.core.privacy import DEFAULT_MIN_GROUP, is_reportable
from netwerkkaart.core.questionnaire.model import Question
from netwerkkaart.core.questionnaire.to_dataset import SurveyResponse

TRUST_PREFIX = "trust:"
TRUST_SCHEMA = {
    "respondent": pl.String(),
    "respondent_sector": pl.String(),
    "partner": pl.String(),
    "partner_sector": pl.String(),
    "item": pl.String(),
    "score": pl.Int64(),
}


def trust_frame(responses: Iterable[SurveyResponse]) -> pl.DataFrame:
    """One row per trust score given: who (pseudonym and sector) about whom, which item."""
    rows = []
    for response in responses:
        trust_questions = [
            q for q in response.definition.questions()
            if q.maps_to and q.maps_to.startswith(TRUST_PREFIX)
        ]  # fmt: skip
        if not trust_questions:
            continue
        own_sector = response.profile_value("sector", "sector") or ""
        for partner in response.partners:
            for question in trust_questions:
                score = response.answers.get((question.id, partner.key))
                if score is None:
                    continue
                rows.append({
                    "respondent": response.pseudonym,
                    "respondent_sector": str(own_sector),
                    "partner": partner.actor_id or partner.name or "",
                    "partner_sector": partner.sector or "",
                    "item": question.maps_to.removeprefix(TRUST_PREFIX),
                    "score": int(score),
                })  # fmt: skip
    return pl.DataFrame(rows, schema=TRUST_SCHEMA)


@dataclass(frozen=True)
class TrustRow:
    """Trust in one partner, or of one sector in another."""

    partner: str = ""
    respondent_sector: str = ""
    partner_sector: str = ""
    respondents: int = 0
    mean: float = 0.0
    median: float = 0.0
    item_means: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class TrustSummary:
    by_partner: list[TrustRow]
    by_sector_pair: list[TrustRow]
    suppressed_partners: int
    suppressed_pairs: list[tuple[str, str]]
    min_group: int


def trust_summary(trust: pl.DataFrame, min_group: int = DEFAULT_MIN_GROUP) -> TrustSummary:
    """Mean trust per partner and per (respondent sector, partner sector) pair.

    A respondent's trust in a partner is the mean of the items it scored; a group's figure is the
    mean (and median) over its respondents, so a respondent naming several partners of a sector
    weighs once per partner. Partners and pairs with fewer than ``min_group`` distinct respondents
    are not reported; how many partners and which pairs were left out is.
    """
    if trust.is_empty():
        return TrustSummary([], [], 0, [], min_group)
    per_tie = trust.group_by(
        ["respondent", "respondent_sector", "partner", "partner_sector"], maintain_order=True
    ).agg(pl.col("score").mean().alias("tie_mean"))
    by_partner, hidden_partners = [], 0
    for (partner, partner_sector), group in per_tie.group_by(
        ["partner", "partner_sector"], maintain_order=True
    ):
        respondents = group.get_column("respondent").n_unique()
        if not is_reportable(respondents, min_group):
            hidden_partners += 1
            continue
        items = trust.filter(pl.col("partner") == partner)
        by_partner.append(_row(group, items, respondents, partner=partner,
                               partner_sector=partner_sector))  # fmt: skip
    by_pair, hidden_pairs = [], []
    for (own, other), group in per_tie.group_by(
        ["respondent_sector", "partner_sector"], maintain_order=True
    ):
        respondents = group.get_column("respondent").n_unique()
        if not is_reportable(respondents, min_group):
            hidden_pairs.append((own, other))
            continue
        items = trust.filter(
            (pl.col("respondent_sector") == own) & (pl.col("partner_sector") == other)
        )
        by_pair.append(_row(group, items, respondents, respondent_sector=own, partner_sector=other))
    by_partner.sort(key=lambda r: (-r.respondents, r.partner))
    by_pair.sort(key=lambda r: (r.respondent_sector, r.partner_sector))
    return TrustSummary(by_partner, by_pair, hidden_partners, sorted(hidden_pairs), min_group)


def _row(group: pl.DataFrame, items: pl.DataFrame, respondents: int, **where: str) -> TrustRow:
    means = group.get_column("tie_mean").to_list()
    item_means = {
        item: round(mean, 2)
        for item, mean in items.group_by("item", maintain_order=True)
        .agg(pl.col("score").mean())
        .iter_rows()
    }
    return TrustRow(respondents=respondents, mean=round(statistics.fmean(means), 2),
                    median=round(statistics.median(means), 2), item_means=item_means,
                    **where)  # fmt: skip


@dataclass(frozen=True)
class Distribution:
    """How a group answered one closed question: counts per option and, for scales, the spread."""

    n: int
    suppressed: bool
    counts: dict[str, int] = field(default_factory=dict)
    minimum: float | None = None
    q1: float | None = None
    median: float | None = None
    q3: float | None = None
    maximum: float | None = None
    mean: float | None = None


def distribution(
    question: Question, values: Sequence[object], min_group: int = DEFAULT_MIN_GROUP
) -> Distribution:
    """The distribution of ``values`` (one per respondent, ``None`` = not answered).

    Counts follow the option order (likert: every point of the scale, also those nobody chose).
    For likert, level and number questions the five-number summary (quartiles by the inclusive
    method, as spreadsheets compute them) and the mean are given; the mean alone hides the spread
    a group conversation is about. Fewer than ``min_group`` answers: suppressed, no figures.
    """
    given = [v for v in values if v is not None]
    n = len(given)
    if not is_reportable(n, min_group):
        return Distribution(n=n, suppressed=True)
    counts: Counter = Counter()
    for value in given:
        if isinstance(value, list):
            counts.update(str(v) for v in value)
        elif isinstance(value, bool):
            counts["true" if value else "false"] += 1
        elif not isinstance(value, dict):
            counts[str(value)] += 1
    if question.type == "likert":
        order = [str(v) for v in range(int(question.min or 1), int(question.max or 5) + 1)]
    elif question.type == "yes_no":
        order = ["true", "false"]
    else:
        order = list(question.option_codes())
    ordered = {code: counts.get(code, 0) for code in order} if order else dict(counts)
    numbers = _numbers(question, given)
    if len(numbers) < 1:
        return Distribution(n=n, suppressed=False, counts=ordered)
    quartiles = statistics.quantiles(numbers, n=4, method="inclusive") if len(numbers) > 1 \
        else [numbers[0]] * 3  # fmt: skip
    return Distribution(
        n=n, suppressed=False, counts=ordered, minimum=min(numbers), q1=quartiles[0],
        median=quartiles[1], q3=quartiles[2], maximum=max(numbers),
        mean=round(statistics.fmean(numbers), 2),
    )  # fmt: skip


def _numbers(question: Question, given: Sequence[object]) -> list[float]:
    if question.type in ("likert", "number"):
        return sorted(float(v) for v in given if isinstance(v, (int, float)))
    if question.type == "level":
        position = {code: i + 1 for i, code in enumerate(question.option_codes())}
        return sorted(float(position[v]) for v in given if v in position)
    return []
