"""Readable rendering of a :class:`~netwerkkaart.core.tables.compute.TableSet`, in Dutch or English.

The computed tables are long frames of codes, made for files and further analysis. People read
them laid out the way the report prints them (Pless & Buntinx, UCLL, Tabel 1-6): answers down,
locations or finalities across, labels instead of codes. This module does that layout, as aligned
plain text for a terminal or as Markdown, and says which groups were left out and why.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import polars as pl

from netwerkkaart.core import vocab
from netwerkkaart.core.tables.compute import TableSet
from netwerkkaart.core.tables.suppression import REASON_COMPLEMENTARY, TOTAL

TEXTS: dict[str, tuple[str, str]] = {
    "partner_mix": ("Tabel 1 — Partnermix per type respondent",
                    "Table 1 — Partner mix per respondent type"),
    "partner_mix_note": ("% van de samenwerkingen van elk type respondent, per partnergroep",
                         "% of each respondent type's collaborations, per partner group"),
    "profile": ("Tabel 2 — Hoe wordt er samengewerkt? Per locatie en samen",
                "Table 2 — How do actors collaborate? Per location and together"),
    "profile_note": ("aantal (% van de antwoorden op die vraag; elke vraag heeft haar eigen totaal)",
                     "count (% of the answers to that question; each question has its own total)"),
    "finality_by_group": ("Tabel 3 — Finaliteit per type respondent en partnergroep",
                          "Table 3 — Finality per respondent type and partner group"),
    "finality_note": ("aantal (% binnen de partnergroep); tussen haakjes het aandeel uit Tabel 1",
                      "count (% within the partner group); in brackets the share from Table 1"),
    "wished_partners": ("Tabel 4 — Met wie wil men meer of beter samenwerken? Top {top} per locatie",
                        "Table 4 — Who do respondents want to work with more or better? "
                        "Top {top} per location"),
    "factors": ("Tabel 5 en 6 — Stimulerende en belemmerende factoren",
                "Tables 5 and 6 — Stimulating and inhibiting factors"),
    "factors_note": ("% van de samenwerkingen waarvoor minstens één factor van die soort werd "
                     "genoemd; items die niemand noemde zijn hier weggelaten",
                     "% of the collaborations for which at least one factor of that kind was "
                     "named; items nobody named are left out here"),
    "suppressed": ("Weggelaten groepen", "Suppressed groups"),
    "none_suppressed": ("Geen enkele groep weggelaten.", "No group was left out."),
    "rule": ("Geen cijfer over minder dan {n} respondenten.",
             "No figure about fewer than {n} respondents."),
    "min_group": ("minder dan {n} respondenten", "fewer than {n} respondents"),
    "complementary": ("mee weggelaten: anders valt een kleine groep af te leiden uit het totaal",
                      "also left out: otherwise a small group could be derived from the total"),
    "empty": ("(geen cijfers om te tonen)", "(no figures to show)"),
    "all_locations": ("Alle locaties samen", "All locations together"),
    "respondent_type": ("Type respondent", "Respondent type"),
    "ties": ("# samenwerkingen", "# collaborations"),
    "answer": ("Antwoord", "Answer"),
    "total": ("Totaal", "Total"),
    "location": ("Locatie", "Location"),
    "rank": ("Plaats", "Rank"),
    "partner": ("Actor", "Actor"),
    "count": ("#", "#"),
    "factor": ("Factor", "Factor"),
    "partner_group": ("Partnergroep", "Partner group"),
    "stimulating": ("Stimulerende factoren", "Stimulating factors"),
    "inhibiting": ("Belemmerende factoren", "Inhibiting factors"),
}  # fmt: skip

TABLE_NUMBERS: dict[str, tuple[str, str]] = {
    "partner_mix": ("Tabel 1", "Table 1"),
    "profile": ("Tabel 2", "Table 2"),
    "finality_by_group": ("Tabel 3", "Table 3"),
    "wished_partners": ("Tabel 4", "Table 4"),
    "factors": ("Tabel 5/6", "Tables 5/6"),
}


def text(key: str, lang: str = "nl", **values: object) -> str:
    nl, en = TEXTS[key]
    return (en if lang == "en" else nl).format(**values)


@dataclass
class Block:
    """One rendered table: a title, optional note, header and rows of text cells."""

    title: str
    headers: list[str]
    rows: list[list[str]] = field(default_factory=list)
    note: str = ""
    numeric: Sequence[bool] = ()
    empty: str = ""
    key: str = ""
    suppressed: list[str] = field(default_factory=list)


def table_blocks(tables: TableSet, lang: str = "nl") -> list[Block]:
    """Every table laid out as the report prints it, for any renderer (text, HTML, PDF).

    Each block carries its table ``key`` (a name of :data:`TABLE_NAMES`) and, in ``suppressed``,
    one line per group left out of that table and why, so a reader sees a gap as a gap.
    """
    built = [
        ("partner_mix", [_partner_mix(tables, lang)]),
        ("profile", _profile(tables, lang)),
        ("finality_by_group", _finality_by_group(tables, lang)),
        ("wished_partners", [_wished_partners(tables, lang)]),
        ("factors", _factors(tables, lang)),
    ]
    notes = suppressed_lines(tables, lang)
    blocks = []
    for key, group in built:
        for index, block in enumerate(group):
            block.key = key
            block.empty = text("empty", lang)
            if index == 0:
                block.suppressed = [line for table, line in notes if table == key]
            blocks.append(block)
    return blocks


def suppressed_lines(tables: TableSet, lang: str = "nl") -> list[tuple[str, str]]:
    """``(table, sentence)`` for every group left out, e.g. *Tabel 1: Zelfstandige ... — ...*."""
    lines = []
    for table, group, reason in tables.suppressed.iter_rows():
        number = TABLE_NUMBERS[table][1 if lang == "en" else 0]
        why = text(
            "complementary" if reason == REASON_COMPLEMENTARY else "min_group",
            lang,
            n=tables.min_group,
        )
        lines.append((table, f"{number}: {_group_label(table, group, lang)} — {why}"))
    return lines


def render_tables(tables: TableSet, *, lang: str = "nl", markdown: bool = False) -> str:
    """All tables of ``tables`` as readable text (aligned columns) or Markdown, in ``lang``."""
    blocks = table_blocks(tables, lang)
    parts = [_format(block, markdown) for block in blocks]
    parts.append(_suppressed(tables, lang, markdown))
    return "\n".join(parts)


def _cell(count: int, percent: int | None) -> str:
    return f"{count:>5} ({'–' if percent is None else percent:>3} %)"


def _location(location: str, lang: str) -> str:
    return text("all_locations", lang) if location == TOTAL else location


def _partner_mix(tables: TableSet, lang: str) -> Block:
    groups = vocab.SECTOR.codes
    headers = [text("respondent_type", lang), *(vocab.SECTOR.label_or_unknown(g, lang) for g in groups),
               text("ties", lang)]  # fmt: skip
    block = Block(text("partner_mix", lang), headers, note=text("partner_mix_note", lang),
                  numeric=[False, *[True] * (len(groups) + 1)])  # fmt: skip
    for key, frame in tables.partner_mix.group_by("respondent_type", maintain_order=True):
        percents = ["–" if p is None else str(p) for p in frame.get_column("percent")]
        block.rows.append([vocab.RESPONDENT_TYPE.label_or_unknown(key[0], lang), *percents,
                           str(frame.get_column("count").sum())])  # fmt: skip
    return block


def _profile(tables: TableSet, lang: str) -> list[Block]:
    frame = tables.profile
    locations = frame.get_column("location").unique(maintain_order=True).to_list()
    headers = [text("answer", lang), *(_location(loc, lang) for loc in locations)]
    block = Block(text("profile", lang), headers, note=text("profile_note", lang),
                  numeric=[False, *[True] * len(locations)])  # fmt: skip
    by_location = {loc[0]: part for loc, part in frame.group_by("location", maintain_order=True)}
    for question in vocab.PROFILE_QUESTIONS:
        block.rows.append(
            [f"[{vocab.question_label(question.name, lang)}]", *[""] * len(locations)]
        )
        per_location = [
            by_location[loc].filter(pl.col("question") == question.name) for loc in locations
        ]
        for index, answer in enumerate(question.codes):
            cells = [_cell(*part.row(index)[3:5]) for part in per_location]
            block.rows.append([question.label(answer, lang), *cells])
        totals = [int(part.get_column("count").sum()) for part in per_location]
        block.rows.append([text("total", lang), *(_cell(t, 100 if t else None) for t in totals)])
    return [block]


def _finality_by_group(tables: TableSet, lang: str) -> list[Block]:
    headers = [text("partner_group", lang), *(f.label(lang) for f in vocab.FINALITY),
               text("total", lang)]  # fmt: skip
    mix = {(r[0], r[1]): r[3] for r in tables.partner_mix.iter_rows()}
    blocks: list[Block] = []
    for (rtype,), frame in tables.finality_by_group.group_by(
        "respondent_type", maintain_order=True
    ):
        title = f"{text('finality_by_group', lang)}: {vocab.RESPONDENT_TYPE.label_or_unknown(rtype, lang)}"
        block = Block(title, headers, note=text("finality_note", lang) if not blocks else "",
                      numeric=[False, *[True] * (len(vocab.FINALITY) + 1)])  # fmt: skip
        for (group,), cell in frame.group_by("partner_group", maintain_order=True):
            share = mix.get((rtype, group))
            label = f"{vocab.SECTOR.label_or_unknown(group, lang)} ({'–' if share is None else share} %)"
            cells = [_cell(count, pct) for count, pct in cell.select("count", "percent").rows()]
            total = int(cell.get_column("count").sum())
            block.rows.append([label, *cells, _cell(total, 100 if total else None)])
        blocks.append(block)
    return blocks or [Block(text("finality_by_group", lang), headers)]


def _wished_partners(tables: TableSet, lang: str) -> Block:
    headers = [
        text("location", lang),
        text("rank", lang),
        text("partner", lang),
        text("count", lang),
    ]
    block = Block(text("wished_partners", lang, top=tables.top), headers,
                  numeric=[False, True, False, True])  # fmt: skip
    grouped = (
        tables.wished_partners.group_by("location", "rank", maintain_order=True)
        .agg(pl.col("partner").str.join(", "), pl.col("count").first())
    )  # fmt: skip
    previous = None
    for location, rank, partners, count in grouped.iter_rows():
        shown = _location(location, lang) if location != previous else ""
        block.rows.append([shown, str(rank), partners, str(count)])
        previous = location
    return block


def _factors(tables: TableSet, lang: str) -> list[Block]:
    blocks: list[Block] = []
    for (kind,), frame in tables.factors.group_by("kind", maintain_order=True):
        headers = [text("factor", lang), text("count", lang), "%"]
        block = Block(f"{text('factors', lang)}: {text(kind, lang)}", headers,
                      note=text("factors_note", lang), numeric=[False, True, True])  # fmt: skip
        for _, category, item, count, percent in frame.iter_rows():
            if item == "*":
                label = vocab.FACTOR_CATEGORY.label(category, lang)
            elif count:
                label = "    " + vocab.FACTOR_ITEMS[kind][category].label(item, lang)
            else:
                continue
            block.rows.append([label, str(count), "–" if percent is None else str(percent)])
        blocks.append(block)
    return blocks or [
        Block(text("factors", lang), [text("factor", lang), text("count", lang), "%"])
    ]


def _group_label(table: str, group: str, lang: str) -> str:
    if table in ("partner_mix", "finality_by_group"):
        return vocab.RESPONDENT_TYPE.label_or_unknown(group, lang)
    if table == "factors":
        return text(group, lang)
    return _location(group, lang)


def _suppressed(tables: TableSet, lang: str, markdown: bool) -> str:
    title = text("suppressed", lang)
    lines = [f"### {title}" if markdown else f"{title}\n{'=' * len(title)}", ""]
    lines.append(text("rule", lang, n=tables.min_group))
    if tables.suppressed.is_empty():
        lines.append(text("none_suppressed", lang))
    lines += [f"- {line}" for _table, line in suppressed_lines(tables, lang)]
    return "\n".join(lines) + "\n"


def _format(block: Block, markdown: bool) -> str:
    if markdown:
        return _format_markdown(block)
    widths = [len(h) for h in block.headers]
    for row in block.rows:
        widths = [max(w, len(c)) for w, c in zip(widths, row, strict=True)]
    numeric = list(block.numeric) or [False] * len(widths)

    def line(cells: Sequence[str]) -> str:
        padded = [
            c.rjust(w) if n else c.ljust(w) for c, w, n in zip(cells, widths, numeric, strict=True)
        ]
        return "  ".join(padded).rstrip()

    out = [block.title, "=" * len(block.title)]
    if block.note:
        out.append(block.note)
    out += ["", line(block.headers), line(["-" * w for w in widths])]
    out += [line(row) for row in block.rows] or [block.empty]
    return "\n".join(out) + "\n"


def _format_markdown(block: Block) -> str:
    numeric = list(block.numeric) or [False] * len(block.headers)
    out = [f"### {block.title}", ""]
    if block.note:
        out += [f"*{block.note}*", ""]
    out.append("| " + " | ".join(block.headers) + " |")
    out.append("|" + "|".join("---:" if n else "---" for n in numeric) + "|")
    out += ["| " + " | ".join(c.replace("|", "\\|") for c in row) + " |" for row in block.rows]
    return "\n".join(out) + "\n"
