"""The coordinator's workbook of a round: what the dashboard shows, as sheets a spreadsheet opens.

In the reader's language (sheet names, headers, values as labels), numbers rounded as on the
screen (:func:`netwerkkaart.core.network.findings.format_value`) and formatted as such (shares as
percentages, indices with two decimals), a frozen header row, fitted widths, and an about sheet
first ("Uitleg"): the ecosystem, the round, the date, the privacy rule and what every sheet holds.
Every figure is the dashboard's, so the same privacy rule holds: what the screen leaves out is
left out here, and a reader who may not see names gets categories. The codes of the open data
format stay in the researcher's workbook (:func:`netwerkkaart.core.export.workbook.write_round_workbook`).
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence

import polars as pl
from django.utils import translation
from django.utils.translation import gettext as _

from netwerkkaart.core import vocab
from netwerkkaart.core.figures import RoundFigures
from netwerkkaart.core.network import explanations
from netwerkkaart.core.network.analysis import NetworkAnalysis
from netwerkkaart.core.network.findings import COUNT as KIND_COUNT
from netwerkkaart.core.network.findings import INDEX as KIND_INDEX
from netwerkkaart.core.network.findings import KIND
from netwerkkaart.core.network.findings import SHARE as KIND_SHARE
from netwerkkaart.core.tabular import write_workbook
from netwerkkaart.web.sheets import (
    COUNT,
    INDEX,
    NUMBER,
    PERCENT,
    PERCENT_SMALL,
    Sheet,
    frame_of,
    table_sheets,
)

ACTOR_MEASURES = ("partners", "in_degree", "out_degree", "intensity", "betweenness", "closeness",
                  "constraint", "effective_size", "core", "community")  # fmt: skip


def as_on_screen(measure: str, value: float | int | None) -> tuple[float | int | None, str]:
    """``value`` rounded as the dashboard prints it, with the Excel format that prints it so.

    >>> as_on_screen("density", 0.05892)
    (0.06, '0%')
    >>> as_on_screen("ei_index_sector", -0.11773)
    (-0.12, '0.00')
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None, ""
    kind = KIND.get(measure)
    if kind == KIND_COUNT:
        return int(value), COUNT
    if kind == KIND_SHARE:
        if 0 < abs(value) < 0.01:  # one decimal below 1 %, so it never reads as 0 %
            return round(float(value), 3), PERCENT_SMALL
        return round(float(value), 2), PERCENT
    if kind == KIND_INDEX:
        return round(float(value), 2), INDEX
    return round(float(value), 1), NUMBER


def _group_label(group: str | None, measure: str, lang: str) -> str:
    if group is None:
        return _("het hele netwerk")
    by, _sep, code = group.rpartition("=")
    if by == "actor_type" or measure.endswith("_actor_type"):
        return vocab.RESPONDENT_TYPE.label_or_unknown(code, lang)
    return vocab.SECTOR.label_or_unknown(code, lang)


def _measures(network: NetworkAnalysis, lang: str) -> Sheet:
    columns = [_("Maat"), _("Groep"), _("Waarde"), _("Toelichting")]
    note = explanations.suppressed_note(network.min_group, lang)
    rows, formats = [], []
    for figure in network.summary:
        if figure.measure == "response_rate":
            continue  # on the response sheet
        value, fmt = (None, "") if figure.suppressed else as_on_screen(figure.measure, figure.value)
        rows.append([explanations.label(figure.measure, lang),
                     _group_label(figure.group, figure.measure, lang), value,
                     note if figure.suppressed else explanations.explain(figure.measure, lang)])  # fmt: skip
        formats.append(fmt or None)
    return Sheet(_("Netwerkmaten"),
                 _("De netwerkmaten van de ronde, per sector of type waar dat kan, elk met uitleg."),
                 frame_of(columns, rows), {columns[2]: formats})  # fmt: skip


def _yes_no(value: bool | None) -> str:
    return _("ja") if value else _("nee")


def _actors(network: NetworkAnalysis, lang: str) -> Sheet:
    labels = [explanations.label(m, lang) for m in ACTOR_MEASURES]
    roles = _role_labels()
    columns = [_("Actor"), _("Sector"), _("Type actor"), _("Categorie"), _("Locatie"),
               _("Antwoordde"), *labels, *roles.values()]  # fmt: skip
    rows, formats = [], {}
    ordered = network.actors.sort("partners", "name", descending=[True, False])
    for row in ordered.iter_rows(named=True):
        measured = [as_on_screen(m, row[m]) for m in ACTOR_MEASURES]
        rows.append([row["name"], vocab.SECTOR.label_or_unknown(row["sector"], lang),
                     vocab.RESPONDENT_TYPE.label_or_unknown(row["actor_type"], lang),
                     row["category"] or "", row["location"] or "", _yes_no(row["responded"]),
                     *(v for v, _f in measured), *(row[r] for r in roles)])  # fmt: skip
        for label, (_v, fmt) in zip(labels, measured, strict=True):
            formats.setdefault(label, fmt or None)
    formats.update({label: COUNT for label in roles.values()})
    return Sheet(_("Actoren"), _("Elke actor met zijn maten in het netwerk."),
                 frame_of(columns, rows), formats)  # fmt: skip


