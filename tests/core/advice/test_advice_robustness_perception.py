"""The advice reads issue 18's results: robustness labels, perception gaps, the wished network.

A recommendation that fires on (or is decided by) a measure labelled *gevoelig voor wie
ontbreekt* says so; one that only shows such a measure beside its reasons does not. Perception
gaps become a discussion agenda of at most three sector pairs and questions, and a pair that
only left those three has not changed over time.
"""

from __future__ import annotations

import polars as pl
from tests.core.advice.helpers import figures

from netwerkkaart.core.advice import advise, builtin_rules, compare_advice
from netwerkkaart.core.advice.figures import FigureSet, _perception, _targets
from netwerkkaart.core.advice.model import NamedFigure
from netwerkkaart.core.advice.render import recommendation_dict, to_markdown
from netwerkkaart.core.network.perception import GAPS_SCHEMA
from netwerkkaart.core.network.targets import TARGET_SCHEMA

RULES = {rule.kind: rule for rule in builtin_rules()}


def test_a_rule_firing_on_a_sensitive_measure_says_so_in_both_languages():
    found = advise(figures({("ei_index_sector", "zorg"): -0.3},
                           sensitive=(("ei_index_sector", "zorg"),)), [RULES["silo"]])  # fmt: skip
    assert found[0].sensitive == (("ei_index_sector", "zorg"),)
    nl = recommendation_dict(found[0], "nl")
    assert nl["caveat"].startswith("Let op: deze aanbeveling steunt op E-I-index per sector (Zorg)")
    assert "gevoelig voor wie ontbreekt" in nl["caveat"]
    assert nl["why"][0]["sensitive_text"] == "gevoelig voor wie ontbreekt"
    assert recommendation_dict(found[0], "en")["caveat"].startswith(
        "Note: this recommendation rests on E-I index by sector (Care)"
    )
    text = to_markdown(found, "nl", round_code="2026")
    assert "> Let op: deze aanbeveling steunt op" in text
    assert "- E-I-index per sector (Zorg): -0,30; gevoelig voor wie ontbreekt" in text


def test_a_robust_measure_or_a_sensitive_one_only_shown_gives_no_caveat():
    robust = advise(figures({("ei_index_sector", "zorg"): -0.3}), [RULES["silo"]])
    assert robust[0].sensitive == () and recommendation_dict(robust[0])["caveat"] == ""
    shown = advise(figures({("ei_index_sector", "zorg"): -0.3, "cross_sector_share": 0.4},
                           sensitive=("cross_sector_share",)), [RULES["silo"]])  # fmt: skip
    assert "cross_sector_share" in [e.figure for e in shown[0].why]
    assert shown[0].sensitive == ()
    assert "Let op" not in to_markdown(shown, "nl")


def test_a_governance_model_decided_by_a_sensitive_density_says_so():
    values = {"respondents": 30, "density": 0.1, "degree_centralisation": 0.5}
    found = advise(figures(values, sensitive=("density",)), [RULES["governance_model"]])
    assert found[0].outcome.id == "nao"  # participants and density; centralisation says lead
    assert found[0].sensitive == (("density", None),)
    data = recommendation_dict(found[0])
    assert "Dichtheid" in data["caveat"]
    density = next(c for c in data["considerations"] if c["id"] == "density")
    assert density["sensitive_text"] == "gevoelig voor wie ontbreekt"


def _gap(pair: str, dimension: str, share: float, compared: int) -> dict:
    return {("perception_gap_share", f"{pair}:{dimension}"): share,
            ("perception_gap_pairs", f"{pair}:{dimension}"): compared}  # fmt: skip


def test_perception_gaps_list_at_most_three_pairs_and_a_fourth_is_no_change():
    four = {**_gap("zorg+welzijn", "finality", 0.9, 12), **_gap("zorg+zorg", "level", 0.8, 10),
            **_gap("welzijn+andere", "evaluation", 0.7, 20),
            **_gap("zorg+andere", "frequency", 0.6, 11)}  # fmt: skip
    found = advise(figures(four), [RULES["perception_gaps"]])[0]
    assert found.groups == ("zorg+welzijn:finality", "zorg+zorg:level", "welzijn+andere:evaluation")
    assert len(found.all_groups) == 4
    assert {e.group for e in found.why} == set(found.groups)
    data = recommendation_dict(found)
    assert data["who"]["groups"] == ["Zorg – Welzijn", "Zorg – Zorg", "Welzijn – Andere sectoren"]
    assert data["why"][0]["group_label"] == "Zorg – Welzijn, finaliteit"
    # Next round the fourth rises into the three, the third drops out but still holds: no change.
    later = {**four, **_gap("zorg+andere", "frequency", 0.75, 11)}
    after = advise(figures(later), [RULES["perception_gaps"]])
    assert compare_advice([found], after, figures(later)) == []
    # The first one falls under ten pairs: that is a change, with the figures then and now.
    fewer = {**four, **_gap("zorg+welzijn", "finality", 0.9, 9)}
    after = advise(figures(fewer), [RULES["perception_gaps"]])
    changes = compare_advice([found], after, figures(fewer))
    assert [(c.status, c.groups) for c in changes] == [("ended", ("zorg+welzijn:finality",))]
    assert {(e.figure, e.earlier, e.value) for e in changes[0].figures} == {
        ("perception_gap_share", 0.9, 0.9),
        ("perception_gap_pairs", 12, 9),
    }


