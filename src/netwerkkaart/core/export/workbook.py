"""A round's figures as one XLSX workbook: the report's tables and every measure list.

One sheet per table (Tabel 1-6, with codes as the core computes them, so a researcher can join
them with the open data) and per measure list of the network analysis, preceded by an "about"
sheet: the round, when the workbook was made, the privacy threshold and what every table and
measure means. Cells that a spreadsheet would read as a formula are neutralised
(:mod:`netwerkkaart.core.tabular`).

A reader who may not see names gets no list of actors: the actor sheet is left out, wishes keep
only categories and unknown actors are counted per sector — as on the dashboard.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

import polars as pl

from netwerkkaart.core.compare.rounds import RoundComparison
from netwerkkaart.core.network import explanations
from netwerkkaart.core.network.analysis import NetworkAnalysis
from netwerkkaart.core.tables import TableSet
from netwerkkaart.core.tables.render import text as table_text
from netwerkkaart.core.tabular import write_workbook

TEXTS: dict[str, tuple[str, str]] = {
    "about": ("over", "about"),
    "round": ("Ronde", "Round"),
    "made": ("Gemaakt op", "Made on"),
    "workspace": ("Ecosysteem", "Ecosystem"),
    "threshold": ("Drempel (minimum aantal respondenten per cijfer)",
                  "Threshold (minimum number of respondents per figure)"),
    "subset": ("Deelverzameling", "Subset"),
    "whole": ("het hele ecosysteem", "the whole ecosystem"),
    "codes": ("De tabellen gebruiken de codes van het open dataformaat (docs/data-format.md).",
              "The tables use the codes of the open data format (docs/data-format.md)."),
    "percent": ("Kolom 'percent': hele procenten, half naar boven afgerond, zoals het rapport.",
                "Column 'percent': whole percentages, rounded half up, as in the report."),
    "sheet": ("Blad '{name}'", "Sheet '{name}'"),
    "summary": ("netwerkmaten van de ronde, met uitleg", "the round's network measures, explained"),
    "actors": ("maten per actor", "measures per actor"),
    "communities": ("groepen die vooral onderling samenwerken", "groups that mostly work together"),
    "brokerage": ("makelaarsrollen per sector (Gould & Fernandez)",
                  "brokerage roles per sector (Gould & Fernandez)"),
    "wishes": ("gewenste partners zonder samenwerking vandaag",
               "wished partners without a collaboration today"),
    "unknown": ("actoren die respondenten niet kennen", "actors respondents do not know"),
    "response": ("respons per sector en type", "response per sector and type"),
    "advice": ("aanbevelingen: wat de partners als volgende stap kunnen doen, met de cijfers "
               "waarop elke aanbeveling steunt", "recommendations: what the partners could do "
               "next, with the figures each rests on"),
    "compare_rule": ("Een samenwerking is 'ended' als de respondent opnieuw antwoordde zonder die "
                     "partner, 'not_reported' als de respondent niet opnieuw antwoordde.",
                     "A tie 'ended' when its respondent answered again without that partner, "
                     "'not_reported' when the respondent did not answer again."),
    "suppressed_rule": ("Een cijfer over minder respondenten dan de drempel is leeg gelaten.",
                        "A figure about fewer respondents than the threshold is left empty."),
}  # fmt: skip

MEASURE_SHEETS = ("summary", "actors", "communities", "brokerage", "wishes", "unknown", "response")


def _t(key: str, lang: str, **values: object) -> str:
    nl, en = TEXTS[key]
    return (en if lang == "en" else nl).format(**values)


def round_sheets(
    tables: TableSet, network: NetworkAnalysis, *, lang: str = "nl", names: bool = False
) -> dict[str, pl.DataFrame]:
    """The sheets of a round's workbook, by name, in order: Tabel 1-6, then the measure lists."""
    sheets = dict(tables.as_dict())
    measures = network.tables(lang)
    if not names:
        measures.pop("actors")
        wishes = measures["wishes"]
        measures["wishes"] = wishes.filter(pl.col("target_kind") == "category")
        measures["unknown"] = (
            measures["unknown"].group_by("sector").agg(pl.len().alias("actors")).sort("sector")
        )
    sheets.update({name: measures[name] for name in MEASURE_SHEETS if name in measures})
    return sheets


ADVICE_SCHEMA = {name: pl.String for name in
                 ("kind", "title", "figures", "steps", "who", "reference")} | {
                 "priority": pl.Int64}  # fmt: skip


def advice_sheet(advice: Sequence[dict]) -> pl.DataFrame:
    """One row per recommendation: priority, kind, title, its figures (now, earlier), steps."""
    rows = []
    for rec in advice:
        figures = "; ".join(
            f"{e['label']}{' (' + e['group_label'] + ')' if e['group_label'] else ''}: "
            f"{e['value_text']}{' ← ' + e['earlier_text'] if e.get('earlier_text') else ''}"
            f"{' (' + e['sensitive_text'] + ')' if e.get('sensitive_text') else ''}"
            f"{'; ' + e['detail'] if e.get('detail') else ''}"
            for e in rec["why"]
        )
        if rec.get("caveat"):
            figures = f"{figures}. {rec['caveat']}"
        who = rec["who"]["groups"] or rec["who"]["sectors"]
        rows.append({
            "priority": rec["priority"], "kind": rec["kind"], "title": rec["title"],
            "figures": figures, "steps": " | ".join(rec["steps"]),
            "who": ", ".join([*who, *rec["who"]["actors"]]), "reference": rec["reference"],
        })  # fmt: skip
    columns = ("priority", "kind", "title", "figures", "steps", "who", "reference")
    return pl.DataFrame(rows, schema={c: ADVICE_SCHEMA[c] for c in columns})


