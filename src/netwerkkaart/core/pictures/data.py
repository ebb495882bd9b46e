"""What each picture of the reflection instruments shows, in plain terms.

These dataclasses are the pictures' only input. They know nothing of instruments, sessions or
questionnaires: the glue that scores an instrument fills them in, with every text already
translated. The few words a picture writes itself (legend entries, "n = …") come from
:class:`Labels`, whose English defaults a caller replaces with Dutch ones.

Numbers on a scale (Likert 1-5, points, shares) are drawn between a picture's ``scale_min`` and
``scale_max``. A figure left out for privacy (a group below the minimum size) is ``None``; a
picture with nothing left to show draws a note saying so instead of an empty figure.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

Statistic = Literal["median", "mean"]


def require(condition: bool, message: str) -> None:
    """Raise :class:`ValueError` with ``message`` unless ``condition`` holds."""
    if not condition:
        raise ValueError(message)


@dataclass(frozen=True)
class Spread:
    """How a group's answers to one item are spread; any figure is ``None`` when suppressed.

    Attributes
    ----------
    n
        Number of answers the figures are computed from.
    minimum, q1, median, q3, maximum
        The five-number summary (q1 and q3: the first and third quartile).
    mean
        The mean, shown beside the median, never instead of it unless asked.
    """

    n: int | None = None
    minimum: float | None = None
    q1: float | None = None
    median: float | None = None
    q3: float | None = None
    maximum: float | None = None
    mean: float | None = None

    @property
    def suppressed(self) -> bool:
        """Whether there is no central figure to draw (neither median nor mean)."""
        return self.median is None and self.mean is None

    def centre(self, statistic: Statistic = "median") -> float | None:
        """The median or the mean, as ``statistic`` asks (``None`` when suppressed)."""
        return self.mean if statistic == "mean" else self.median


@dataclass(frozen=True)
class Labels:
    """The words a picture writes by itself; pass Dutch ones to draw a Dutch picture.

    Templates use named fields: ``n`` takes ``{n}``, ``share_done`` takes ``{done}``, ``{total}``
    and ``{percent}``.
    """

    suppressed: str = "Too few answers to show this picture."
    suppressed_short: str = "too few answers"
    no_answer: str = "–"
    n: str = "n = {n}"
    median: str = "median"
    mean: str = "mean"
    middle_half: str = "middle half (q1–q3)"
    range: str = "lowest–highest"
    earlier: str = "earlier"
    participant: str = "one participant"
    current: str = "current"
    wished: str = "wished"
    done: str = "done"
    in_progress: str = "in progress"
    not_started: str = "not started"
    share_done: str = "{done} of {total} done ({percent} %)"
    recommendation: str = "Recommendation"
    decimal: str = "."  # the decimal sign figures are written with ("," for a Dutch picture)


@dataclass(frozen=True)
class Picture:
    """What every picture has: a title (its accessible name) and optionally the group size.

    Attributes
    ----------
    title
        Written above the picture and used as its ``<title>`` and ``aria-label``.
    n
        Number of participants, written under the title as ``Labels.n``.
    description
        A longer text alternative, written as the picture's ``<desc>``.
    """

    title: str
    n: int | None = field(default=None, kw_only=True)
    description: str = field(default="", kw_only=True)


# --- radar -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RadarAxis:
    """One spoke of a radar: its label, the group's spread and optionally an earlier one."""

    label: str
    spread: Spread
    earlier: Spread | None = None


@dataclass(frozen=True)
class Radar(Picture):
    """Median polygon with the q1-q3 band on ``scale_min`` (centre) .. ``scale_max`` (outer ring).

    ``earlier_label`` names the earlier session in the legend (default ``Labels.earlier``).
    """

    axes: Sequence[RadarAxis]
    scale_min: float = 1.0
    scale_max: float = 5.0
    ring_step: float = 1.0
    earlier_label: str | None = None

    def __post_init__(self) -> None:
        require(len(self.axes) >= 3, "a radar needs at least three axes")
        require(self.scale_max > self.scale_min, "scale_max must exceed scale_min")
        require(self.ring_step > 0, "ring_step must be positive")


# --- scatter_2x2 -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ScatterAxis:
    """One axis of a 2x2: its label, range, the cut point between low and high, end texts."""

    label: str
    minimum: float = 0.0
    maximum: float = 1.0
    cut: float = 0.5
    low: str = ""
    high: str = ""

    def __post_init__(self) -> None:
        require(self.maximum > self.minimum, f"axis {self.label!r}: maximum must exceed minimum")
        require(self.minimum <= self.cut <= self.maximum, f"axis {self.label!r}: cut off scale")


@dataclass(frozen=True)
class Quadrant:
    """A named quadrant, e.g. ``Quadrant("I", "Standard, offered locally", False, True)``.

    ``x_high``/``y_high`` say which side of each cut it lies on (a value on the cut is high).
    """

    code: str
    name: str
    x_high: bool
    y_high: bool


@dataclass(frozen=True)
class ScatterPoint:
    """One thing placed in the 2x2; points of one ``group`` share a colour and a shape."""

    label: str
    x: float
    y: float
    group: str | None = None


@dataclass(frozen=True)
class Scatter2x2(Picture):
    """Points on two axes divided at their cut points into four named quadrants."""

    x: ScatterAxis
    y: ScatterAxis
    points: Sequence[ScatterPoint] = ()
    quadrants: Sequence[Quadrant] = ()


