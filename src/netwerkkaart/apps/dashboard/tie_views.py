"""Tie-level figures ready to print: perception gaps, robustness bands, the wished network,
the tie-quality scales per sector pair.

Like :mod:`netwerkkaart.apps.dashboard.presenters`, nothing is computed here that the core did
not give; this chooses words and formats. Suppressed sector pairs are counted, never shown.
"""

from __future__ import annotations

import polars as pl
from django.utils.translation import gettext as _

from netwerkkaart.core import vocab
from netwerkkaart.core.network.findings import format_share, format_value
from netwerkkaart.core.network.perception import NUMERIC, answer_label, dimension_label
from netwerkkaart.core.network.robustness import label_text
from netwerkkaart.core.network.tie_quality import MEASURES, RC_INDEX, measure_label
from netwerkkaart.core.scales import COLLABORATION_COLUMN, RC_COLUMNS

AGENDA_LENGTH = 12
FACTORS_PER_KIND = 2


def robustness_lookup(frame: pl.DataFrame | None, lang: str) -> dict[tuple, dict]:
    """Per (measure, group): the band as text, the label and its code, for the measures table."""
    if frame is None:
        return {}
    found = {}
    for row in frame.iter_rows(named=True):
        if row["suppressed"] or row["label"] is None:
            continue
        measure = row["measure"]
        band = (
            ""
            if row["low"] is None
            else f"{format_value(measure, row['low'], lang)} – "
            f"{format_value(measure, row['high'], lang)}"
        )
        found[(measure, row["group"])] = {
            "band": band,
            "imputed": format_value(measure, row["imputed"], lang),
            "label": label_text(row["label"], lang),
            "code": row["label"],
        }
    return found


def robustness_rows(frame: pl.DataFrame | None, lang: str) -> list[dict]:
    """Every figure with its band, for the methods annex (suppressed ones left out)."""
    from netwerkkaart.core.network import explanations

    rows = []
    lookup = robustness_lookup(frame, lang)
    if frame is None:
        return rows
    for row in frame.filter(~pl.col("suppressed")).iter_rows(named=True):
        entry = lookup.get((row["measure"], row["group"]))
        if entry is None:
            continue
        vocabulary = vocab.SECTOR if row["measure"] == "ei_index_sector" else vocab.RESPONDENT_TYPE
        group = vocabulary.label_or_unknown(row["group"], lang) if row["group"] else ""
        rows.append({
            "measure": explanations.label(row["measure"], lang) + (f" ({group})" if group else ""),
            "value": format_value(row["measure"], row["value"], lang),
            **entry,
        })  # fmt: skip
    return rows


def perception_agenda(frame: pl.DataFrame | None, lang: str) -> dict[str, object]:
    """The sector pairs that see their ties most differently, as agenda points."""
    if frame is None or frame.is_empty():
        return {"items": [], "hidden": 0, "compared": False}
    shown = frame.filter(~pl.col("suppressed"))
    hidden = frame.filter(pl.col("suppressed")).select("sector_a", "sector_b").unique().height
    items = []
    agenda = shown.filter(pl.col("pairs_disagreeing") > 0).sort(
        ["pairs_disagreeing", "share"], descending=True, maintain_order=True
    )
    for row in agenda.head(AGENDA_LENGTH).iter_rows(named=True):
        items.append({
            "pair": _pair(row["sector_a"], row["sector_b"], lang, "↔"),
            "dimension": dimension_label(row["dimension"], lang),
            "compared": row["pairs_compared"],
            "disagreeing": row["pairs_disagreeing"],
            "share": format_share(row["share"], lang),
            "how": _how(row, lang),
        })  # fmt: skip
    return {"items": items, "hidden": hidden, "compared": shown.height > 0}


def perception_pair_rows(pairs: pl.DataFrame | None, names: dict[str, str], lang: str) -> list:
    """Every pair of respondents that disagree, with both answers (coordinators only)."""
    if pairs is None:
        return []
    rows = []
    for row in pairs.filter(~pl.col("agree")).iter_rows(named=True):
        rows.append({
            "actor_a": names.get(row["actor_a"], row["actor_a"]),
            "actor_b": names.get(row["actor_b"], row["actor_b"]),
            "sectors": _pair(row["sector_a"], row["sector_b"], lang, "↔"),
            "dimension": dimension_label(row["dimension"], lang),
            "answer_a": answer_label(row["dimension"], row["answer_a"], lang),
            "answer_b": answer_label(row["dimension"], row["answer_b"], lang),
        })  # fmt: skip
    return rows