def _gaps_frame(rows: list[tuple]) -> pl.DataFrame:
    # The rows name the columns up to ``suppressed``; later columns (the mean gap of the tie
    # scales) stay empty, as for the questions these rows are about.
    columns = list(GAPS_SCHEMA)
    rows = [row + (None,) * (len(columns) - len(row)) for row in rows]
    return pl.DataFrame([dict(zip(columns, row, strict=True)) for row in rows], schema=GAPS_SCHEMA)


def test_perception_figures_come_from_the_gaps_largest_first_and_a_small_pair_stays_hidden():
    frame = _gaps_frame([
        # a, b, dimension, compared, disagreeing, share, answer_a, answer_b, pattern, hi_a, hi_b,
        # respondents a, b, suppressed
        ("zorg", "welzijn", "finality", 12, 6, 0.5, "doorverwijzen", "afstemming", 4, 1, 5, 8, 9,
         False),
        ("zorg", "welzijn", "naming", 40, 30, 0.75, "ja", "nee", 30, None, None, 8, 9, False),
        ("zorg", "zorg", "level", 10, 8, 0.8, "strategisch", "operationeel", 3, None, None, 6, 6,
         False),
        ("welzijn", "informeel", "finality", None, None, None, None, None, None, None, None, None,
         None, True),
    ])  # fmt: skip
    found: list[NamedFigure] = []

    def add(name, value, group=None, *, ok=True, detail=None, **_):
        found.append(NamedFigure(name, value if ok else None, group, suppressed=not ok,
                                 detail=detail if ok else None))  # fmt: skip

    _perception(frame, add)
    shares = [(f.group, f.value) for f in found if f.name == "perception_gap_share"]
    assert shares == [
        ("zorg+zorg:level", 0.8),
        ("zorg+welzijn:finality", 0.5),
        ("welzijn+informeel:finality", None),
    ]  # naming is left to reciprocity
    pair = next(f for f in found if f.group == "zorg+welzijn:finality")
    assert pair.detail.nl == (
        "vaakst: Zorg antwoordt 'Doorverwijzen' waar Welzijn 'Afstemming' antwoordt (4 paren)"
    )
    hidden = [f for f in found if f.group == "welzijn+informeel:finality"]
    assert all(f.suppressed and f.value is None and f.detail is None for f in hidden)
    fired = advise(FigureSet(tuple(found), 5), [RULES["perception_gaps"]])[0]
    assert fired.groups == ("zorg+zorg:level", "zorg+welzijn:finality")
    assert "informeel" not in str(recommendation_dict(fired))


def test_wished_absent_names_the_sector_pairs_where_most_wished_ties_are_missing():
    cells = [  # from, to, ties, deeper, less, new, target, gap, respondents, suppressed
        ("zorg", "welzijn", 74, 40, 0, 13, 87, 13 / 87, 26, False),
        ("zorg", "zorg", 213, 97, 0, 0, 213, 0.0, 30, False),
        ("andere", "welzijn", 78, 44, 0, 10, 88, 10 / 88, 19, False),
        ("zorg", "andere", 45, 24, 0, 11, 56, 11 / 56, 28, False),
        ("welzijn", "zorg", 109, 53, 0, 9, 118, 9 / 118, 22, False),
        ("informeel", "zorg", None, None, None, None, None, None, None, True),
    ]
    frame = pl.DataFrame(cells, schema=TARGET_SCHEMA, orient="row")
    found: list[NamedFigure] = [NamedFigure("wished_absent_share", 0.3)]

    def add(name, value, group=None, *, ok=True, **_):
        sectors = tuple(group.split(">")) if ok else ()
        found.append(NamedFigure(name, value if ok else None, group, suppressed=not ok,
                                 sectors=sectors))  # fmt: skip

    _targets(frame, add)
    assert [(f.group, f.value) for f in found[1:]] == [
        ("zorg>welzijn", 13), ("zorg>andere", 11), ("andere>welzijn", 10), ("welzijn>zorg", 9),
        ("informeel>zorg", None)]  # fmt: skip  # nothing missing within care: left out
    rec = advise(FigureSet(tuple(found), 5), [RULES["wished_absent"]])[0]
    shown = [(e["group_label"], e["value"]) for e in recommendation_dict(rec)["why"][1:]]
    assert shown == [("Zorg → Welzijn", 13), ("Zorg → Andere sectoren", 11),
                     ("Andere sectoren → Welzijn", 10)]  # fmt: skip
    assert "informeel" not in rec.sectors
    # Below its threshold the rule stays silent, whatever the pairs show.
    quiet = [NamedFigure("wished_absent_share", 0.29), *found[1:]]
    assert advise(FigureSet(tuple(quiet), 5), [RULES["wished_absent"]]) == []
