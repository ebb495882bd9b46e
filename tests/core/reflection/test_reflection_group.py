"""A group's spread: distributions per item and dimension, widest disagreement first,
nothing but the count below the minimum group, and a later session against an earlier one."""

from __future__ import annotations

from netwerkkaart.core.reflection import builtin_instrument, compare_sessions, group_result

CONDITIONS = builtin_instrument("vijf_condities")


def answers(helder, gedragen, **more):
    return {"ambitie_helder": helder, "ambitie_gedragen": gedragen, **more}


FIVE = [answers(1, 3), answers(2, 3), answers(3, 3), answers(4, 3), answers(5, 4)]


def test_distribution_per_item_with_quartiles_and_counts():
    result = group_result(CONDITIONS, FIVE, min_group=5)
    assert (result.participants, result.suppressed) == (5, False)
    helder = result.item("ambitie_helder").distribution
    # 1..5: quartiles by the inclusive method are 2 and 4.
    assert (helder.minimum, helder.q1, helder.median, helder.q3, helder.maximum) == (1, 2, 3, 4, 5)
    assert helder.mean == 3.0
    assert helder.counts == {"1": 1, "2": 1, "3": 1, "4": 1, "5": 1}
    assert result.item("ambitie_helder").iqr == 2.0


def test_widest_disagreement_comes_first():
    result = group_result(CONDITIONS, FIVE, min_group=5)
    order = [spread.id for spread in result.items]
    assert order[:2] == ["ambitie_helder", "ambitie_gedragen"]  # iqr 2, then iqr 0 range 1
    assert all(spread.distribution.n == 0 for spread in result.items[2:])


def test_dimension_scores_are_spread_too():
    result = group_result(CONDITIONS, FIVE, min_group=5)
    ambition = result.dimension("ambitie").distribution
    # Per participant the mean of two items: 2, 2.5, 3, 3.5, 4.5.
    assert (ambition.minimum, ambition.median, ambition.maximum) == (2.0, 3.0, 4.5)
    assert ambition.n == 5


def test_a_small_group_shows_only_its_size():
    result = group_result(CONDITIONS, FIVE[:4], min_group=5)
    assert result.suppressed and result.participants == 4
    assert result.items == () and result.dimensions == () and result.scores == ()


def test_an_empty_answer_set_is_not_a_participant():
    result = group_result(CONDITIONS, [*FIVE, {}, {"ambitie_helder": None}], min_group=5)
    assert result.participants == 5


def test_outcomes_and_quadrants_are_counted_per_participant():
    tree = builtin_instrument("eerst_denken")
    group = [{"enkel_subsidie": False, "alleen": True}] * 3 + [{"enkel_subsidie": True}] * 2
    result = group_result(tree, group, min_group=5)
    assert result.outcomes == {"herbekijken": 2, "alleen": 3, "bilateraal": 0, "netwerk": 0,
                               "nog_niet": 0}  # fmt: skip
    need = builtin_instrument("intergemeentelijke_noodzaak")
    group = [
        {"thuiszorg_complex": True, "thuiszorg_aanbod": present}
        for present in (True, True, False, False, False)
    ]
    result = group_result(need, group, min_group=5)
    assert result.quadrant_counts["thuiszorg"] == {"II": 2, "IV": 3}
    assert sorted(result.placements["thuiszorg"]) == [(0, 1)] * 3 + [(1, 1)] * 2


def test_a_later_session_against_an_earlier_one():
    earlier = group_result(CONDITIONS, FIVE, min_group=5)
    later = group_result(CONDITIONS, [answers(4, 4), answers(4, 5), answers(5, 5),
                                      answers(3, 4), answers(4, 4)], min_group=5)  # fmt: skip
    changes = {c.id: c for c in compare_sessions(earlier, later)}
    ambition = changes["ambitie"]
    assert (ambition.median_before, ambition.median_after, ambition.median_change) == (
        3.0,
        4.0,
        1.0,
    )
    assert changes["relaties"].median_change is None  # nobody answered it either time
    small = group_result(CONDITIONS, FIVE[:2], min_group=5)
    assert compare_sessions(small, later)[0].median_change is None


def test_an_item_answered_by_fewer_than_the_minimum_is_suppressed_on_its_own():
    from netwerkkaart.core.reflection import builtin_instrument, group_result

    instrument = builtin_instrument("motieven")
    group = [{"instr_middelen": 4, "aff_mensen": 3} for _ in range(6)]
    group[0]["moreel_plicht"] = 1  # only one participant answered this item
    result = group_result(instrument, group, min_group=5)
    assert not result.suppressed and result.participants == 6
    lonely = result.item("moreel_plicht").distribution
    assert lonely.suppressed and lonely.median is None and lonely.counts == {}
    assert result.item("instr_middelen").distribution.median == 4
    assert result.dimension("moreel").distribution.suppressed
