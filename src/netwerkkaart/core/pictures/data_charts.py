"""What the pictures of a survey round show: stacked bars, diverging bars, bars against a total.

Like :mod:`.data`, these dataclasses know nothing of rounds or tables: the glue that reads a
round's figures fills them in, with every text already translated. A figure left out for privacy
is a row or item with ``suppressed=True`` and no values: the picture draws a hatched "not shown"
in its place and never its size.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from netwerkkaart.core.pictures.data import Picture, require


@dataclass(frozen=True)
class StackedRow:
    """One bar of a stacked bar picture.

    Attributes
    ----------
    label
        The row's name (a respondent type, a question).
    values
        One count per series of the picture, in its order (``None`` counts as 0).
    rest
        A remainder drawn after the series, hatched (e.g. ties without an answer: the drop-out).
    n
        Written after the label ("n = 120"); the count the shares are of.
    suppressed
        Too few respondents: the bar is hatched, no value nor ``n`` is drawn.
    series
        The row's own series (e.g. the answers of one question), keyed under its bar; empty for
        the picture's series, keyed once at the bottom.
    """

    label: str
    values: Sequence[float | None] = ()
    rest: float = 0.0
    n: int | None = None
    suppressed: bool = False
    series: Sequence[str] = ()


@dataclass(frozen=True)
class StackedBars(Picture):
    """Horizontal bars cut into one segment per series, each segment's share written in it.

    With ``normalise`` every bar is as long as the plot (100 % of its row); otherwise bars share
    one scale, the longest row total (series plus ``rest``) filling the plot. ``rest_label``
    names the hatched remainder in the legend.
    """

    series: Sequence[str]
    rows: Sequence[StackedRow]
    normalise: bool = True
    rest_label: str = ""

    def __post_init__(self) -> None:
        for row in self.rows:
            series = row.series or self.series
            require(row.suppressed or len(series) >= 1, f"row {row.label!r} has no series")
            require(
                row.suppressed or len(row.values) == len(series),
                f"row {row.label!r} has {len(row.values)} values for {len(series)} series",
            )


@dataclass(frozen=True)
class DivergingItem:
    """One bar from the zero line: its label and value, or suppressed (no value drawn)."""

    label: str
    value: float | None = None
    suppressed: bool = False


@dataclass(frozen=True)
class DivergingBars(Picture):
    """Bars left or right of zero on ``minimum`` .. ``maximum`` (the E-I index: -1 .. +1).

    ``low_label`` and ``high_label`` name what the two ends mean; each bar's value is written at
    its end, so the direction never rests on colour alone.
    """

    items: Sequence[DivergingItem]
    minimum: float = -1.0
    maximum: float = 1.0
    decimals: int = 2
    low_label: str = ""
    high_label: str = ""

    def __post_init__(self) -> None:
        require(self.minimum < 0 < self.maximum, "a diverging bar needs minimum < 0 < maximum")


@dataclass(frozen=True)
class ReachItem:
    """One group: how many of ``total`` were reached (``None`` with ``suppressed``)."""

    label: str
    total: int
    reached: int | None = None
    group: str | None = None
    suppressed: bool = False


@dataclass(frozen=True)
class ReachBars(Picture):
    """Per item an outlined bar of its total (the register) filled as far as it was reached.

    Bars share one scale (the largest total). ``reached_text`` is written beside each bar with
    ``{reached}``, ``{total}`` and ``{percent}``; items with a ``group`` are listed under it.
    ``low_share`` marks a bar reached below that share with a written "low" (``low_label``).
    """

    items: Sequence[ReachItem]
    reached_label: str = "reached"
    total_label: str = "total"
    reached_text: str = "{reached} of {total} ({percent} %)"
    low_share: float = 0.5
    low_label: str = ""
