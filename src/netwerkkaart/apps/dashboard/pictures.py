"""The pictures of a round, drawn by the core from the figures the dashboard already shows.

Each picture shows what its table shows and no more: a group the core left out (too few
respondents) is drawn as a hatched "not shown", never with its size; a figure the tables do not
give is not computed here. Words are translated here; the drawing is the core's
(:mod:`netwerkkaart.core.pictures.charts`, :mod:`netwerkkaart.core.pictures.heatmap`).
"""

from __future__ import annotations

from dataclasses import replace

import polars as pl
from django.utils.translation import gettext as _

from netwerkkaart.apps.instruments.pictures import picture_labels
from netwerkkaart.core import vocab
from netwerkkaart.core.figures import RoundFigures
from netwerkkaart.core.network.findings import format_share
from netwerkkaart.core.pictures import (
    DivergingBars,
    DivergingItem,
    HeatCell,
    Heatmap,
    HeatRow,
    ReachBars,
    ReachItem,
    StackedBars,
    StackedRow,
    draw,
)

WIDTH = 640
NARROW = 320  # a phone: fewer words per line, the same font size


def labels():
    """The core's picture labels with the words of a survey round ("too few respondents")."""
    return replace(
        picture_labels(),
        suppressed=_("Te weinig respondenten om deze figuur te tonen (privacy)."),
        suppressed_short=_("niet getoond: te weinig respondenten"),
        n=_("n = {n}"),
    )


BUILDERS = {
    "partner_mix": lambda *a: partner_mix_picture(*a),
    "profile": lambda *a: profile_picture(*a),
    "finality_by_group": lambda *a: finality_picture(*a),
    "response": lambda *a: response_picture(*a),
    "ei_by_sector": lambda *a: ei_picture(*a),
    "mixing": lambda *a: mixing_picture(*a),
}


def round_pictures(
    figures: RoundFigures, lang: str, *, width: int = WIDTH, heading: bool = True,
    only: tuple[str, ...] | None = None,
) -> dict[str, str]:  # fmt: skip
    """Every picture of a round as SVG (or those named in ``only``), by the key of the table or
    list it stands above; none when the round has too few respondents for any figure."""
    if not figures.network.reportable:
        return {}
    found = {key: build(figures, lang, width, heading) for key, build in BUILDERS.items()
             if only is None or key in only}  # fmt: skip
    return {key: svg for key, svg in found.items() if svg}


def page_pictures(figures: RoundFigures, lang: str) -> dict[str, dict[str, str]]:
    """Every picture of a round twice: ``wide`` for a desktop or print, ``narrow`` for a phone
    (the page's stylesheet shows one of them)."""
    wide = round_pictures(figures, lang, width=WIDTH)
    narrow = round_pictures(figures, lang, width=NARROW)
    return {key: {"wide": svg, "narrow": narrow.get(key, "")} for key, svg in wide.items()}


def _suppressed_types(figures: RoundFigures, table: str) -> set[str]:
    frame = figures.tables.suppressed.filter(pl.col("table") == table)
    return set(frame.get_column("group").to_list())


def _type_rows(frame: pl.DataFrame, hidden: set[str], series: list[str], column: str, lang: str):
    """One row per respondent type: its counts per ``series`` code; hidden types hatched."""
    counts = {(t, s): c for t, s, c in frame.select("respondent_type", column, "count").iter_rows()}
    rows = []
    for code in vocab.RESPONDENT_TYPE.codes:
        name = vocab.RESPONDENT_TYPE.label(code, lang)
        if code in hidden:
            rows.append(StackedRow(name, suppressed=True))
            continue
        values = [counts.get((code, s), 0) for s in series]
        if (code, series[0]) not in counts:
            continue  # a type without respondents in this round
        total = sum(values)
        if total:
            rows.append(StackedRow(name, values, n=total))
    return rows


