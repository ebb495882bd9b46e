"""A round's network analysis in plain words: formatted figures and the key findings.

The report's authors summarised their survey by hand: how many actors and ties, how light the ties
are, where the silos are, who builds bridges, who is missing, and what respondents want more of.
:func:`key_findings` writes those sentences from a :class:`NetworkAnalysis`, in Dutch or English,
for the dashboard and the printed report alike. A finding whose figure was suppressed for privacy
is left out rather than guessed.

References
----------
Pless, L. & Buntinx, H. *Samenwerking rond zorg en welzijn breed bekeken*. UCLL (the findings
the report draws from Tabel 1-6).
Krackhardt, D. & Stern, R. N. (1988). Informal networks and organizational crises: an
experimental simulation. *Social Psychology Quarterly*, 51(2), 123-140 (the E-I index).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import polars as pl

from netwerkkaart.core import vocab
from netwerkkaart.core.network.analysis import NetworkAnalysis
from netwerkkaart.core.network.measures.brokerage import ROLES

COUNT, SHARE, INDEX, NUMBER = "count", "share", "index", "number"

# How each figure is read: a count, a share of 0-1 shown as a percentage, an index shown with two
# decimals (E-I and assortativity run from -1 to 1), or another real number.
KIND: dict[str, str] = {
    "actors": COUNT, "respondents": COUNT, "ties": COUNT, "components": COUNT,
    "isolates": COUNT, "communities": COUNT, "unknown_actors": COUNT, "in_degree": COUNT,
    "out_degree": COUNT, "partners": COUNT, "core": COUNT, "community": COUNT,
    "density": SHARE, "reciprocity": SHARE, "finality_agreement": SHARE,
    "largest_component_share": SHARE, "light_tie_share": SHARE, "cross_sector_share": SHARE,
    "wished_absent_share": SHARE, "response_rate": SHARE, "degree_centralisation": SHARE,
    "ei_index_sector": INDEX, "ei_index_actor_type": INDEX, "assortativity_sector": INDEX,
    "assortativity_actor_type": INDEX, "modularity": INDEX, "closeness": INDEX,
    "constraint": INDEX,
    "intensity": NUMBER, "betweenness": NUMBER, "effective_size": NUMBER,
}  # fmt: skip

SENTENCES: dict[str, tuple[str, str]] = {
    "size": (
        "{respondents} respondenten meldden samen {ties} samenwerkingen met {actors} "
        "actoren.",
        "{respondents} respondents together reported {ties} collaborations with {actors} actors."),
    "light": (
        "{share} van de gemelde samenwerkingen is licht: doorverwijzen of informatie delen. "
        "Afstemmen en samen activiteiten opzetten komen minder voor.",
        "{share} of the reported collaborations are light: referral or sharing information. "
        "Coordinating and joint activities are less common."),
    "deep": (
        "Slechts {share} van de gemelde samenwerkingen is licht (doorverwijzen of informatie "
        "delen); de meeste gaan verder: afstemmen of samen activiteiten opzetten.",
        "Only {share} of the reported collaborations are light (referral or sharing "
        "information); most go further: coordinating or joint activities."),
    "cross_sector": (
        "{share} van de samenwerkingen gaat over de grenzen van een sector heen.",
        "{share} of the collaborations cross the border of a sector."),
    "silo": (
        "Het meest naar binnen gekeerd is de sector {sector}: {inside} van de partners van haar "
        "actoren komt uit de eigen sector.",
        "The most inward-looking sector is {sector}: {inside} of its actors' partners come from "
        "the sector itself."),
    "bridges": (
        "Bruggenbouwers die sectoren met elkaar verbinden: {names}.",
        "Bridge builders linking sectors: {names}."),
    "isolates": (
        "{n} actoren hebben geen enkele gemelde samenwerking.",
        "{n} actors have no reported collaboration at all."),
    "no_isolates": (
        "Elke actor in het netwerk heeft minstens één gemelde samenwerking.",
        "Every actor in the network has at least one reported collaboration."),
    "unknown": (
        "{n} actoren zijn voor minstens één respondent onbekend.",
        "{n} actors are unknown to at least one respondent."),
    "low_response": (
        "De sector {sector} is het minst bereikt: {rate} van de actoren antwoordde.",
        "Least reached was the sector {sector}: {rate} of its actors answered."),
    "low_response_unknown": (
        "Het minst bereikt zijn de actoren zonder sector in het register: {rate} antwoordde.",
        "Least reached were the actors without a sector in the register: {rate} answered."),
    "wishes": (
        "{share} van de gewenste samenwerkingen bestaat nog niet. Het vaakst gewenst: {names}.",
        "{share} of the wished-for collaborations do not exist yet. Most wanted: {names}."),
    "suppressed": (
        "Te weinig respondenten om cijfers over het hele netwerk te tonen (minder dan {n}).",
        "Too few respondents to show figures about the whole network (fewer than {n})."),
}  # fmt: skip


@dataclass(frozen=True)
class Finding:
    """One sentence of the summary; ``key`` says which finding it is (for layout and tests)."""

    key: str
    text: str


def format_value(measure: str, value: float | int | None, lang: str = "nl") -> str:
    """``value`` of ``measure`` as people read it: ``"62 %"``, ``"0,29"`` (nl) or ``"0.29"`` (en).

    ``None`` and NaN give an en dash.
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    kind = KIND.get(measure, NUMBER)
    if kind == COUNT:
        return _thousands(int(value), lang)
    if kind == SHARE:
        return format_share(value, lang)
    if kind == INDEX:
        return _decimal(value, 2, lang)
    return _decimal(value, 1, lang)