def round_about(
    network: NetworkAnalysis,
    *,
    workspace: str,
    made: str,
    lang: str = "nl",
    sheets: Sequence[str] = (),
    top: int = 3,
) -> list[tuple[str, object]]:
    """The "about" sheet: what, when, the threshold, and what each sheet and measure means."""
    rows: list[tuple[str, object]] = [
        (_t("workspace", lang), workspace),
        (_t("round", lang), network.round or "-"),
        (_t("subset", lang), network.subset or _t("whole", lang)),
        (_t("made", lang), made),
        (_t("threshold", lang), network.min_group),
        ("", _t("suppressed_rule", lang)),
        ("", _t("codes", lang)),
        ("", _t("percent", lang)),
    ]
    for name in sheets:
        if name in TEXTS:
            meaning = _t(name, lang)
        elif name == "suppressed":
            meaning = table_text("suppressed", lang)
        else:
            meaning = table_text(name, lang, top=top)
        rows.append((_t("sheet", lang, name=name), meaning))
    seen = set()
    for figure in network.summary:
        if figure.measure not in seen:
            seen.add(figure.measure)
            rows.append((explanations.label(figure.measure, lang),
                         explanations.explain(figure.measure, lang)))  # fmt: skip
    return rows


def write_round_workbook(
    tables: TableSet,
    network: NetworkAnalysis,
    target: Path | BinaryIO,
    *,
    workspace: str,
    made: str,
    lang: str = "nl",
    names: bool = False,
    advice: Sequence[dict] | None = None,
) -> dict[str, pl.DataFrame]:
    """Write a round's workbook to ``target`` (a path or a binary file); returns its sheets.

    Parameters
    ----------
    tables, network
        The round's tables (:func:`~netwerkkaart.core.tables.compute_tables`) and analysis
        (:func:`~netwerkkaart.core.network.analyse`), computed with the same threshold.
    workspace, made
        Named on the about sheet (the ecosystem and the date and time of making).
    lang
        Language of the about sheet, the measure names and their explanations.
    names
        Whether the reader may see actors' names (see the module's note).
    advice
        The round's recommendations as :func:`netwerkkaart.core.advice.render.recommendation_dict`
        gives them (already without names for a reader who may not see them): one more sheet.
    """
    sheets = round_sheets(tables, network, lang=lang, names=names)
    if advice is not None:
        sheets["advice"] = advice_sheet(advice)
    about = round_about(network, workspace=workspace, made=made, lang=lang, sheets=list(sheets),
                        top=tables.top)  # fmt: skip
    write_workbook(sheets, target, about=about, about_name=_t("about", lang),
                   number_formats={"response": {"rate": "0.0%"}})  # fmt: skip
    return sheets


def comparison_sheets(
    comparison: RoundComparison, *, names: bool = False
) -> dict[str, pl.DataFrame]:
    """The full lists behind a comparison of two rounds, one sheet each.

    ``ties`` (every tie of either round with its change), ``measures``, ``tables`` (every figure
    of Tabel 1-6), ``positions`` and ``wishes``. Without ``names`` the lists that name actors are
    counted instead: ties per change and finality, positions per change, and only the wishes
    for a category.
    """
    ties, positions, wishes = comparison.ties, comparison.positions, comparison.wishes
    if not names:
        ties = (
            ties.group_by("change", "finality_before", "finality_after")
            .len("ties")
            .sort("change", "finality_before", "finality_after", nulls_last=True)
        )
        positions = positions.group_by("change").len("actors").sort("change")
        wishes = wishes.filter(pl.col("target_kind") == "category").drop("respondent")
    return {
        "ties": ties,
        "measures": comparison.measures,
        "tables": comparison.tables,
        "positions": positions,
        "wishes": wishes,
    }


def write_comparison_workbook(
    comparison: RoundComparison,
    target: Path | BinaryIO,
    *,
    workspace: str,
    made: str,
    lang: str = "nl",
    names: bool = False,
) -> dict[str, pl.DataFrame]:
    """Write the comparison of two rounds as a workbook (see :func:`comparison_sheets`)."""
    sheets = comparison_sheets(comparison, names=names)
    about = [
        (_t("workspace", lang), workspace),
        (_t("round", lang), f"{comparison.before} → {comparison.after}"),
        (_t("made", lang), made),
        ("", _t("compare_rule", lang)),
        ("", _t("suppressed_rule", lang)),
    ]
    write_workbook(sheets, target, about=about, about_name=_t("about", lang))
    return sheets
