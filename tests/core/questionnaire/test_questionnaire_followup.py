"""Follow-up counts of a running survey, and what a reader without names may see of them."""

from __future__ import annotations

from netwerkkaart.core.questionnaire.followup import (
    FINISHED,
    HALFWAY,
    NOT_STARTED,
    follow_up_counts,
)


def rows():
    # 8 care invitees: 5 finished, 3 not started; 6 welfare: 1 halfway, 5 not started;
    # 2 informal: both finished.
    data = [(i, FINISHED, "zorg", "zorgorganisatie") for i in range(5)]
    data += [(5 + i, NOT_STARTED, "zorg", "zorgorganisatie") for i in range(3)]
    data += [(8, HALFWAY, "welzijn", "welzijnsorganisatie")]
    data += [(9 + i, NOT_STARTED, "welzijn", "welzijnsorganisatie") for i in range(5)]
    data += [(14 + i, FINISHED, "informeel", "informele_actor") for i in range(2)]
    return data


def test_counts_per_group_and_in_total():
    follow = follow_up_counts(rows())
    total = follow.total
    assert (total.invited, total.started, total.finished, total.halfway) == (16, 8, 7, 1)
    care = next(g for g in follow.by_sector if g.group == "zorg")
    assert (care.invited, care.not_started, care.finished) == (8, 3, 5)
    assert follow.statuses[8] == HALFWAY
    # Lowest response first.
    assert follow.by_sector[0].group == "welzijn"


def test_the_coordinators_counts_are_not_suppressed():
    assert not any(g.suppressed for g in follow_up_counts(rows()).by_sector)


def test_a_reader_without_names_sees_no_group_with_a_count_below_the_threshold():
    shown = follow_up_counts(rows()).protected(5)
    suppressed = {g.group: g.suppressed for g in shown.by_sector}
    # welzijn: 1 halfway; informeel: 2 finished. Hidden together they hold 3 started, which the
    # total (8 started) would give back from zorg's 5: so zorg is hidden too.
    assert suppressed == {"welzijn": True, "informeel": True, "zorg": True}
    assert shown.statuses == {}
    # The total itself: 8 started, 7 finished, 1 halfway: the single halfway one is a figure
    # about one respondent.
    assert shown.total.suppressed


def test_groups_large_enough_everywhere_stay_visible():
    data = [(i, FINISHED, "zorg", "t") for i in range(6)]
    data += [(10 + i, FINISHED, "welzijn", "t") for i in range(5)]
    data += [(20 + i, NOT_STARTED, "andere", "t") for i in range(2)]  # nobody started: shown
    shown = follow_up_counts(data).protected(5)
    assert not any(g.suppressed for g in shown.by_sector)
    assert not shown.total.suppressed