def format_share(value: float, lang: str = "nl") -> str:
    """A share of 0-1 as a whole percentage (one decimal below 1 %, so it never reads as 0)."""
    percent = value * 100
    digits = 1 if 0 < abs(percent) < 1 else 0
    return f"{_decimal(percent, digits, lang)} %"


def key_findings(
    analysis: NetworkAnalysis, lang: str = "nl", *, names: bool = True, top: int = 3
) -> list[Finding]:
    """The key findings of ``analysis`` as sentences in ``lang``.

    Parameters
    ----------
    analysis
        The result of :func:`~netwerkkaart.core.network.analyse`.
    names
        Name the bridge builders; when false (a reader who may not see names) they are described
        by their category instead.
    top
        How many bridge builders and wished-for partners to name.
    """
    out: list[Finding] = []

    def say(key: str, **values: object) -> None:
        nl, en = SENTENCES[key]
        out.append(Finding(key, (en if lang == "en" else nl).format(**values)))

    if analysis.figure("ties").suppressed:
        say("suppressed", n=analysis.min_group)
        return out
    fig = {f.measure: f.value for f in analysis.summary if f.group is None}
    say("size", respondents=_thousands(fig["respondents"], lang),
        ties=_thousands(fig["ties"], lang), actors=_thousands(fig["actors"], lang))  # fmt: skip
    light = fig["light_tie_share"]
    if light is not None and not math.isnan(light):
        say("light" if light >= 0.5 else "deep", share=format_value("light_tie_share", light, lang))
    cross = fig["cross_sector_share"]
    if cross is not None and not math.isnan(cross):
        say("cross_sector", share=format_value("cross_sector_share", cross, lang))
    silo = _most_inward_sector(analysis)
    if silo is not None:
        sector, ei = silo
        say("silo", sector=vocab.SECTOR.label_or_unknown(sector, lang).lower(),
            inside=format_share((1 - ei) / 2, lang))  # fmt: skip
    bridges = bridge_builders(analysis, top)
    if bridges.height:
        described = [_describe(row, lang, names) for row in bridges.iter_rows(named=True)]
        say("bridges", names=", ".join(described))
    isolates = fig["isolates"]
    if isolates:
        say("isolates", n=_thousands(isolates, lang))
    elif isolates == 0:
        say("no_isolates")
    if fig["unknown_actors"]:
        say("unknown", n=_thousands(fig["unknown_actors"], lang))
    low = _least_reached_sector(analysis)
    if low is not None and low[0] is None:
        say("low_response_unknown", rate=format_value("response_rate", low[1], lang))
    elif low is not None:
        say("low_response", sector=vocab.SECTOR.label(low[0], lang).lower(),
            rate=format_value("response_rate", low[1], lang))  # fmt: skip
    wished = fig.get("wished_absent_share")
    shown = analysis.wishes.filter(~pl.col("suppressed"))
    if not names:
        # A wished-for partner named by the respondent is an actor: only categories are shown.
        shown = shown.filter(pl.col("target_kind") == "category")
    shown = shown.head(top)
    if wished is not None and not math.isnan(wished) and shown.height:
        wanted = [f"{p} ({n})" for p, n in shown.select("partner", "respondents").iter_rows()]
        say("wishes", share=format_value("wished_absent_share", wished, lang),
            names=", ".join(wanted))  # fmt: skip
    return out