def _how(row: dict, lang: str) -> str:
    a = vocab.SECTOR.label_or_unknown(row["sector_a"], lang).lower()
    b = vocab.SECTOR.label_or_unknown(row["sector_b"], lang).lower()
    dimension = row["dimension"]
    if dimension in NUMERIC:
        gap = _number(row["mean_gap"], 2, lang)
        if row["sector_a"] == row["sector_b"]:
            return _("Gemiddeld verschil tussen beide kanten: %(gap)s punt.") % {"gap": gap}
        return _("Gemiddeld verschil %(gap)s punt; %(a)s geeft %(x)s keer het hoogste cijfer, "
                 "%(b)s %(y)s keer.") % {"gap": gap, "a": a, "b": b, "x": row["higher_a"],
                                         "y": row["higher_b"]}  # fmt: skip
    if dimension == "naming":
        if row["sector_a"] == row["sector_b"]:
            return _("Telkens noemt maar één van beide de ander.")
        return _("Alleen %(a)s noemt de ander: %(x)s paren; alleen %(b)s: %(y)s paren.") % {
            "a": a, "b": b, "x": row["higher_a"], "y": row["higher_b"]}  # fmt: skip
    one = answer_label(dimension, row["answer_a"], lang).lower()
    two = answer_label(dimension, row["answer_b"], lang).lower()
    if row["sector_a"] == row["sector_b"]:
        return _("Het vaakst ziet de ene kant ‘%(one)s’ waar de andere ‘%(two)s’ ziet "
                 "(%(n)s paren).") % {"one": one, "two": two, "n": row["pattern_pairs"]}  # fmt: skip
    return _("Het vaakst ziet %(a)s ‘%(one)s’ waar %(b)s ‘%(two)s’ ziet (%(n)s paren).") % {
        "a": a, "b": b, "one": one, "two": two, "n": row["pattern_pairs"]}  # fmt: skip


def _pair(a: str | None, b: str | None, lang: str, arrow: str) -> str:
    return (f"{vocab.SECTOR.label_or_unknown(a, lang)} {arrow} "
            f"{vocab.SECTOR.label_or_unknown(b, lang)}")  # fmt: skip


def targets_context(targets: pl.DataFrame | None, factors: pl.DataFrame | None, lang: str) -> dict:
    """The wished network's heat map and table, and the factors per sector pair."""
    if targets is None or targets.is_empty():
        return {"svg": "", "rows": [], "factors": [], "hidden": 0}
    return {
        "svg": _heatmap(targets, lang),
        "rows": [
            {
                "pair": _pair(r["sector_from"], r["sector_to"], lang, "→"),
                "ties": r["ties"],
                "deeper": r["deeper"],
                "less": r["less"],
                "new": r["new"],
                "target": r["target"],
                "gap": format_share(r["gap"], lang) if r["gap"] is not None else "–",
            }
            for r in targets.filter(~pl.col("suppressed")).iter_rows(named=True)
        ],
        "hidden": targets.filter(pl.col("suppressed")).height,
        "factors": _factor_rows(factors, lang),
    }


def _factor_rows(factors: pl.DataFrame | None, lang: str) -> list[dict]:
    if factors is None or factors.is_empty():
        return []
    rows: dict[tuple[str, str], dict] = {}
    for r in factors.filter(~pl.col("suppressed")).iter_rows(named=True):
        entry = rows.setdefault((r["sector_from"], r["sector_to"]), {
            "pair": _pair(r["sector_from"], r["sector_to"], lang, "→"),
            "stimulating": [], "inhibiting": []})  # fmt: skip
        if len(entry[r["kind"]]) < FACTORS_PER_KIND:
            entry[r["kind"]].append(
                f"{vocab.FACTOR_CATEGORY.label(r['category'], lang)} ({format_share(r['share'], lang)})"
            )
    return [{**e, "stimulating": ", ".join(e["stimulating"]) or "–",
             "inhibiting": ", ".join(e["inhibiting"]) or "–"} for e in rows.values()]  # fmt: skip


