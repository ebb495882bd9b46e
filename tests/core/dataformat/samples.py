"""Small CSV texts shared by the data-format tests."""

from __future__ import annotations

TIES_HEADER = (
    "respondent,respondent_type,location,partner,partner_group,"
    "finality,frequency,evaluation,evolution"
)


def ties_text(*rows: str, header: str = TIES_HEADER) -> str:
    return "\n".join([header, *rows]) + "\n"