def bridge_builders(analysis: NetworkAnalysis, top: int = 10) -> pl.DataFrame:
    """The actors that broker most between sectors, best first.

    Ranked by their *liaison* count (linking two other sectors, Gould & Fernandez 1989), then by
    all brokerage between sectors, then by betweenness. Actors brokering nothing are left out.
    """
    actors = analysis.actors
    if actors.is_empty() or not analysis.reportable:
        return actors.clear()
    between = [role for role in ROLES if role != "coordinator"]
    return (
        actors.with_columns(brokerage=pl.sum_horizontal(between))
        .filter(pl.col("brokerage") > 0)
        .sort(
            ["liaison", "brokerage", "betweenness", "id"],
            descending=[True, True, True, False],
            nulls_last=True,
        )
        .head(top)
    )


def _most_inward_sector(analysis: NetworkAnalysis) -> tuple[str, float] | None:
    shown = [
        (f.group, float(f.value))
        for f in analysis.summary
        if f.measure == "ei_index_sector" and _group_code(f.group or "") is not None
        and f.value is not None
        and not math.isnan(f.value)
    ]  # fmt: skip
    return min(shown, key=lambda item: item[1]) if shown else None


def _least_reached_sector(analysis: NetworkAnalysis) -> tuple[str | None, float] | None:
    # Actors without a sector form a group of their own ("sector=None"): ``None`` here.
    shown = [
        (_group_code(f.group.split("=", 1)[1]), float(f.value))
        for f in analysis.summary
        if f.measure == "response_rate" and f.group and f.group.startswith("sector=")
        and f.value is not None
    ]  # fmt: skip
    return min(shown, key=lambda item: item[1]) if shown else None


def _group_code(code: str) -> str | None:
    return None if code in ("", "None") else code


def _describe(row: dict, lang: str, names: bool) -> str:
    if names and row.get("name"):
        return str(row["name"])
    return category_label(row, lang)


def category_label(row: dict, lang: str = "nl") -> str:
    """How an actor is shown to someone who may not see names: its category, else its type.

    A row of the analysis' actor table carries ``viewer_category``: the category, unless it names
    a single actor somewhere; then the actor is shown by its sector.
    """
    if "viewer_category" in row and row.get("category") and not row["viewer_category"]:
        return vocab.SECTOR.label(row["sector"], lang) if row.get("sector") else "?"
    if row.get("category"):
        return str(row["category"])
    if row.get("actor_type"):
        return vocab.RESPONDENT_TYPE.label_or_unknown(row["actor_type"], lang)
    return vocab.SECTOR.label_or_unknown(row.get("sector"), lang)


def _thousands(value: int, lang: str) -> str:
    text = f"{int(value):,}"
    return text.replace(",", ".") if lang != "en" else text


def _decimal(value: float, digits: int, lang: str) -> str:
    text = f"{value:,.{digits}f}"
    if lang == "en":
        return text
    return text.replace(",", "\u2009").replace(".", ",").replace("\u2009", ".")
