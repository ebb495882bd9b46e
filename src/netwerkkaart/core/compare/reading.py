"""Reading a comparison honestly: response, bases of shares, percentage points, the gist.

Two rounds are only as comparable as their response. When far fewer actors answered in one
round, fewer ties are reported, so counts and the measures built on them (density, isolates,
components) fall without anything having changed in the field (Kossinets 2006; Huisman 2009).
This module says so before any figure is read:

* :func:`response_contrast` — respondents and response of both rounds, and whether they differ
  *markedly*: the smaller round has fewer than :data:`RESPONDENT_RATIO` of the larger's
  respondents, or the response rates lie :data:`RATE_GAP` or more apart;
* :data:`RESPONSE_SENSITIVE` — the measures that depend most on response, marked then;
* :func:`share_bases` and :func:`comparable_shares` — the number each share of Tabel 1-6 is
  taken of (its *n*), and whether a change of it rests on enough answers: below
  :data:`MIN_BASE` in either round one answer moves the share by five percentage points or more,
  so the change is *not comparable*;
* :func:`points` — a change of a share written in percentage points ("+7 procentpunt"), never
  as a percentage;
* :func:`change_summary` — the changes "in het kort", in plain sentences.

References
----------
.. [1] Kossinets, G. (2006). Effects of missing data in social networks. *Social Networks* 28(3),
   247-268.
.. [2] Huisman, M. (2009). Imputation of missing network data: some simple procedures. *Journal
   of Social Structure* 10(1).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import polars as pl

from netwerkkaart.core.network.analysis import NetworkAnalysis
from netwerkkaart.core.tables import TableSet

MIN_BASE = 20
RESPONDENT_RATIO = 2 / 3
RATE_GAP = 0.10

# Counts, and the measures built on the ties each respondent reports: missing respondents take
# their ties with them. Shares of the reported ties (light, cross-sector) depend on it less.
RESPONSE_SENSITIVE = frozenset({
    "actors", "respondents", "ties", "density", "reciprocity", "finality_agreement",
    "components", "isolates", "largest_component_share", "degree_centralisation",
    "communities", "modularity", "unknown_actors",
})  # fmt: skip

# The keys of a row of each table (as table_changes joins them) and the keys a share is within.
_KEYS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "partner_mix": (("respondent_type", "partner_group"), ("respondent_type",)),
    "profile": (("location", "question", "answer"), ("location", "question")),
    "finality_by_group": (
        ("respondent_type", "partner_group", "finality"),
        ("respondent_type", "partner_group"),
    ),
    "factors": (("kind", "category", "item"), ("kind",)),
}
SEPARATOR = " · "


@dataclass(frozen=True)
class ResponseContrast:
    """Respondents and actors of both rounds (``None`` where suppressed)."""

    before: str
    after: str
    before_respondents: int | None
    after_respondents: int | None
    before_actors: int | None
    after_actors: int | None

    @property
    def before_rate(self) -> float | None:
        return _rate(self.before_respondents, self.before_actors)

    @property
    def after_rate(self) -> float | None:
        return _rate(self.after_respondents, self.after_actors)

    @property
    def markedly(self) -> bool:
        """Whether the response differs enough to read every change with care."""
        a, b = self.before_respondents, self.after_respondents
        if not a or not b:
            return bool(a) != bool(b)
        if min(a, b) / max(a, b) < RESPONDENT_RATIO:
            return True
        ra, rb = self.before_rate, self.after_rate
        return ra is not None and rb is not None and abs(rb - ra) >= RATE_GAP - 1e-12


def _rate(respondents: int | None, actors: int | None) -> float | None:
    return respondents / actors if respondents is not None and actors else None


def response_contrast(
    before: tuple[str, NetworkAnalysis], after: tuple[str, NetworkAnalysis]
) -> ResponseContrast:
    """The response of two rounds side by side (see :attr:`ResponseContrast.markedly`).

    Examples
    --------
    >>> ResponseContrast("2026", "2027", 84, 25, 184, 184).markedly
    True
    >>> ResponseContrast("2025", "2026", 86, 84, 185, 184).markedly
    False
    """

    def figure(network: NetworkAnalysis, measure: str) -> int | None:
        value = network.figure(measure).value
        return None if value is None else int(value)

    (code_a, a), (code_b, b) = before, after
    return ResponseContrast(code_a, code_b, figure(a, "respondents"), figure(b, "respondents"),
                            figure(a, "actors"), figure(b, "actors"))  # fmt: skip


def share_bases(tables: TableSet, ties: pl.DataFrame | None = None) -> pl.DataFrame:
    """The *n* of every share of Tabel 1, 2, 3 and 5/6: the count it is a percentage of.

    Parameters
    ----------
    tables
        One round's tables.
    ties
        That round's ``ties`` (for Tabel 5/6, whose shares are of the ties naming any factor of
        the kind, a number the table does not hold); without it Tabel 5/6 gets no base.

    Returns
    -------
    polars.DataFrame
        ``table, row, base``; ``row`` as :func:`~netwerkkaart.core.compare.tables.table_changes`
        writes it.
    """
    frames = []
    for table, (keys, within) in _KEYS.items():
        frame = getattr(tables, table)
        if frame.is_empty():
            continue
        if table == "factors":
            if ties is None:
                continue
            named = {kind: ties.filter(pl.col(kind).list.len() > 0).height
                     for kind in ("stimulating", "inhibiting")}  # fmt: skip
            base = pl.col("kind").replace_strict(named, default=None, return_dtype=pl.Int64)
        else:
            base = pl.col("count").sum().over(list(within))
        frames.append(frame.select(
            pl.lit(table).alias("table"),
            pl.concat_str([pl.col(k).cast(pl.String).fill_null("") for k in keys],
                          separator=SEPARATOR).alias("row"),
            base.cast(pl.Int64).alias("base"),
        ))  # fmt: skip
    schema = {"table": pl.String, "row": pl.String, "base": pl.Int64}
    return pl.concat(frames).cast(schema) if frames else pl.DataFrame(schema=schema)


def comparable_shares(before: pl.DataFrame, after: pl.DataFrame) -> pl.DataFrame:
    """Both rounds' bases per share and whether a change of it may be read.

    Returns
    -------
    polars.DataFrame
        ``table, row, n_before, n_after, comparable``: comparable when both bases are at least
        :data:`MIN_BASE`.
    """
    joined = after.join(before, on=["table", "row"], how="full", coalesce=True, suffix="_before")
    return joined.select(
        "table", "row", pl.col("base_before").alias("n_before"), pl.col("base").alias("n_after"),
        ((pl.col("base_before") >= MIN_BASE) & (pl.col("base") >= MIN_BASE)).fill_null(False)
        .alias("comparable"),
    )  # fmt: skip


def points(change: float, lang: str = "nl") -> str:
    """A change of a share (0-1 scale) in percentage points: ``+7 procentpunt``.

    Examples
    --------
    >>> points(0.071)
    '+7 procentpunt'
    >>> points(-0.004, "en")
    '−0.4 percentage points'
    """
    value = change * 100
    digits = 1 if 0 < abs(value) < 1 else 0
    text = f"{abs(value):.{digits}f}"
    if lang != "en":
        text = text.replace(".", ",")
    sign = "+" if value > 0 and text.strip("0,.") else "−" if value < 0 else "±"
    return f"{sign}{text} {'percentage points' if lang == 'en' else 'procentpunt'}"


_TEXT = {
    "markedly": (
        "Let op: ronde {after} telt {b} respondenten, ronde {before} telde er {a} (respons {rb} "
        "tegenover {ra}, {gap}). Minder respondenten melden minder samenwerkingen: een daling "
        "van aantallen en van de gemarkeerde maten kan aan de respons liggen, niet aan het "
        "netwerk.",
        "Note: round {after} has {b} respondents, round {before} had {a} (response {rb} against "
        "{ra}, {gap}). Fewer respondents report fewer collaborations: a fall in counts and in the "
        "marked measures may come from the response, not from the network.",
    ),
    "similar": (
        "Beide rondes hebben een vergelijkbare respons: {a} respondenten in {before}, {b} in "
        "{after} (respons {ra} en {rb}).",
        "Both rounds have a similar response: {a} respondents in {before}, {b} in {after} "
        "(response {ra} and {rb}).",
    ),
    "ties": (
        "{new} nieuwe en {ended} gestopte samenwerkingen; van {unknown} samenwerkingen weten we "
        "het niet, omdat de respondent niet opnieuw antwoordde.",
        "{new} new and {ended} ended collaborations; of {unknown} we do not know, because the "
        "respondent did not answer again.",
    ),
    "share": (
        "{label}: van {a} naar {b} ({change}).",
        "{label}: from {a} to {b} ({change}).",
    ),
    "wishes": (
        "{became} van de {total} wensen van toen zijn nu een gemelde samenwerking.",
        "{became} of the {total} wishes of then are now a reported collaboration.",
    ),
    "small": (
        "{n} veranderingen in de tabellen rusten op minder dan {min} antwoorden in een van "
        "beide rondes: die staan als niet vergelijkbaar.",
        "{n} changes in the tables rest on fewer than {min} answers in one of the rounds: they "
        "are marked as not comparable.",
    ),
}
_SHARE_MEASURES = {
    "light_tie_share": ("Aandeel lichte samenwerkingen", "Share of light collaborations"),
    "cross_sector_share": ("Samenwerkingen over sectoren heen", "Collaborations across sectors"),
}


def _say(key: str, lang: str, **values: object) -> str:
    return _TEXT[key][1 if lang == "en" else 0].format(**values)


def _share(value: float | None, lang: str) -> str:
    if value is None:
        return "–"
    text = f"{value * 100:.0f} %"
    return text if lang == "en" else text.replace(".", ",")


def change_summary(
    comparison, response: ResponseContrast, shares: pl.DataFrame | None = None, lang: str = "nl"
) -> list[str]:
    """The changes between two rounds "in het kort": response first, then what moved.

    Parameters
    ----------
    comparison
        The :class:`~netwerkkaart.core.compare.rounds.RoundComparison`.
    response
        Both rounds' response (:func:`response_contrast`).
    shares
        :func:`comparable_shares` of the tables' changes, to say how many are not comparable.
    """
    lines = []
    gap = (points(response.after_rate - response.before_rate, lang)
           if response.before_rate is not None and response.after_rate is not None else "–")  # fmt: skip
    values = {"before": response.before, "after": response.after,
              "a": _count(response.before_respondents), "b": _count(response.after_respondents),
              "ra": _share(response.before_rate, lang), "rb": _share(response.after_rate, lang),
              "gap": gap}  # fmt: skip
    lines.append(_say("markedly" if response.markedly else "similar", lang, **values))
    counts = comparison.tie_counts
    lines.append(_say("ties", lang, new=counts.get("new", 0), ended=counts.get("ended", 0),
                      unknown=counts.get("not_reported", 0)))  # fmt: skip
    measures = {r["measure"]: r for r in comparison.measures.filter(pl.col("group").is_null())
                .iter_rows(named=True)}  # fmt: skip
    for measure, names in _SHARE_MEASURES.items():
        row = measures.get(measure)
        if row is None or row["change"] is None or math.isnan(row["change"]):
            continue
        lines.append(_say("share", lang, label=names[1 if lang == "en" else 0],
                          a=_share(row["before"], lang), b=_share(row["after"], lang),
                          change=points(row["change"], lang)))  # fmt: skip
    if comparison.wishes.height:
        lines.append(_say("wishes", lang, became=comparison.wishes_became_ties,
                          total=comparison.wishes.height))  # fmt: skip
    if shares is not None:
        moved = comparison.tables.filter(
            (pl.col("figure") == "percent") & pl.col("change").is_not_null()
            & (pl.col("change") != 0)
        ).join(shares, on=["table", "row"], how="left")  # fmt: skip
        small = moved.filter(~pl.col("comparable").fill_null(False)).height
        if small:
            lines.append(_say("small", lang, n=small, min=MIN_BASE))
    return lines


def _count(value: int | None) -> str:
    return "–" if value is None else str(value)


__all__ = [
    "MIN_BASE", "RATE_GAP", "RESPONDENT_RATIO", "RESPONSE_SENSITIVE",
    "ResponseContrast", "change_summary", "comparable_shares", "points", "response_contrast",
    "share_bases",
]  # fmt: skip
