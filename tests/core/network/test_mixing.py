"""Who works with whom per sector pair, with the share of light ties, counted by hand."""

import polars as pl

from netwerkkaart.core.dataset import Dataset
from netwerkkaart.core.model import Actor, Tie
from netwerkkaart.core.network import analyse
from netwerkkaart.core.network.mixing import sector_mixing


def mixed_round() -> Dataset:
    """Five care respondents z1-z5 each report welfare actor w1: three referrals (light), one
    coordination, one without a finality; z1 and z2 also report each other (care-care, one
    sharing of information, one joint activity). Two local governments report w1 (a cell of
    two respondents)."""
    actors = [Actor(f"z{i}", f"z{i}", "zorgorganisatie", "zorg") for i in range(1, 6)]
    actors += [Actor("w1", "w1", "welzijnsorganisatie", "welzijn"),
               Actor("l1", "l1", "lokaal_bestuur", "lokaal_bestuur"),
               Actor("l2", "l2", "lokaal_bestuur", "lokaal_bestuur")]  # fmt: skip
    finalities = ["doorverwijzen", "doorverwijzen", "doorverwijzen", "afstemming", None]
    ties = [Tie(f"z{i}", "zorgorganisatie", "Gemeentegem", "w1", "welzijn", finalities[i - 1],
                round="2026") for i in range(1, 6)]  # fmt: skip
    ties += [Tie("z1", "zorgorganisatie", "Gemeentegem", "z2", "zorg", "informatiedeling",
                 round="2026"),
             Tie("z2", "zorgorganisatie", "Gemeentegem", "z1", "zorg", "activiteiten",
                 round="2026")]  # fmt: skip
    ties += [Tie(a, "lokaal_bestuur", "Gemeentegem", "w1", "welzijn", "afstemming", round="2026")
             for a in ("l1", "l2")]  # fmt: skip
    return Dataset.from_records(ties, [], actors=actors)


def cell(frame: pl.DataFrame, a: str, b: str) -> dict:
    return frame.row(by_predicate=(pl.col("sector_from") == a) & (pl.col("sector_to") == b),
                     named=True)  # fmt: skip


def test_reports_and_their_light_share_per_sector_pair():
    data = mixed_round()
    frame = sector_mixing(data, analyse(data, min_group=1).graph, min_group=2)
    care_welfare = cell(frame, "zorg", "welzijn")
    assert (care_welfare["ties"], care_welfare["answered"], care_welfare["light"]) == (5, 4, 3)
    assert care_welfare["light_share"] == 0.75 and care_welfare["respondents"] == 5
    care_care = cell(frame, "zorg", "zorg")  # both reports count, each in its reporter's view
    assert (care_care["ties"], care_care["light"], care_care["light_share"]) == (2, 1, 0.5)
    local = cell(frame, "lokaal_bestuur", "welzijn")
    assert (local["ties"], local["suppressed"]) == (2, False)


def test_a_cell_of_too_few_respondents_keeps_no_figure():
    data = mixed_round()
    frame = sector_mixing(data, analyse(data, min_group=1).graph, min_group=3)
    local = cell(frame, "lokaal_bestuur", "welzijn")
    assert local["suppressed"]
    assert all(local[c] is None for c in ("ties", "answered", "light", "light_share",
                                          "respondents"))  # fmt: skip
    # z1 and z2 report each other: two respondents, below three
    assert cell(frame, "zorg", "zorg")["suppressed"]


def test_a_pair_nobody_reports_is_zero_only_for_a_sector_with_enough_respondents():
    data = mixed_round()
    frame = sector_mixing(data, analyse(data, min_group=1).graph, min_group=3)
    nobody = cell(frame, "zorg", "lokaal_bestuur")  # five care respondents, none reports one
    assert (nobody["ties"], nobody["suppressed"]) == (0, False)
    small = cell(frame, "lokaal_bestuur", "zorg")  # two local governments: not even a zero
    assert small["suppressed"] and small["ties"] is None