def _role_labels() -> dict[str, str]:
    return {"coordinator": _("Coördinator"),
            "gatekeeper_representative": _("Poortwachter of vertegenwoordiger"),
            "consultant": _("Consulent"), "liaison": _("Verbinder")}  # fmt: skip


def _note(suppressed: bool, note: str) -> str:
    return note if suppressed else ""


def _communities(network: NetworkAnalysis, lang: str) -> Sheet:
    note = explanations.suppressed_note(network.min_group, lang)
    columns = [_("Cluster"), _("Grootte van het cluster"), _("Sector"), _("Actoren"),
               _("Opmerking")]  # fmt: skip
    rows = [
        [community, size, vocab.SECTOR.label_or_unknown(sector, lang), actors,
         _note(suppressed, note)]
        for community, size, sector, actors, suppressed in network.communities.select(
            "community", "size", "sector", "actors", "suppressed").iter_rows()
    ]  # fmt: skip
    return Sheet(_("Clusters"),
                 _("De clusters: groepen actoren die vooral onderling samenwerken, met hun "
                   "sectoren."),
                 frame_of(columns, rows), {columns[1]: COUNT, columns[3]: COUNT})  # fmt: skip


def _brokerage(network: NetworkAnalysis, lang: str) -> Sheet:
    note = explanations.suppressed_note(network.min_group, lang)
    roles = _role_labels()
    columns = [_("Sector"), *roles.values(), _("Opmerking")]
    rows = [
        [
            vocab.SECTOR.label_or_unknown(row["sector"], lang),
            *(row[r] for r in roles),
            _note(row["suppressed"], note),
        ]
        for row in network.brokerage.iter_rows(named=True)
    ]
    return Sheet(_("Makelaarsrollen"),
                 _("Makelaarsrollen per sector (Gould & Fernandez): hoe vaak actoren van de "
                   "sector twee partners verbinden die zelf niet samenwerken."),
                 frame_of(columns, rows), {r: COUNT for r in roles.values()})  # fmt: skip


def _wishes(network: NetworkAnalysis, lang: str, names: bool) -> Sheet:
    note = explanations.suppressed_note(network.min_group, lang)
    wishes = network.wishes if names else network.wishes.filter(pl.col("target_kind") == "category")
    kinds = {"category": _("categorie"), "actor": _("actor")}
    columns = [_("Gewenste partner"), _("Soort"), _("Respondenten"), _("Opmerking")]
    rows = [
        [partner, kinds.get(kind, kind), respondents, _note(suppressed, note)]
        for partner, kind, respondents, suppressed in wishes.select(
            "partner", "target_kind", "respondents", "suppressed").iter_rows()
    ]  # fmt: skip
    return Sheet(_("Gewenst zonder samenwerking"),
                 _("Gewenste partners met wie vandaag niet samengewerkt wordt, met het aantal "
                   "respondenten dat ze noemde."),
                 frame_of(columns, rows), {columns[2]: COUNT})  # fmt: skip


def _unknown(network: NetworkAnalysis, lang: str, names: bool) -> Sheet:
    holds = _("Actoren die minstens één respondent niet kent.")
    if not names:
        counts = (
            network.unknown.group_by("sector")
            .len("n")
            .sort(["n", "sector"], descending=[True, False])
        )
        columns = [_("Sector"), _("Aantal onbekende actoren")]
        rows = [[vocab.SECTOR.label_or_unknown(s, lang), n] for s, n in counts.iter_rows()]
        return Sheet(_("Onbekende actoren"), holds, frame_of(columns, rows), {columns[1]: COUNT})
    note = explanations.suppressed_note(network.min_group, lang)
    columns = [_("Actor"), _("Sector"), _("Respondenten die hem niet kennen"), _("Opmerking")]
    rows = [
        [name or actor, vocab.SECTOR.label_or_unknown(sector, lang), respondents,
         _note(suppressed, note)]
        for actor, name, sector, respondents, suppressed in network.unknown.select(
            "actor", "name", "sector", "respondents", "suppressed").iter_rows()
    ]  # fmt: skip
    return Sheet(_("Onbekende actoren"), holds, frame_of(columns, rows), {columns[2]: COUNT})


def _response(network: NetworkAnalysis, lang: str) -> Sheet:
    note = explanations.suppressed_note(network.min_group, lang)
    columns = [_("Per"), _("Groep"), _("Uitgenodigd"), _("Geantwoord"), _("Respons"),
               _("Opmerking")]  # fmt: skip
    rows, rates = [], []
    for by, group, invited, responded, rate, suppressed in network.response.select(
        "by", "group", "invited", "responded", "rate", "suppressed"
    ).iter_rows():
        vocabulary = vocab.SECTOR if by == "sector" else vocab.RESPONDENT_TYPE
        value, fmt = as_on_screen("response_rate", rate)
        rows.append([_("sector") if by == "sector" else _("type respondent"),
                     vocabulary.label_or_unknown(group, lang), invited, responded, value,
                     _note(suppressed, note)])  # fmt: skip
        rates.append(fmt or None)
    return Sheet(_("Respons"), _("De respons per sector en per type respondent."),
                 frame_of(columns, rows),
                 {columns[2]: COUNT, columns[3]: COUNT, columns[4]: rates})  # fmt: skip


