"""A round's named figures: taken from the analysis, tables, trust and sessions, suppression kept."""

from __future__ import annotations

from itertools import pairwise

import pytest
from tests.core.network.builders import tie

from netwerkkaart.core.advice import SessionFigures, advise, figure_set
from netwerkkaart.core.dataset import Dataset
from netwerkkaart.core.model import Tie
from netwerkkaart.core.network import analyse
from netwerkkaart.core.questionnaire.aggregates import TrustRow, TrustSummary
from netwerkkaart.core.tables import compute_tables


def silos(per_sector: int, *, welfare: int | None = None) -> Dataset:
    """Care and welfare respondents tie among themselves, one joint activity between them."""
    ties = []
    for sector, kind, n in (("zorg", "zorgorganisatie", per_sector),
                            ("welzijn", "welzijnsorganisatie", welfare or per_sector)):  # fmt: skip
        names = [f"{sector}{i}" for i in range(n)]
        ties += [tie(a, b, sector, "doorverwijzen", kind=kind) for a, b in pairwise(names)]
    ties.append(tie("zorg0", "welzijn0", "welzijn", "activiteiten", kind="zorgorganisatie"))
    return Dataset.from_records(ties)


def test_a_silo_round_fires_silo_and_light_ties_from_the_data():
    found = advise(figure_set(analyse(silos(6), min_group=5)))
    kinds = {r.kind for r in found}
    assert {"silo", "light_ties"} <= kinds
    silo = next(r for r in found if r.kind == "silo")
    # Per sector: 5 internal ties (each counted at both ends, 10) and 1 external: E-I (1-10)/11.
    assert set(silo.groups) == {"zorg", "welzijn"}
    indices = {e.group: e.value for e in silo.why if e.figure == "ei_index_sector"}
    assert indices == pytest.approx({"zorg": -9 / 11, "welzijn": -9 / 11})
    shown = next(e for e in silo.why if e.figure == "cross_sector_share")
    assert shown.value == pytest.approx(1 / 11)


def test_a_sector_with_too_few_respondents_is_never_named():
    # Welfare has 4 respondents (below 5): its E-I index is suppressed, so no silo there.
    found = advise(figure_set(analyse(silos(6, welfare=5), min_group=5)))
    silo = next(r for r in found if r.kind == "silo")
    assert silo.groups == ("zorg",)
    assert all(e.group != "welzijn" for r in found for e in r.why)


def test_nothing_about_a_too_small_network_reaches_the_advice():
    data = silos(3)
    fs = figure_set(analyse(data, min_group=5), compute_tables(data, min_group=5))
    found = advise(fs)
    suppressed = {(f.name, f.group) for f in fs if f.suppressed}
    assert ("density", None) in suppressed and ("bridge_cut_share", None) in suppressed
    shown = {(e.figure, e.group) for r in found for e in r.why}
    assert not shown & suppressed
    assert all(f.value is None and not f.actors for f in fs if f.suppressed)


def test_the_structures_factor_is_read_from_tabel_6():
    ties = [Tie(f"r{i}", "zorgorganisatie", "G", f"p{i}", "welzijn", "afstemming",
                inhibiting=(), round="2025") for i in range(10)]  # fmt: skip
    from netwerkkaart.core.model import Factor

    named = [Factor.from_token("inhibiting", "juridisch:zelfde_aanbod_structuren")]
    other = [Factor.from_token("inhibiting", "praktisch")]
    ties = [Tie(t.respondent, t.respondent_type, t.location, t.partner, t.partner_group,
                t.finality, inhibiting=tuple(named if i < 2 else other), round="2025")
            for i, t in enumerate(ties)]  # fmt: skip
    data = Dataset.from_records(ties)
    fs = figure_set(analyse(data, min_group=5), compute_tables(data, min_group=5))
    assert fs.get("structures_factor_share").value == pytest.approx(0.2)
    assert "too_many_structures" in {r.kind for r in advise(fs)}
    small = Dataset.from_records(ties[:4])
    hidden = figure_set(analyse(small, min_group=5), compute_tables(small, min_group=5))
    assert hidden.get("structures_factor_share").suppressed


def test_trust_and_a_governance_session_become_figures():
    trust = TrustSummary(
        by_partner=[], by_sector_pair=[
            TrustRow(respondent_sector="zorg", partner_sector="welzijn", respondents=6, mean=4.0),
            TrustRow(respondent_sector="welzijn", partner_sector="zorg", respondents=2 + 2 + 2,
                     mean=3.0)],
        suppressed_partners=0, suppressed_pairs=[], min_group=5)  # fmt: skip
    sessions = [SessionFigures("governancemodel", "2026-11-20", False,
                               {"doelconsensus": {"hoog": 2, "matig": 2, "laag": 1}},
                               {"netwerkbureau": 3})]  # fmt: skip
    fs = figure_set(analyse(silos(6)), trust=trust, sessions=sessions)
    assert fs.get("trust_mean").value == 3.5
    assert fs.get("trust_min_pair").value == 3.0
    assert fs.get("goal_consensus").value == "matig"  # a tie goes to the lower consensus
    assert fs.get("session_governance").value == "netwerkbureau"
    hidden = figure_set(analyse(silos(6)), sessions=[SessionFigures("governancemodel", "x", True)])
    assert hidden.get("goal_consensus").suppressed


def test_trust_with_every_pair_too_small_is_suppressed_not_zero():
    trust = TrustSummary([], [], 0, [("zorg", "welzijn")], 5)
    figure = figure_set(analyse(silos(6)), trust=trust).get("trust_mean")
    assert figure.suppressed and figure.value is None
