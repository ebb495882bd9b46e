"""Round over round: what changed in an ecosystem between two survey rounds.

Answers "are we doing better than last year?" at three levels: each reported tie (new, ended,
intensified, weakened; evaluation up or down), each network measure, and each actor's position
(became a bridge builder or an isolate), plus the wishes of the first round that became ties in
the second. Actors are matched across rounds by register id first, then by normalised name.
"""

from netwerkkaart.core.compare.positions import (
    measure_changes,
    position_changes,
    wishes_fulfilled,
)
from netwerkkaart.core.compare.ties import TIE_CHANGE_KINDS, tie_changes

__all__ = [
    "TIE_CHANGE_KINDS",
    "measure_changes",
    "position_changes",
    "tie_changes",
    "wishes_fulfilled",
]
