"""Validating one raw table against its file specification, column-wise.

Values are checked per *distinct* value (a survey has few distinct answers and many rows), then the
verdict is spread over the rows with polars, so validating 100 000 rows costs little more than
parsing them. Every problem becomes an :class:`~netwerkkaart.core.dataformat.issues.Issue`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import polars as pl

from netwerkkaart.core import vocab
from netwerkkaart.core.dataformat.issues import WARNING, Issue
from netwerkkaart.core.dataformat.sources import RawTable
from netwerkkaart.core.dataformat.spec import (
    MAX_ROUND_CODE,
    Column,
    FileSpec,
    Kind,
    max_length,
    usable_round_code,
)
from netwerkkaart.core.dataset import enum_of

LIST_SEPARATOR = ";"
_COUNT = re.compile(r"^\d+$")
# Deliberately loose (one @, a dot in the domain, no spaces): it catches typing slips, not RFC 5322.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_NUMBER = re.compile(r"^[+-]?\d+([.,]\d+)?$")
_FORMULA_START = ("=", "+", "-", "@")
NUL = "\x00"
SHOWN_LENGTH = 80  # characters of an over-long value an issue shows


def validate_table(raw: RawTable, spec: FileSpec) -> tuple[pl.DataFrame | None, list[Issue]]:
    """Check ``raw`` against ``spec``; return the typed frame (``None`` on errors) and the issues."""
    issues = _check_header(raw, spec)
    if any(i.severity != WARNING for i in issues):
        return None, issues
    if raw.height == 0 and spec.required:
        issues.append(Issue(raw.name, "no_rows"))
        return None, issues
    width = len(raw.header)
    for number, found in raw.ragged:
        params = {"found": found, "expected": width}
        issues.append(Issue(raw.name, "ragged_row", row=number, params=params))

    text = _text_frame(raw, spec)
    numbers = text.get_column("row")
    for name in text.columns:
        if name != "row":
            limit = max_length(spec, name)
            issues.extend(_check_storable(raw.name, name, text.get_column(name), numbers, limit))
    columns: dict[str, pl.Series] = {}
    for column in spec.columns:
        series, found = _check_column(raw.name, column, text.get_column(column.name), numbers)
        issues.extend(found)
        columns[column.name] = series
    for name in text.columns:
        if name not in columns and name != "row":
            columns[name] = text.get_column(name)  # extra register columns, kept as text
    frame = pl.DataFrame(columns)
    if "round" in frame.columns:
        issues.extend(_check_round_codes(raw.name, frame.get_column("round"), numbers))
    issues.extend(_check_unique(raw.name, spec, frame, numbers))
    if spec.name == "ties":
        issues.extend(_check_respondents(raw.name, frame, numbers))
    order = {name: position for position, name in enumerate(raw.header)}
    issues.sort(key=lambda i: (i.row or 0, order.get(i.column or "", -1)))
    if any(i.severity != WARNING for i in issues):
        return None, issues
    return frame, issues


def _text_frame(raw: RawTable, spec: FileSpec) -> pl.DataFrame:
    """One trimmed text column per spec column (null when empty or absent), plus ``row``.

    The writer neutralises formula-looking text with a leading apostrophe; reading undoes it, so a
    round trip is exact. The value stays plain text either way.
    """
    position = {}
    for index, name in enumerate(raw.header):
        position.setdefault(name, index)
    wanted = list(spec.column_names)
    if spec.keeps_extra_columns:
        wanted += [n for n in position if n and n not in spec.column_names]
    expressions = []
    for name in wanted:
        if name not in position:
            expressions.append(pl.lit(None, dtype=pl.String).alias(name))
            continue
        cell = pl.col(f"c{position[name]}").str.strip_chars()
        cell = pl.when(cell.str.contains(r"^'[=+\-@]")).then(cell.str.slice(1)).otherwise(cell)
        expressions.append(pl.when(cell == "").then(None).otherwise(cell).alias(name))
    return raw.cells.select(*expressions, "row")


def _check_storable(
    file: str, column: str, text: pl.Series, numbers: pl.Series, limit: int | None
) -> list[Issue]:
    """Cells a database cannot keep as written: a NUL character, or longer than the field.

    PostgreSQL refuses both (SQLite would silently keep them), so they are errors of the file.
    """
    issues = []
    nul = text.is_not_null() & text.str.contains(NUL, literal=True)
    for number, value in zip(numbers.filter(nul), text.filter(nul), strict=True):
        issues.append(Issue(file, "nul_character", number, column, shown_value(value)))
    if limit is not None:
        lengths = text.str.len_chars()
        long = text.is_not_null() & (lengths > limit)
        for number, value, length in zip(
            numbers.filter(long), text.filter(long), lengths.filter(long), strict=True
        ):
            params = {"length": length, "max": limit}
            issues.append(Issue(file, "too_long", number, column, shown_value(value), params))
    return issues


def _check_round_codes(file: str, codes: pl.Series, numbers: pl.Series) -> list[Issue]:
    """Round codes every import would refuse ("/", a reserved word), found here already."""
    issues = []
    seen: set[str] = set()
    for number, code in zip(numbers, codes, strict=True):
        if code is None or code in seen:
            continue
        seen.add(code)
        if not usable_round_code(code) and len(code.strip()) <= MAX_ROUND_CODE:
            issues.append(Issue(file, "bad_round_code", number, "round", shown_value(code)))
    return issues


def shown_value(value: str) -> str:
    """A value as an issue shows it: NUL made visible, a long value cut short."""
    visible = value.replace(NUL, "\u2400")
    return visible if len(visible) <= SHOWN_LENGTH else visible[:SHOWN_LENGTH] + "\u2026"


def _check_header(raw: RawTable, spec: FileSpec) -> list[Issue]:
    issues: list[Issue] = []
    seen: set[str] = set()
    for position, name in enumerate(raw.header, start=1):
        if NUL in name:
            issues.append(Issue(raw.name, "nul_character", row=1, value=shown_value(name)))
        elif not name:
            issues.append(Issue(raw.name, "empty_header", row=1, params={"position": position}))
        elif name in seen:
            issues.append(Issue(raw.name, "duplicate_header", row=1, column=name))
        seen.add(name)
    required = [c.name for c in spec.columns if c.required]
    for name in required:
        if name not in seen:
            issues.append(
                Issue(raw.name, "missing_column", row=1, column=name,
                      params={"allowed": ", ".join(required)})
            )  # fmt: skip
    if not spec.keeps_extra_columns:
        known = ", ".join(spec.column_names)
        for name in raw.header:
            if name and name not in spec.column_names:
                issues.append(
                    Issue(raw.name, "unknown_column", row=1, column=name,
                          params={"allowed": known}, severity=WARNING)
                )  # fmt: skip
    return issues


def _check_column(
    file: str, column: Column, text: pl.Series, numbers: pl.Series
) -> tuple[pl.Series, list[Issue]]:
    issues: list[Issue] = []
    if column.value_required:
        for number in numbers.filter(text.is_null()).to_list():
            issues.append(Issue(file, "required_value", row=number, column=column.name))
    if column.kind is Kind.TEXT:
        suspicious = text.is_not_null() & text.str.starts_with(_FORMULA_START[0])
        for prefix in _FORMULA_START[1:]:
            suspicious = suspicious | text.str.starts_with(prefix)
        for number, value in zip(numbers.filter(suspicious), text.filter(suspicious), strict=True):
            if prefix_is_formula(value):
                params = {"prefix": value[0]}
                issues.append(
                    Issue(file, "formula", number, column.name, value, params, severity=WARNING)
                )
        return text, issues
    if column.kind is Kind.EMAIL:
        bad = text.is_not_null() & ~text.str.contains(_EMAIL.pattern)
        for number, value in zip(numbers.filter(bad), text.filter(bad), strict=True):
            issues.append(Issue(file, "not_an_email", number, column.name, value))
        return text, issues
    if column.kind is Kind.CODE:
        assert column.vocabulary is not None
        return _map_codes(file, column, text, numbers, column.vocabulary.lookup, issues)
    if column.kind is Kind.COUNT:
        bad = text.is_not_null() & ~text.str.contains(_COUNT.pattern)
        for number, value in zip(numbers.filter(bad), text.filter(bad), strict=True):
            issues.append(Issue(file, "not_a_count", number, column.name, value))
        counts = pl.select(pl.when(~bad).then(text).otherwise(None)).to_series()
        return counts.cast(pl.Int64).alias(column.name), issues
    if column.kind is Kind.SCORE:
        return _check_scores(file, column, text, numbers, issues)
    if column.kind is Kind.CODES:
        assert column.vocabulary is not None
        return _map_lists(file, column, text, numbers, column.vocabulary.lookup, issues)
    assert column.factor_kind is not None
    return _map_lists(file, column, text, numbers, factor_lookup(column.factor_kind), issues)


def _check_scores(
    file: str, column: Column, text: pl.Series, numbers: pl.Series, issues: list[Issue]
) -> tuple[pl.Series, list[Issue]]:
    """A whole number from ``column.low`` to ``column.high``; anything else names the cell."""
    assert column.low is not None and column.high is not None
    whole = text.str.contains(r"^[+-]?\d{1,9}$")
    scores = pl.select(pl.when(whole).then(text).otherwise(None)).to_series().cast(pl.Int64)
    bad = text.is_not_null() & (scores.is_null() | (scores < column.low) | (scores > column.high))
    params = {"min": column.low, "max": column.high}
    for number, value in zip(numbers.filter(bad), text.filter(bad), strict=True):
        issues.append(Issue(file, "not_a_score", number, column.name, value, params))
    kept = pl.select(pl.when(~bad).then(scores).otherwise(None)).to_series()
    return kept.cast(pl.Int64).alias(column.name), issues


def prefix_is_formula(value: str) -> bool:
    """A cell a spreadsheet would evaluate: starts with = + - @, but is not simply a number."""
    return value.startswith(_FORMULA_START) and not _NUMBER.match(value)


def _map_codes(
    file: str,
    column: Column,
    text: pl.Series,
    numbers: pl.Series,
    lookup: Callable[[str], str | None],
    issues: list[Issue],
) -> tuple[pl.Series, list[Issue]]:
    mapping = {value: lookup(value) for value in text.drop_nulls().unique().to_list()}
    codes = text.replace_strict(mapping, default=None, return_dtype=pl.String)
    bad = text.is_not_null() & codes.is_null()
    allowed = _allowed(column)
    for number, value in zip(numbers.filter(bad), text.filter(bad), strict=True):
        issues.append(Issue(file, "unknown_code", number, column.name, value, {"allowed": allowed}))
    assert column.vocabulary is not None
    return codes.cast(enum_of(column.vocabulary)).alias(column.name), issues


def _map_lists(
    file: str,
    column: Column,
    text: pl.Series,
    numbers: pl.Series,
    lookup: Callable[[str], str | None],
    issues: list[Issue],
) -> tuple[pl.Series, list[Issue]]:
    items = text.fill_null("").str.split(LIST_SEPARATOR)
    flat = pl.DataFrame({"row": numbers, "item": items}).explode("item")
    flat = flat.with_columns(pl.col("item").str.strip_chars()).filter(pl.col("item") != "")
    mapping = {value: lookup(value) for value in flat.get_column("item").unique().to_list()}
    flat = flat.with_columns(
        pl.col("item").replace_strict(mapping, default=None, return_dtype=pl.String).alias("code")
    )
    code = "unknown_factor" if column.kind is Kind.FACTORS else "unknown_code"
    allowed = _allowed(column)
    for number, value in flat.filter(pl.col("code").is_null()).select("row", "item").iter_rows():
        issues.append(Issue(file, code, number, column.name, value, {"allowed": allowed}))
    # Back to one list per row, in row order, duplicates within a cell removed.
    grouped = (
        flat.filter(pl.col("code").is_not_null())
        .group_by("row", maintain_order=True)
        .agg(pl.col("code").unique(maintain_order=True))
    )
    lists = (
        pl.DataFrame({"row": numbers})
        .join(grouped, on="row", how="left", maintain_order="left")
        .get_column("code")
    )
    empty: list[str] = []
    return lists.fill_null(pl.lit(empty, dtype=pl.List(pl.String))).alias(column.name), issues


def _allowed(column: Column) -> str:
    if column.kind is Kind.FACTORS:
        return ", ".join(vocab.FACTOR_CATEGORY.codes)
    assert column.vocabulary is not None
    return ", ".join(column.vocabulary.codes)


def factor_lookup(kind: str) -> Callable[[str], str | None]:
    """A lookup turning a written factor (codes or labels) into ``category:item`` or ``category``."""
    items_of = vocab.FACTOR_ITEMS[kind]

    def lookup(value: str) -> str | None:
        left, separator, right = value.partition(":")
        category = vocab.FACTOR_CATEGORY.lookup(left)
        if category is None:
            return None
        if not separator or not right.strip():
            return category
        item = items_of[category].lookup(right)
        return None if item is None else f"{category}:{item}"

    return lookup


def _check_unique(
    file: str, spec: FileSpec, frame: pl.DataFrame, numbers: pl.Series
) -> list[Issue]:
    if not spec.unique_key or frame.height == 0:
        return []
    key = [pl.col(name).cast(pl.String) for name in spec.unique_key]
    marked = frame.select(key).with_columns(row=numbers)
    marked = marked.with_columns(first=pl.col("row").first().over(spec.unique_key))
    repeats = marked.filter(pl.col("row") != pl.col("first"))
    shown_key = ", ".join(spec.unique_key)
    return [
        Issue(file, "duplicate_row", row=row, params={"first": first, "key": shown_key})
        for row, first in repeats.select("row", "first").iter_rows()
    ]


def _check_respondents(file: str, frame: pl.DataFrame, numbers: pl.Series) -> list[Issue]:
    """A respondent has one type and one location per round; rows that disagree are errors."""
    issues: list[Issue] = []
    base = frame.select("round", "respondent", "respondent_type", "location").with_columns(
        row=numbers
    )
    for column in ("respondent_type", "location"):
        values = base.with_columns(pl.col(column).cast(pl.String))
        values = values.filter(pl.col(column).is_not_null() & pl.col("respondent").is_not_null())
        values = values.with_columns(
            first_value=pl.col(column).first().over("round", "respondent"),
            first=pl.col("row").first().over("round", "respondent"),
        ).filter(pl.col(column) != pl.col("first_value"))
        for row in values.iter_rows(named=True):
            params = {"respondent": row["respondent"], "first_value": row["first_value"],
                      "first": row["first"]}  # fmt: skip
            issues.append(
                Issue(file, "inconsistent_respondent", row["row"], column, row[column], params)
            )
    return issues