def _heatmap(targets: pl.DataFrame, lang: str) -> str:
    from netwerkkaart.apps.instruments.pictures import picture_labels
    from netwerkkaart.core.pictures import HeatCell, Heatmap, HeatRow, draw

    order = [c for c in vocab.SECTOR.codes
             if c in set(targets["sector_from"]) | set(targets["sector_to"])]  # fmt: skip
    cells = {(r["sector_from"], r["sector_to"]): r for r in targets.iter_rows(named=True)}
    rows = []
    for a in order:
        if not any((a, b) in cells for b in order):
            continue
        row_cells = []
        for b in order:
            cell = cells.get((a, b))
            if cell is None:
                row_cells.append(HeatCell(None))
            elif cell["suppressed"]:
                row_cells.append(HeatCell(None, suppressed=True))
            else:
                gap = cell["gap"] or 0.0
                row_cells.append(HeatCell(gap, text=format_share(gap, lang)))
        rows.append(HeatRow(vocab.SECTOR.label(a, lang), row_cells))
    top = max([r["gap"] for r in cells.values() if r["gap"] is not None] or [0.0])
    picture = Heatmap(
        title=_("Gewenste relaties die nog ontbreken, per sectorpaar"),
        description=_(
            "Per sector van de respondent (rij) en van de partner (kolom): welk deel "
            "van het gewenste netwerk vandaag nog niet bestaat."
        ),
        columns=[vocab.SECTOR.label(b, lang) for b in order],
        rows=rows,
        minimum=0.0,
        maximum=max(top, 0.05),
        low_label=_("bijna alles bestaat al"),
        high_label=_("veel gewenst, nog niet"),
    )
    return draw("heatmap", picture, labels=picture_labels(), width=640)


def scales_context(frame: pl.DataFrame | None, lang: str) -> dict[str, object]:
    """The level of collaboration and relational coordination per sector pair (empty: not asked).

    A sector pair whose every figure is suppressed is counted, not listed; a single suppressed
    figure of a listed pair shows as suppressed, with no size.
    """
    if frame is None or frame.is_empty():
        return {}
    pairs: dict[tuple[str, str], dict] = {}
    hidden: set[tuple[str, str]] = set()
    for row in frame.iter_rows(named=True):
        key = (row["respondent_sector"], row["partner_sector"])
        cell = {"suppressed": row["suppressed"]}
        if not row["suppressed"]:
            cell.update(value=_number(row["mean"], 1, lang), median=_number(row["median"], 1, lang),
                        ties=row["ties"], respondents=row["respondents"])  # fmt: skip
        entry = pairs.setdefault(key, {"pair": _pair(*key, lang, "→"), "cells": {}})
        entry["cells"][row["measure"]] = cell
    rows = []
    for key, entry in pairs.items():
        cells = entry["cells"]
        if all(c["suppressed"] for c in cells.values()):
            hidden.add(key)
            continue
        empty = {"missing": True}
        rows.append({
            "pair": entry["pair"],
            "level": cells.get(COLLABORATION_COLUMN, empty),
            "rc": cells.get(RC_INDEX, empty),
            "dimensions": [cells.get(c, empty) for c in RC_COLUMNS],
            "named": [(measure_label(c, lang), cells.get(c, empty)) for c in RC_COLUMNS],
        })  # fmt: skip
    asked = set(frame.get_column("measure"))
    return {
        "rows": rows,
        "hidden": len(hidden),
        "level_asked": COLLABORATION_COLUMN in asked,
        "rc_asked": RC_INDEX in asked,
        "level_label": measure_label(COLLABORATION_COLUMN, lang),
        "rc_label": measure_label(RC_INDEX, lang),
        "dimension_labels": [measure_label(m, lang) for m in MEASURES if m in RC_COLUMNS],
    }


def _number(value: float | None, digits: int, lang: str) -> str:
    if value is None:
        return "–"
    text = f"{value:.{digits}f}"
    return text if lang == "en" else text.replace(".", ",")
