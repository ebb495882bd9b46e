"""Privacy rules shared by every figure the product shows.

Respondents were promised pseudonymity. No table, measure or export shows a figure about a group of
fewer distinct respondents than the *minimum group size*; such groups are left out and listed as
suppressed, never shown as zero.
"""

from __future__ import annotations

DEFAULT_MIN_GROUP = 5


def is_reportable(respondents: int, min_group: int = DEFAULT_MIN_GROUP) -> bool:
    """Whether a figure about ``respondents`` distinct respondents may be shown."""
    return respondents >= min_group