def partner_mix_picture(
    figures: RoundFigures, lang: str, width: int = WIDTH, heading: bool = True
) -> str:
    """Tabel 1: per respondent type, its collaborations per partner group (100 % bars)."""
    rows = _type_rows(figures.tables.partner_mix, _suppressed_types(figures, "partner_mix"),
                      list(vocab.SECTOR.codes), "partner_group", lang)  # fmt: skip
    if not rows:
        return ""
    picture = StackedBars(
        title=_("Met welke partnergroepen werkt elk type respondent samen? (Tabel 1)"),
        description=_(
            "Per type respondent één volle balk (honderd procent), verdeeld over de "
            "partnergroepen van zijn samenwerkingen; n is het aantal samenwerkingen met een partnergroep. Types met te "
            "weinig respondenten zijn niet getoond. De cijfers staan in de tabel eronder."
        ),
        series=[vocab.SECTOR.label(c, lang) for c in vocab.SECTOR.codes],
        rows=rows,
    )
    return draw("stacked_bars", picture, labels=labels(), width=width, heading=heading)


def finality_picture(
    figures: RoundFigures, lang: str, width: int = WIDTH, heading: bool = True
) -> str:
    """Tabel 3 summed over partner groups: per respondent type, the finality of its ties."""
    frame = (
        figures.tables.finality_by_group.group_by("respondent_type", "finality", maintain_order=True)
        .agg(pl.col("count").sum())
    )  # fmt: skip
    rows = _type_rows(frame, _suppressed_types(figures, "finality_by_group"),
                      list(vocab.FINALITY.codes), "finality", lang)  # fmt: skip
    if not rows:
        return ""
    picture = StackedBars(
        title=_("Hoe werkt elk type respondent samen? Finaliteit per type (Tabel 3)"),
        description=_(
            "Per type respondent één volle balk (honderd procent), verdeeld over de vier "
            "finaliteiten van lichtst (doorverwijzen) tot diepst (gezamenlijke activiteiten), over alle "
            "partnergroepen samen; n is het aantal samenwerkingen met een finaliteit. De tabel "
            "eronder splitst ze per partnergroep."
        ),
        series=[vocab.FINALITY.label(c, lang) for c in vocab.FINALITY.codes],
        rows=rows,
    )
    return draw("stacked_bars", picture, labels=labels(), width=width, heading=heading)


def profile_picture(
    figures: RoundFigures, lang: str, width: int = WIDTH, heading: bool = True
) -> str:
    """Tabel 2 for all locations: per question its answers, and the ties left unanswered."""
    total = figures.tables.profile.filter(pl.col("location") == "*")
    if total.is_empty():
        return ""
    asked = {}
    if figures.dropout is not None:
        asked = {q: t for q, t in figures.dropout.select("question", "ties").iter_rows()}
    rows = []
    for question in vocab.PROFILE_QUESTIONS:
        part = total.filter(pl.col("question") == question.name)
        counts = dict(part.select("answer", "count").iter_rows())
        values = [counts.get(code, 0) for code in question.codes]
        answered = sum(values)
        ties = asked.get(question.name)
        rows.append(StackedRow(
            vocab.question_label(question.name, lang), values,
            rest=max(0, ties - answered) if ties is not None else 0, n=answered,
            series=[question.label(code, lang) for code in question.codes],
        ))  # fmt: skip
    picture = StackedBars(
        title=_("Hoe zien de samenwerkingen eruit? Antwoorden per vraag (Tabel 2)"),
        description=_(
            "Per vraag over een partner één balk op dezelfde schaal: de antwoorden na elkaar, "
            "en gearceerd de samenwerkingen zonder antwoord op die vraag (respondenten die "
            "halverwege afhaakten). Elke melding van een samenwerking telt: een samenwerking die "
            "beide partners melden, telt twee keer."
        ),
        series=(),
        rows=rows,
        normalise=False,
        rest_label=_("geen antwoord (afgehaakt)"),
    )
    answers = replace(labels(), n=_("{n} antwoorden"))
    return draw("stacked_bars", picture, labels=answers, width=width, heading=heading)