def _advice(advice: Sequence[dict]) -> Sheet:
    columns = [_("Prioriteit"), _("Aanbeveling"), _("Waarom (cijfers nu ← vorige ronde)"),
               _("Stappen"), _("Wie"), _("Bron")]  # fmt: skip
    rows = []
    for rec in advice:
        figures = "; ".join(
            f"{e['label']}{' (' + e['group_label'] + ')' if e['group_label'] else ''}: "
            f"{e['value_text']}{' ← ' + e['earlier_text'] if e.get('earlier_text') else ''}"
            for e in rec["why"]
        )
        who = rec["who"]["groups"] or rec["who"]["sectors"]
        rows.append([rec["priority"], rec["title"], figures, " | ".join(rec["steps"]),
                     ", ".join([*who, *rec["who"]["actors"]]), rec["reference"]])  # fmt: skip
    return Sheet(_("Aanbevelingen"),
                 _("De aanbevelingen: wat de partners als volgende stap kunnen doen, met de "
                   "cijfers waarop elke aanbeveling steunt."),
                 frame_of(columns, rows), {columns[0]: COUNT})  # fmt: skip


def _lang() -> str:
    return "en" if (translation.get_language() or "nl").startswith("en") else "nl"


def coordinator_sheets(
    figures: RoundFigures, *, names: bool, advice: Sequence[dict] | None = None
) -> list[Sheet]:
    """The workbook's sheets in order, in the active language (see the module's note)."""
    lang = _lang()
    network = figures.network
    sheets = table_sheets(figures.tables, lang)
    sheets.append(_measures(network, lang))
    if network.reportable:  # the lists drawn from the actors, as on the dashboard
        if names:
            sheets.append(_actors(network, lang))
        sheets += [_communities(network, lang), _brokerage(network, lang),
                   _wishes(network, lang, names), _unknown(network, lang, names)]  # fmt: skip
    sheets.append(_response(network, lang))
    if advice is not None:
        sheets.append(_advice(advice))
    return sheets


def about_rows(
    sheets: Sequence[Sheet], *, workspace: str, round_code: str, made: str, min_group: int,
    names: bool,
) -> list[tuple[str, object]]:  # fmt: skip
    """The "Uitleg" sheet: what, when, the privacy rule, the rounding and every sheet's content."""
    rows: list[tuple[str, object]] = [
        (_("Werkboek"), _("De cijfers van het dashboard van ronde %(round)s") % {
            "round": round_code}),
        (_("Ecosysteem"), workspace),
        (_("Ronde"), round_code),
        (_("Gemaakt op"), made),
        (_("Privacy"), _("Cijfers over minder dan %(n)d respondenten zijn weggelaten: die cellen "
                         "zijn leeg, met de reden in de kolom 'Opmerking' of op het blad "
                         "'Weggelaten groepen'. Hoe groot een weggelaten groep is, staat nergens.")
         % {"n": min_group}),
        (_("Afronding"), _("Afgerond zoals op het scherm: percentages op een heel procent, "
                           "indexen op twee decimalen, andere maten op één decimaal.")),
        (_("Codes"), _("Wie met de codes van het open dataformaat verder wil rekenen, downloadt "
                       "bij de ronde het werkboek 'Cijfers met codes (voor onderzoekers)'.")),
    ]  # fmt: skip
    if not names:
        rows.append((_("Namen"), _("Dit werkboek noemt geen actoren bij naam: u ziet "
                                   "categorieën en sectoren, zoals op het dashboard.")))  # fmt: skip
    rows.append(("", ""))
    rows.append((_("Blad"), _("Wat het bevat")))
    rows += [(sheet.name, sheet.holds) for sheet in sheets]
    return rows


def coordinator_workbook(
    figures: RoundFigures, *, workspace: str, made: str, lang: str, names: bool,
    advice: Sequence[dict] | None = None,
) -> bytes:  # fmt: skip
    """The coordinator's workbook of ``figures`` as XLSX bytes, in ``lang``."""
    with translation.override(lang):
        sheets = coordinator_sheets(figures, names=names, advice=advice)
        about = about_rows(sheets, workspace=workspace, round_code=figures.round_code, made=made,
                           min_group=figures.min_group, names=names)  # fmt: skip
        about_name = _("Uitleg")
    buffer = io.BytesIO()
    write_workbook({s.name: s.frame for s in sheets}, buffer, about=about, about_name=about_name,
                   number_formats={s.name: s.formats for s in sheets}, wrap=True)  # fmt: skip
    return buffer.getvalue()
