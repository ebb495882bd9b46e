"""The local government's role (seed 002, DOMAIN §4) as two instruments: the directing role
(Pröpper et al. 2004; VVSG 2011) and the 3P financing model (Pless et al. 2019)."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from netwerkkaart.core.demo.reflection import demo_answer_sets
from netwerkkaart.core.pictures import draw
from netwerkkaart.core.reflection import builtin_instrument, group_result, score
from netwerkkaart.core.reflection.pictures import picture_data


def test_directing_role_has_the_four_components_the_instruments_and_the_style():
    instrument = builtin_instrument("regierol_lokaal_bestuur")
    groups = {d.id: d.group for d in instrument.dimensions}
    components = [d for d, g in groups.items() if g == "regiecomponenten"]
    assert components == ["overzicht", "verantwoording", "beleidslijnen", "organiseren"]
    # VVSG (2011): from little to much power to enforce, in that order.
    instruments = [q.id for q in instrument.dimension("instrumenten").items]
    assert instruments == [
        "instrument_communicatief",
        "instrument_markt",
        "instrument_financieel",
        "instrument_juridisch",
    ]
    style = instrument.dimension("stijl").items
    assert style[0].anchors[0].nl.startswith("bottom-up faciliteren")


def test_directing_role_means_known_answers():
    result = score(
        builtin_instrument("regierol_lokaal_bestuur"),
        {
            "overzicht_actoren": 2,
            "overzicht_noden": 4,
            "instrument_communicatief": 5,
            "instrument_juridisch": 1,
            "instrument_markt": 3,
            "stijl_nu": 4,
            "stijl_gewenst": 1,
        },
    )
    assert result.dimensions["overzicht"] == 3.0
    assert result.dimensions["instrumenten"] == 3.0  # (5 + 3 + 1) / 3
    assert result.dimensions["stijl"] == 2.5
    assert result.dimensions["verantwoording"] is None  # nothing answered there


def test_3p_model_scores_levels_by_place_and_preconditions_as_a_checklist():
    result = score(
        builtin_instrument("financiering_3p"),
        {
            "netwerkvergoeding_nu": "ontbreekt",
            "netwerkvergoeding_gewenst": "geregeld",
            "prestatie_nu": "geregeld",
            "prestatie_gewenst": "deels",
            "voorwaarde_budget": True,
            "voorwaarde_administratie": False,
            "voorwaarde_vertrouwen": True,
        },
    )
    assert result.dimensions["netwerkvergoeding"] == 2.0  # (1 + 3) / 2
    assert result.dimensions["prestatie"] == 2.5  # (3 + 2) / 2
    assert result.dimensions["periode"] is None
    assert result.dimensions["randvoorwaarden"] == round(2 / 3, 4)  # of the answered three


def test_3p_picture_stacks_the_six_paid_parts_now_and_wished_not_the_preconditions():
    instrument = builtin_instrument("financiering_3p")
    group = [{"periode_nu": "ontbreekt", "periode_gewenst": "geregeld"} for _ in range(4)]
    group.append({"periode_nu": "deels", "periode_gewenst": "geregeld"})
    data = picture_data(instrument, group_result(instrument, group, min_group=5), "nl")
    assert [d.label for d in data.domains] == [
        "Netwerkvergoeding (populatie)",
        "Praktijkvergoeding (populatie)",
        "Bonus voor zorgkwaliteit (populatie)",
        "Innovatietarief (populatie)",
        "Vergoeding per prestatie",
        "Vergoeding per episode (periode)",
    ]
    period = data.domains[-1]
    assert period.current == [4, 1, 0] and period.wished == [0, 0, 5]
    root = ET.fromstring(draw("stacked_levels", data))
    assert root.get("data-picture") == "stacked_levels"


def test_both_draw_for_a_demo_group():
    for instrument_id in ("regierol_lokaal_bestuur", "financiering_3p"):
        instrument = builtin_instrument(instrument_id)
        answers = demo_answer_sets(instrument, 6, seed=3)
        result = group_result(instrument, answers, min_group=5)
        assert result.participants == 6
        svg = draw(instrument.picture["kind"], picture_data(instrument, result, "en"))
        assert ET.fromstring(svg).get("aria-label") == instrument.title.en
