"""Follow-up of a survey round while it runs: who has not started, is halfway or finished.

Counted per sector and per respondent type of the register, for the coordinator who sends the
reminders. A reader who may not see who was invited (an analyst, a viewer) gets the same counts
under the privacy rule (:func:`FollowUp.protected`): a group whose counts are about fewer
respondents than the minimum group is not shown, and neither are the smallest other groups
when the total would give it back.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass, field

from netwerkkaart.core.privacy import complementary_groups, is_reportable

NOT_STARTED, HALFWAY, FINISHED = "not_started", "halfway", "finished"


@dataclass
class GroupProgress:
    """How far the invitees of one sector or respondent type are.

    ``suppressed`` marks a group whose counts may not be shown to the reader.
    """

    group: str
    invited: int = 0
    started: int = 0
    finished: int = 0
    suppressed: bool = False

    @property
    def halfway(self) -> int:
        return self.started - self.finished

    @property
    def not_started(self) -> int:
        return self.invited - self.started

    @property
    def response_rate(self) -> float:
        """Share of invitees that answered at least one question."""
        return self.started / self.invited if self.invited else 0.0

    def reportable(self, min_group: int) -> bool:
        """Whether every count of respondents in this group is 0 or at least ``min_group``."""
        counts = (self.started, self.finished, self.halfway)
        return all(n == 0 or is_reportable(n, min_group) for n in counts)


@dataclass
class FollowUp:
    """The follow-up of one round: the total, per sector, per type, and each invitation's status."""

    total: GroupProgress
    by_sector: list[GroupProgress] = field(default_factory=list)
    by_type: list[GroupProgress] = field(default_factory=list)
    statuses: dict[int, str] = field(default_factory=dict)  # invitation id -> status

    def protected(self, min_group: int) -> FollowUp:
        """The follow-up as a reader without names may see it: no invitation's status, and no
        group (nor total) with a count of fewer than ``min_group`` respondents.

        Examples
        --------
        >>> rows = [(1, "finished", "zorg", "x")] * 6 + [(2, "finished", "informeel", "y")] * 2
        >>> shown = follow_up_counts(rows).protected(5)
        >>> [(g.group, g.suppressed) for g in shown.by_sector]
        [('zorg', True), ('informeel', True)]

        Both sectors are hidden: two in ``informeel`` is too few, and ``zorg`` would give them back
        as the total minus its own count.
        """
        return FollowUp(
            total=_protect([self.total], min_group, total_known=False)[0],
            by_sector=_protect(self.by_sector, min_group),
            by_type=_protect(self.by_type, min_group),
            statuses={},
        )


def _protect(
    groups: list[GroupProgress], min_group: int, *, total_known: bool = True
) -> list[GroupProgress]:
    small = [g.group for g in groups if not g.reportable(min_group)]
    if total_known:
        # The total is shown above the table: hide more groups until no count is derivable.
        sizes = {g.group: g.started for g in groups}
        small += complementary_groups(sizes, small, min_group)
        sizes = {g.group: g.finished for g in groups}
        small += complementary_groups(sizes, small, min_group)
    return [dataclasses.replace(g, suppressed=g.group in small) for g in groups]


def follow_up_counts(invitations: Iterable[tuple[int, str, str, str]]) -> FollowUp:
    """Count ``(invitation id, status, sector, respondent type)`` rows into a :class:`FollowUp`.

    A respondent who answered at least one question counts as started: drop-out is data.
    Groups come with the lowest response first.
    """
    total = GroupProgress("total")
    sectors: dict[str, GroupProgress] = {}
    types: dict[str, GroupProgress] = {}
    statuses = {}
    for invitation, status, sector, actor_type in invitations:
        statuses[invitation] = status
        for progress in (
            total,
            sectors.setdefault(sector or "", GroupProgress(sector or "")),
            types.setdefault(actor_type or "", GroupProgress(actor_type or "")),
        ):
            progress.invited += 1
            progress.started += status != NOT_STARTED
            progress.finished += status == FINISHED
    return FollowUp(
        total=total,
        by_sector=sorted(sectors.values(), key=lambda g: g.response_rate),
        by_type=sorted(types.values(), key=lambda g: g.response_rate),
        statuses=statuses,
    )
