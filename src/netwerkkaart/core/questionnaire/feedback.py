"""What a respondent gets back: their own collaboration profile beside the ecosystem's, and an
overview of who does what in the ecosystem.

Giving respondents something back is the survey's thank-you and a reason to answer next time.
Only aggregates are shown, and every ecosystem figure rests on at least ``min_group`` distinct
respondents (:mod:`netwerkkaart.core.privacy`); a respondent's own figures are their own answers.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import polars as pl

from netwerkkaart.core import vocab
from netwerkkaart.core.dataset import Dataset
from netwerkkaart.core.privacy import DEFAULT_MIN_GROUP, is_reportable


@dataclass(frozen=True)
class Share:
    """One category (a sector, a finality): the respondent's count and share, the ecosystem's."""

    code: str
    own_count: int
    own_share: float
    ecosystem_share: float | None  # None: suppressed


@dataclass(frozen=True)
class Feedback:
    partners: int
    light_ties: int
    by_sector: list[Share]
    by_finality: list[Share]
    wishes: list[tuple[str, str]]  # (partner as given, wish code)
    ecosystem_respondents: int
    ecosystem_suppressed: bool
    min_group: int


def _shares(
    frame: pl.DataFrame, column: str, codes: tuple[str, ...]
) -> dict[str, tuple[int, float]]:
    values = frame.get_column(column).drop_nulls().cast(pl.String).to_list()
    total = len(values)
    return {
        code: (values.count(code), values.count(code) / total if total else 0.0) for code in codes
    }


def respondent_feedback(
    dataset: Dataset, pseudonym: str, min_group: int = DEFAULT_MIN_GROUP
) -> Feedback:
    """The respondent ``pseudonym``'s partners by sector and ties by finality, beside the ecosystem.

    Shares are over the answers given to that question (as in Tabel 2 of the report); the
    ecosystem's shares are over every respondent's ties, shown only when at least ``min_group``
    distinct respondents gave any.
    """
    ties = dataset.ties
    own = ties.filter(pl.col("respondent") == pseudonym)
    respondents = ties.get_column("respondent").n_unique() if ties.height else 0
    suppressed = not is_reportable(respondents, min_group)
    sectors, finalities = vocab.SECTOR.codes, vocab.FINALITY.codes
    own_sector = _shares(own, "partner_group", sectors)
    eco_sector = _shares(ties, "partner_group", sectors)
    own_final = _shares(own, "finality", finalities)
    eco_final = _shares(ties, "finality", finalities)
    by_sector = [
        Share(code, *own_sector[code], None if suppressed else eco_sector[code][1])
        for code in sectors
    ]
    by_finality = [
        Share(code, *own_final[code], None if suppressed else eco_final[code][1])
        for code in finalities
    ]
    light = sum(own_final[code][0] for code in vocab.LIGHT_FINALITIES)
    wishes = [
        (row["partner"], str(row["wish"]))
        for row in dataset.wishes.filter(pl.col("respondent") == pseudonym).iter_rows(named=True)
    ]
    return Feedback(
        partners=own.height, light_ties=light, by_sector=by_sector, by_finality=by_finality,
        wishes=wishes, ecosystem_respondents=respondents, ecosystem_suppressed=suppressed,
        min_group=min_group,
    )  # fmt: skip


@dataclass(frozen=True)
class GroupActivity:
    """What the actors of one sector (or register category) do with the others, in aggregate."""

    group: str
    actors: int  # distinct actors of the group named as a partner
    ties: int  # ties they receive
    respondents: int  # distinct respondents naming them
    finality_shares: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class WhoDoesWhat:
    by_sector: list[GroupActivity]
    by_category: list[GroupActivity]
    suppressed: list[str]  # groups left out: fewer than min_group respondents
    min_group: int


def who_does_what(
    dataset: Dataset, actors: pl.DataFrame | None = None, min_group: int = DEFAULT_MIN_GROUP
) -> WhoDoesWhat:
    """Per partner sector (and per register category when ``actors`` is given): how many actors
    are named as partners, how many ties they receive and for what (the finality mix).

    A group named by fewer than ``min_group`` distinct respondents is left out and listed.
    """
    ties = dataset.ties
    suppressed: list[str] = []
    by_sector = _activities(ties, "partner_group", vocab.SECTOR.codes, min_group, suppressed)
    by_category: list[GroupActivity] = []
    if actors is not None and actors.height and ties.height:
        category_of = dict(
            zip(actors.get_column("id").to_list(), actors.get_column("category").to_list(),
                strict=True)
        )  # fmt: skip
        with_category = ties.with_columns(
            pl.col("partner").replace_strict(category_of, default=None).alias("category")
        ).filter(pl.col("category").is_not_null())
        categories = tuple(sorted(set(with_category.get_column("category").to_list())))
        by_category = _activities(with_category, "category", categories, min_group, suppressed)
    return WhoDoesWhat(by_sector, by_category, suppressed, min_group)


def _activities(
    ties: pl.DataFrame, column: str, groups: tuple[str, ...], min_group: int, suppressed: list[str]
) -> list[GroupActivity]:
    result = []
    for group in groups:
        part = ties.filter(pl.col(column).cast(pl.String) == group)
        if part.is_empty():
            continue
        respondents = part.get_column("respondent").n_unique()
        if not is_reportable(respondents, min_group):
            suppressed.append(group)
            continue
        shares = _shares(part, "finality", vocab.FINALITY.codes)
        result.append(GroupActivity(
            group=group, actors=part.get_column("partner").n_unique(), ties=part.height,
            respondents=respondents, finality_shares={c: s for c, (_n, s) in shares.items()},
        ))  # fmt: skip
    return result


@dataclass(frozen=True)
class WishedOffer:
    """A respondent's wish and what the ecosystem offers of that kind of partner.

    ``offer`` is the activity of the wished category (the category itself, or the register
    category of a wished actor); ``None`` when nobody names such partners yet or the group is
    suppressed.
    """

    partner: str
    wish: str
    category: str | None
    offer: GroupActivity | None


def wished_offers(
    wishes: list[tuple[str, str]], overview: WhoDoesWhat, actors: pl.DataFrame | None = None
) -> list[WishedOffer]:
    """Match each of a respondent's wishes to who in the ecosystem offers that kind of partner.

    A wish names a category ("Huisartsen") or an actor (by register id or name); an actor is
    looked up in ``actors`` (the register: ``id, name, category``) and stands for its category.
    Only the aggregates of :func:`who_does_what` are used, so suppression carries over.
    """
    by_category = {vocab.normalise_key(g.group): g for g in overview.by_category}
    category_of: dict[str, str] = {}
    if actors is not None and actors.height:
        for actor_id, name, category in actors.select("id", "name", "category").iter_rows():
            if category:
                category_of[vocab.normalise_key(actor_id)] = category
                if name:
                    category_of.setdefault(vocab.normalise_key(name), category)
    categories = {vocab.normalise_key(c): c for c in category_of.values()}
    result = []
    for partner, wish in wishes:
        key = vocab.normalise_key(partner)
        category = categories.get(key) or category_of.get(key)
        offer = by_category.get(vocab.normalise_key(category)) if category else None
        result.append(WishedOffer(partner, wish, category, offer))
    return result
