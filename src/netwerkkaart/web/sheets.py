"""The report's tables (Tabel 1-6) as sheets a coordinator reads: labels, numbers, formats.

The core's tables are long frames of codes (kept as they are in the researcher's workbook,
:mod:`netwerkkaart.core.export.workbook`). Here each table is laid out as the dashboard shows it —
answers down, locations or finalities across, every code replaced by its label in the reader's
language — with counts as whole numbers and the report's whole percentages as Excel percentages.
Groups left out for privacy are absent from the tables, as on the screen, and listed on a sheet
of their own with the reason (never their size).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import polars as pl
from django.utils.translation import gettext as _

from netwerkkaart.core import vocab
from netwerkkaart.core.tables import TableSet
from netwerkkaart.core.tables import render as table_render
from netwerkkaart.core.tables.suppression import REASON_COMPLEMENTARY, TOTAL
from netwerkkaart.core.tabular import INTEGER_FORMAT, PERCENT_FORMAT

COUNT = INTEGER_FORMAT
PERCENT = PERCENT_FORMAT
PERCENT_SMALL = "0.0%"
INDEX = "0.00"
NUMBER = "0.0"


@dataclass
class Sheet:
    """One sheet: its name, what it holds (for the about sheet), the frame, and number formats."""

    name: str
    holds: str
    frame: pl.DataFrame
    formats: dict[str, str | Sequence[str | None]] = field(default_factory=dict)


def frame_of(columns: Sequence[str], rows: Sequence[Sequence[object]]) -> pl.DataFrame:
    """A frame from rows; a column of only empty cells is text."""
    if not rows:
        return pl.DataFrame(schema={c: pl.String for c in columns})
    data = {c: [row[i] for row in rows] for i, c in enumerate(columns)}
    return pl.DataFrame(
        {c: pl.Series(c, v, dtype=None if any(x is not None for x in v) else pl.String,
                      strict=False) for c, v in data.items()}
    )  # fmt: skip


def share(percent: int | None) -> float | None:
    """A whole percentage of the report (58) as the fraction Excel formats as 58 %."""
    return None if percent is None else round(percent / 100, 2)


def location_label(location: str, lang: str) -> str:
    return table_render.text("all_locations", lang) if location == TOTAL else location


def table_sheets(tables: TableSet, lang: str) -> list[Sheet]:
    """Tabel 1, 2, 3, 4 and 5/6 and the groups left out, one sheet each."""
    return [
        _partner_mix(tables, lang),
        _profile(tables, lang),
        _finality_by_group(tables, lang),
        _wished_partners(tables, lang),
        _factors(tables, lang),
        suppressed_sheet(tables, lang),
    ]


def _partner_mix(tables: TableSet, lang: str) -> Sheet:
    sectors = vocab.SECTOR.codes
    columns = [_("Type respondent"), *(vocab.SECTOR.label(s, lang) for s in sectors),
               _("Aantal samenwerkingen")]  # fmt: skip
    rows = []
    for (rtype,), part in tables.partner_mix.group_by("respondent_type", maintain_order=True):
        percent = dict(part.select("partner_group", "percent").iter_rows())
        rows.append([vocab.RESPONDENT_TYPE.label_or_unknown(rtype, lang),
                     *(share(percent.get(s)) for s in sectors),
                     int(part.get_column("count").sum())])  # fmt: skip
    formats = {vocab.SECTOR.label(s, lang): PERCENT for s in sectors}
    formats[columns[-1]] = COUNT
    return Sheet(_("Tabel 1 Partnermix"),
                 _("Tabel 1: per type respondent het aandeel van de samenwerkingen met elke "
                   "partnergroep, en het aantal samenwerkingen."),
                 frame_of(columns, rows), formats)  # fmt: skip


def _pair(label: str) -> tuple[str, str]:
    return (_("%(label)s: aantal") % {"label": label}, _("%(label)s: %%") % {"label": label})


def _profile(tables: TableSet, lang: str) -> Sheet:
    frame = tables.profile
    locations = frame.get_column("location").unique(maintain_order=True).to_list()
    pairs = [_pair(location_label(loc, lang)) for loc in locations]
    columns = [_("Vraag"), _("Antwoord"), *(c for pair in pairs for c in pair)]
    lookup = {(loc, q, a): (n, p) for loc, q, a, n, p in frame.iter_rows()}
    rows = []
    for question in vocab.PROFILE_QUESTIONS:
        label = vocab.question_label(question.name, lang)
        totals = [0] * len(locations)
        for answer in question.codes:
            cells: list[object] = []
            for index, loc in enumerate(locations):
                count, percent = lookup.get((loc, question.name, answer), (0, None))
                totals[index] += count
                cells += [count, share(percent)]
            rows.append([label, question.label(answer, lang), *cells])
        rows.append([label, _("Totaal"),
                     *(v for t in totals for v in (t, 1.0 if t else None))])  # fmt: skip
    formats = {c: f for count, pct in pairs for c, f in ((count, COUNT), (pct, PERCENT))}
    return Sheet(_("Tabel 2 Samenwerking"),
                 _("Tabel 2: hoe er samengewerkt wordt (finaliteit, frequentie, evaluatie, "
                   "gewenste evolutie), per locatie en samen; elk percentage is een aandeel van "
                   "de antwoorden op die vraag."),
                 frame_of(columns, rows), formats)  # fmt: skip


def _finality_by_group(tables: TableSet, lang: str) -> Sheet:
    pairs = [_pair(f.label(lang)) for f in vocab.FINALITY]
    share_column = _("Aandeel in Tabel 1")
    columns = [_("Type respondent"), _("Partnergroep"), share_column,
               *(c for pair in pairs for c in pair), _("Totaal")]  # fmt: skip
    mix = {(r[0], r[1]): r[3] for r in tables.partner_mix.iter_rows()}
    rows = []
    for (rtype, group), part in tables.finality_by_group.group_by(
        "respondent_type", "partner_group", maintain_order=True
    ):
        by_finality = {f: (n, p) for f, n, p in part.select("finality", "count", "percent").rows()}
        cells: list[object] = []
        for finality in vocab.FINALITY.codes:
            count, percent = by_finality.get(finality, (0, None))
            cells += [count, share(percent)]
        rows.append([vocab.RESPONDENT_TYPE.label_or_unknown(rtype, lang),
                     vocab.SECTOR.label_or_unknown(group, lang), share(mix.get((rtype, group))),
                     *cells, int(part.get_column("count").sum())])  # fmt: skip
    formats = {c: f for count, pct in pairs for c, f in ((count, COUNT), (pct, PERCENT))}
    formats.update({share_column: PERCENT, columns[-1]: COUNT})
    return Sheet(_("Tabel 3 Finaliteit"),
                 _("Tabel 3: de finaliteit van de samenwerkingen per type respondent en "
                   "partnergroep (percentages binnen de partnergroep), met het aandeel van die "
                   "partnergroep uit Tabel 1."),
                 frame_of(columns, rows), formats)  # fmt: skip


def _wished_partners(tables: TableSet, lang: str) -> Sheet:
    columns = [_("Locatie"), _("Plaats"), _("Gewenste partner"), _("Aantal keer genoemd")]
    rows = [
        [location_label(loc, lang), rank, partner, count]
        for loc, rank, partner, count in tables.wished_partners.iter_rows()
    ]
    return Sheet(_("Tabel 4 Gewenste partners"),
                 _("Tabel 4: met wie men meer of beter wil samenwerken, de top %(top)d per "
                   "locatie.") % {"top": tables.top},
                 frame_of(columns, rows), {columns[1]: COUNT, columns[3]: COUNT})  # fmt: skip


def _factors(tables: TableSet, lang: str) -> Sheet:
    columns = [_("Soort"), _("Categorie"), _("Factor"), _("Aantal samenwerkingen"),
               _("Aandeel van de samenwerkingen")]  # fmt: skip
    rows = []
    for kind, category, item, count, percent in tables.factors.iter_rows():
        if item == "*":
            factor = _("(minstens één factor van deze categorie)")
        elif count:
            factor = vocab.FACTOR_ITEMS[kind][category].label(item, lang)
        else:
            continue  # items nobody named are left out, as on the dashboard
        rows.append([table_render.text(kind, lang), vocab.FACTOR_CATEGORY.label(category, lang),
                     factor, count, share(percent)])  # fmt: skip
    return Sheet(_("Tabel 5-6 Factoren"),
                 _("Tabel 5 en 6: de stimulerende en belemmerende factoren, per categorie en "
                   "per factor; het aandeel is dat van de samenwerkingen waarvoor de factor "
                   "genoemd werd."),
                 frame_of(columns, rows), {columns[3]: COUNT, columns[4]: PERCENT})  # fmt: skip


def _group_label(table: str, group: str, lang: str) -> str:
    if table in ("partner_mix", "finality_by_group"):
        return vocab.RESPONDENT_TYPE.label_or_unknown(group, lang)
    if table == "factors":
        return table_render.text(group, lang)
    return location_label(group, lang)


def suppressed_sheet(tables: TableSet, lang: str) -> Sheet:
    """Every group left out of a table and why — never its size."""
    columns = [_("Tabel"), _("Weggelaten groep"), _("Reden")]
    rows = []
    for table, group, reason in tables.suppressed.iter_rows():
        number = table_render.TABLE_NUMBERS[table][1 if lang == "en" else 0]
        why = table_render.text(
            "complementary" if reason == REASON_COMPLEMENTARY else "min_group", lang,
            n=tables.min_group,
        )  # fmt: skip
        rows.append([number, _group_label(table, group, lang), why])
    return Sheet(_("Weggelaten groepen"),
                 _("De groepen die uit een tabel zijn weggelaten, met de reden (nooit hun "
                   "grootte)."),
                 frame_of(columns, rows))  # fmt: skip
