"""Changes in the report's table figures (Tabel 1-6) between two rounds.

Every figure of every table is matched on the row it describes — e.g. Tabel 1's share of
"Zelfstandige zorgprofessional" ties with "Welzijn" partners — and given before, after and the
change. A group that was suppressed (too few respondents) in either round is absent from that
round's table, so it gets no change: a difference with a hidden figure would reveal it.
"""

from __future__ import annotations

import polars as pl

from netwerkkaart.core import vocab
from netwerkkaart.core.tables import TableSet
from netwerkkaart.core.tables.render import text as table_text

# The columns that name a row of each table, and the figures compared.
TABLE_KEYS: dict[str, tuple[str, ...]] = {
    "partner_mix": ("respondent_type", "partner_group"),
    "profile": ("location", "question", "answer"),
    "finality_by_group": ("respondent_type", "partner_group", "finality"),
    "wished_partners": ("location", "partner"),
    "factors": ("kind", "category", "item"),
}
TABLE_FIGURES: dict[str, tuple[str, ...]] = {
    "partner_mix": ("count", "percent"),
    "profile": ("count", "percent"),
    "finality_by_group": ("count", "percent"),
    "wished_partners": ("count",),
    "factors": ("count", "percent"),
}
SCHEMA = {
    "table": pl.String,
    "row": pl.String,
    "figure": pl.String,
    "before": pl.Float64,
    "after": pl.Float64,
    "change": pl.Float64,
}
ROW_SEPARATOR = " · "


def table_changes(before: TableSet, after: TableSet) -> pl.DataFrame:
    """Every figure of Tabel 1-6 in either round: before, after and the change.

    Parameters
    ----------
    before, after
        The tables of the earlier and the later round (:func:`~netwerkkaart.core.tables.compute_tables`).

    Returns
    -------
    polars.DataFrame
        ``table, row, figure, before, after, change``: ``row`` joins the row's key codes with
        ``" · "`` (e.g. ``"zelfstandige_zorgprofessional · welzijn"``), ``figure`` is ``count`` or
        ``percent``. ``change`` is null when the row is missing from either round (not asked,
        nobody answered, or suppressed). Rows keep the later round's order, then rows only the
        earlier round had.

    References
    ----------
    Pless, L. & Buntinx, H. *Samenwerking rond zorg en welzijn breed bekeken*. UCLL (Tabel 1-6).
    """
    frames = []
    for table, keys in TABLE_KEYS.items():
        old = _long(getattr(before, table), table, keys)
        new = _long(getattr(after, table), table, keys)
        joined = new.join(old, on=["row", "figure"], how="full", coalesce=True, suffix="_old")
        frames.append(
            joined.select(
                pl.lit(table).alias("table"),
                "row",
                "figure",
                pl.col("value_old").alias("before"),
                pl.col("value").alias("after"),
                (pl.col("value") - pl.col("value_old")).alias("change"),
            )
        )
    return pl.concat(frames, how="vertical").cast(SCHEMA) if frames else pl.DataFrame(schema=SCHEMA)


def _long(frame: pl.DataFrame, table: str, keys: tuple[str, ...]) -> pl.DataFrame:
    figures = list(TABLE_FIGURES[table])
    if frame.is_empty():
        return pl.DataFrame(schema={"row": pl.String, "figure": pl.String, "value": pl.Float64})
    labelled = frame.with_columns(
        pl.concat_str([pl.col(k).cast(pl.String).fill_null("") for k in keys],
                      separator=ROW_SEPARATOR).alias("row")
    )  # fmt: skip
    return (
        labelled.select("row", *figures)
        .with_row_index("order")
        .unpivot(index=["order", "row"], on=figures, variable_name="figure", value_name="value")
        .sort("order", "figure", maintain_order=True)
        .select("row", "figure", pl.col("value").cast(pl.Float64))
    )


ANSWER_VOCABULARIES = {
    "finality": vocab.FINALITY, "frequency": vocab.FREQUENCY, "evaluation": vocab.EVALUATION,
    "evolution": vocab.EVOLUTION, "level": vocab.LEVEL, "scale": vocab.SCALE,
}  # fmt: skip
ALL = "*"


def row_label(table: str, row: str, lang: str = "nl") -> str:
    """A readable label for a ``row`` of :func:`table_changes`, e.g. "Zorgorganisatie · Welzijn".

    Codes are replaced by their labels in ``lang``; text that is no code (a location, a wished
    partner) stays as it is, and ``*`` (all locations, the whole category) is spelled out.
    """
    parts = row.split(ROW_SEPARATOR)
    everywhere = table_text("all_locations", lang)
    if table in ("partner_mix", "finality_by_group"):
        vocabularies = (vocab.RESPONDENT_TYPE, vocab.SECTOR, vocab.FINALITY)
        labels = [_label(v, p, lang) for v, p in zip(vocabularies, parts, strict=False)]
    elif table == "profile" and len(parts) == 3:
        location, question, answer = parts
        question_text = vocab.QUESTION_LABELS.get(question)
        labels = [
            everywhere if location == ALL else location,
            question_text[1 if lang == "en" else 0] if question_text else question,
            _label(ANSWER_VOCABULARIES[question], answer, lang)
            if question in ANSWER_VOCABULARIES else answer,
        ]  # fmt: skip
    elif table == "wished_partners":
        labels = [everywhere if parts[0] == ALL else parts[0], *parts[1:]]
    elif table == "factors" and len(parts) == 3:
        kind, category, item = parts
        try:
            factor = vocab.factor_label(kind, category, None if item == ALL else item, lang)
        except KeyError:
            factor = f"{category}: {item}"
        labels = [table_text(kind, lang) if kind in ("stimulating", "inhibiting") else kind, factor]
    else:
        labels = parts
    return ROW_SEPARATOR.join(labels)


def _label(vocabulary: vocab.Vocabulary, code: str, lang: str) -> str:
    return vocabulary.label(code, lang) if code in vocabulary else code