# --- heatmap -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class HeatCell:
    """A cell: its value (``None``: no answer), a text written instead of it, or suppressed.

    ``note`` is a second, smaller line under the value (e.g. "40 % licht").
    """

    value: float | None
    text: str | None = None
    suppressed: bool = False
    note: str | None = None


@dataclass(frozen=True)
class HeatRow:
    """A labelled row of cells; a plain number or ``None`` stands for ``HeatCell(value)``.

    A row of one cell (e.g. an information row) spans all columns.
    """

    label: str
    cells: Sequence[HeatCell | float | None]


@dataclass(frozen=True)
class Heatmap(Picture):
    """Rows x columns of values between ``minimum`` and ``maximum``, each written in its cell.

    ``extra_rows`` come after a gap under their own ``extra_heading``; ``low_label`` and
    ``high_label`` name the ends of the colour key (e.g. "large gap", "well covered").
    """

    columns: Sequence[str]
    rows: Sequence[HeatRow]
    extra_rows: Sequence[HeatRow] = ()
    extra_heading: str = ""
    minimum: float = 0.0
    maximum: float = 1.0
    decimals: int = 1
    low_label: str = ""
    high_label: str = ""

    def __post_init__(self) -> None:
        require(self.maximum > self.minimum, "maximum must exceed minimum")
        for row in (*self.rows, *self.extra_rows):
            require(
                len(row.cells) in (1, len(self.columns)),
                f"row {row.label!r} has {len(row.cells)} cells for {len(self.columns)} columns",
            )


# --- stacked_levels ----------------------------------------------------------------------------


@dataclass(frozen=True)
class LevelDomain:
    """Per domain, how many chose each level now and wished; ``None`` when suppressed."""

    label: str
    current: Sequence[int] | None
    wished: Sequence[int] | None = None


@dataclass(frozen=True)
class StackedLevels(Picture):
    """Per domain two stacked bars over the ordered ``levels``: current and wished."""

    levels: Sequence[str]
    domains: Sequence[LevelDomain]

    def __post_init__(self) -> None:
        require(len(self.levels) >= 2, "stacked levels need at least two levels")
        for domain in self.domains:
            for counts in (domain.current, domain.wished):
                require(
                    counts is None or len(counts) == len(self.levels),
                    f"domain {domain.label!r}: one count per level expected",
                )


# --- bars_spread -------------------------------------------------------------------------------


@dataclass(frozen=True)
class BarItem:
    """One bar: its label, spread, optional group (with a heading) and earlier spread."""

    label: str
    spread: Spread
    group: str | None = None
    earlier: Spread | None = None


@dataclass(frozen=True)
class BarsSpread(Picture):
    """A bar per item at its ``statistic``, a q1-q3 box and min-max whiskers over it.

    Items are drawn grouped, groups in order of first appearance.
    """

    items: Sequence[BarItem]
    scale_min: float = 0.0
    scale_max: float = 5.0
    statistic: Statistic = "median"
    axis_label: str = ""
    decimals: int = 1
    earlier_label: str | None = None

    def __post_init__(self) -> None:
        require(self.scale_max > self.scale_min, "scale_max must exceed scale_min")


# --- quadrant_profile --------------------------------------------------------------------------


@dataclass(frozen=True)
class QuadrantScore:
    """One quadrant of a profile: its label and the group's scores."""

    label: str
    score: Spread


@dataclass(frozen=True)
class QuadrantProfile(Picture):
    """Four quadrants in reading order (top-left, top-right, bottom-left, bottom-right).

    Each is a quarter disc whose radius grows with its score from ``scale_min`` to
    ``scale_max``; ``top``, ``bottom``, ``left`` and ``right`` name the axes' poles.
    """

    quadrants: Sequence[QuadrantScore]
    scale_min: float = 1.0
    scale_max: float = 5.0
    statistic: Statistic = "median"
    top: str = ""
    bottom: str = ""
    left: str = ""
    right: str = ""

    def __post_init__(self) -> None:
        require(len(self.quadrants) == 4, "a quadrant profile needs exactly four quadrants")
        require(self.scale_max > self.scale_min, "scale_max must exceed scale_min")


# --- tension_map -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Dilemma:
    """A tension between two poles and where the group stands on the line between them.

    ``positions`` are the participants' own answers, drawn as dots; leave them out for a group
    whose individual answers may not be shown, and only ``spread`` is drawn.
    """

    left: str
    right: str
    spread: Spread = field(default_factory=Spread)
    positions: Sequence[float] = ()
    label: str = ""


@dataclass(frozen=True)
class TensionMap(Picture):
    """Dilemmas as lines from ``scale_min`` (left pole) to ``scale_max`` (right pole)."""

    dilemmas: Sequence[Dilemma]
    scale_min: float = 1.0
    scale_max: float = 5.0

    def __post_init__(self) -> None:
        require(self.scale_max > self.scale_min, "scale_max must exceed scale_min")


# --- scale -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Scale(Picture):
    """One ordered scale, how many chose each step, and the median marked.

    ``spread`` is in step numbers counted from 1; when it is ``None`` the median is read from
    ``counts``. ``counts`` is ``None`` when suppressed.
    """

    steps: Sequence[str]
    counts: Sequence[int] | None
    spread: Spread | None = None

    def __post_init__(self) -> None:
        require(len(self.steps) >= 2, "a scale needs at least two steps")
        require(
            self.counts is None or len(self.counts) == len(self.steps),
            "one count per step expected",
        )
