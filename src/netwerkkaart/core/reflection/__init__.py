"""Reflection instruments as data: the seeds' frameworks as exercises a group fills in.

An instrument is one versioned YAML file in ``definitions/`` (see ``docs/reflection-format.md``),
validated on load (:mod:`.loader`), scored per participant (:mod:`.scoring`), summarised per
group with the spread first (:mod:`.group`) and drawn as SVG (:mod:`.pictures`).
"""

from netwerkkaart.core.reflection.group import (
    DimensionChange,
    GroupResult,
    ItemSpread,
    compare_sessions,
    group_result,
)
from netwerkkaart.core.reflection.loader import (
    InstrumentError,
    builtin_ids,
    builtin_instrument,
    load_instrument,
    load_instrument_text,
)
from netwerkkaart.core.reflection.model import Dimension, Instrument, Outcome
from netwerkkaart.core.reflection.scoring import Advice, Placement, Score, Step, score

__all__ = [
    "Advice", "Dimension", "DimensionChange", "GroupResult", "Instrument", "InstrumentError",
    "ItemSpread", "Outcome", "Placement", "Score", "Step", "builtin_ids", "builtin_instrument",
    "compare_sessions", "group_result", "load_instrument", "load_instrument_text", "score",
]  # fmt: skip