def response_picture(
    figures: RoundFigures, lang: str, width: int = WIDTH, heading: bool = True
) -> str:
    """The response per sector and per type: the register's actors and how many answered."""
    items = []
    for by, group, invited, responded, suppressed in figures.network.response.select(
        "by", "group", "invited", "responded", "suppressed"
    ).iter_rows():
        vocabulary = vocab.SECTOR if by == "sector" else vocab.RESPONDENT_TYPE
        items.append(ReachItem(
            vocabulary.label_or_unknown(group, lang), int(invited or 0),
            None if suppressed else responded,
            group=_("Per sector") if by == "sector" else _("Per type actor"),
            suppressed=bool(suppressed),
        ))  # fmt: skip
    if not items:
        return ""
    picture = ReachBars(
        title=_("Respons per sector en type, tegenover het register"),
        description=_(
            "Per groep een omlijnde balk met het aantal actoren in het register, gevuld met wie "
            "antwoordde; naast elke balk staat het aantal en het percentage. Een groep waarvan "
            "minder dan de helft antwoordde, heet laag. Een groep met te weinig respondenten toont geen aantal."
        ),
        items=items,
        reached_label=_("antwoordde"),
        total_label=_("actoren in het register"),
        reached_text=_("{reached} van {total} ({percent} %)"),
        low_label=_("laag"),
    )
    return draw("reach_bars", picture, labels=labels(), width=width, heading=heading)


def ei_picture(figures: RoundFigures, lang: str, width: int = WIDTH, heading: bool = True) -> str:
    """The E-I index per sector as bars left (inward) or right (outward) of zero."""
    items = [
        DivergingItem(
            vocab.SECTOR.label_or_unknown(f.group, lang),
            None if f.suppressed else f.value,
            suppressed=f.suppressed,
        )
        for f in figures.network.summary
        if f.measure == "ei_index_sector" and f.group is not None
    ]
    if not items:
        return ""
    picture = DivergingBars(
        title=_("Open of naar binnen gekeerd? E-I-index per sector"),
        description=_(
            "Per sector een balk vanaf nul: naar links (tot -1) als de samenwerkingen vooral "
            "binnen de eigen sector blijven, naar rechts (tot +1) als ze vooral met andere "
            "sectoren zijn. De waarde staat aan het eind van de balk."
        ),
        items=items,
        low_label=_("binnen de eigen sector"),
        high_label=_("met andere sectoren"),
    )
    return draw("diverging_bars", picture, labels=labels(), width=width, heading=heading)


def mixing_picture(
    figures: RoundFigures, lang: str, width: int = WIDTH, heading: bool = True
) -> str:
    """Who works with whom: reported collaborations per sector pair, with the light share."""
    frame = figures.mixing
    if frame is None or frame.is_empty():
        return ""
    present = set(frame["sector_from"]) | set(frame["sector_to"])
    order = [c for c in vocab.SECTOR.codes if c in present]
    cells = {(r["sector_from"], r["sector_to"]): r for r in frame.iter_rows(named=True)}
    rows = []
    for a in order:
        row = []
        for b in order:
            cell = cells.get((a, b))
            if cell is None:
                row.append(HeatCell(0.0, text="0"))
            elif cell["suppressed"]:
                row.append(HeatCell(None, suppressed=True))
            else:
                share = cell["light_share"]
                note = "–" if share is None else _("%(share)s licht") % {
                    "share": format_share(share, lang)}  # fmt: skip
                row.append(HeatCell(float(cell["ties"]), text=str(cell["ties"]), note=note))
        rows.append(HeatRow(vocab.SECTOR.label(a, lang), row))
    top = max([r["ties"] for r in cells.values() if r["ties"] is not None] or [1])
    picture = Heatmap(
        title=_("Wie werkt met wie? Gemelde samenwerkingen per sectorpaar"),
        description=_(
            "Per sector van de respondent (rij) en van de partner (kolom): hoeveel "
            "samenwerkingen respondenten melden (donkerder is meer) en welk deel daarvan licht "
            "is (doorverwijzen of informatie delen). Een cel met te weinig respondenten is "
            "gearceerd en toont geen aantal."
        ),
        columns=[vocab.SECTOR.label(b, lang) for b in order],
        rows=rows,
        minimum=0.0,
        maximum=float(max(top, 1)),
        decimals=0,
        low_label=_("weinig"),
        high_label=_("veel gemelde samenwerkingen"),
    )
    short = replace(labels(), suppressed_short=_("niet getoond"))  # a cell is narrow
    return draw("heatmap", picture, labels=short, width=width, heading=heading)
