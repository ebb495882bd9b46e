"""The wished network per sector pair and the factors per sector pair, counted by hand."""

import polars as pl

from netwerkkaart.core.dataset import Dataset
from netwerkkaart.core.model import Actor, Factor, Tie, Wish
from netwerkkaart.core.network import analyse
from netwerkkaart.core.network.measures.survey import wished_absent_ties
from netwerkkaart.core.network.targets import factors_by_sector_pair, target_network


def round_of_wishes() -> Dataset:
    """Five care respondents z1-z5 each report a tie with welfare actor w1 (evolution: three
    "meer", one "beter", one "minder"), and each wishes to work with the welfare category
    "CAW" (w2, w3), with whom none has a tie: five new ties wished. Two local governments l1,
    l2 report a tie with w1 and wish one with z1: a cell of two respondents.
    """
    actors = [Actor(f"z{i}", f"z{i}", "zorgorganisatie", "zorg", "Ziekenhuis") for i in range(1, 6)]
    actors += [Actor("w1", "w1", "welzijnsorganisatie", "welzijn", "OCMW"),
               Actor("w2", "w2", "welzijnsorganisatie", "welzijn", "CAW"),
               Actor("w3", "w3", "welzijnsorganisatie", "welzijn", "CAW"),
               Actor("l1", "l1", "lokaal_bestuur", "lokaal_bestuur"),
               Actor("l2", "l2", "lokaal_bestuur", "lokaal_bestuur")]  # fmt: skip
    evolutions = ["meer", "meer", "meer", "beter", "minder"]
    inhibiting = (Factor("inhibiting", "praktisch", None),)
    ties = [Tie(f"z{i}", "zorgorganisatie", "Gemeentegem", "w1", "welzijn", "afstemming",
                evolution=evolutions[i - 1], inhibiting=inhibiting if i <= 2 else (),
                round="2026") for i in range(1, 6)]  # fmt: skip
    ties += [Tie(a, "lokaal_bestuur", "Gemeentegem", "w1", "welzijn", "afstemming", round="2026")
             for a in ("l1", "l2")]  # fmt: skip
    wishes = [Wish(f"z{i}", "Gemeentegem", "CAW", "meer", "2026") for i in range(1, 6)]
    wishes += [Wish(a, "Gemeentegem", "z1", "meer", "2026") for a in ("l1", "l2")]
    return Dataset.from_records(ties, wishes, actors=actors)


def test_the_target_network_per_sector_pair():
    data = round_of_wishes()
    graph = analyse(data, min_group=1).graph
    cells = target_network(data, graph, wished_absent_ties(data, graph), min_group=5)
    care = cells.row(by_predicate=(pl.col("sector_from") == "zorg")
                     & (pl.col("sector_to") == "welzijn"), named=True)  # fmt: skip
    assert (care["ties"], care["deeper"], care["less"], care["new"], care["target"]) == (
        5,
        4,
        1,
        5,
        10,
    )
    assert care["gap"] == 0.5 and not care["suppressed"]
    # Two local governments: both their cells stay blank.
    local = cells.filter(pl.col("sector_from") == "lokaal_bestuur")
    assert local.height == 2 and local.get_column("suppressed").all()
    assert local.get_column("ties").null_count() == 2


def test_factors_per_sector_pair_are_shown_above_the_minimum_group_only():
    data = round_of_wishes()
    graph = analyse(data, min_group=1).graph
    row = factors_by_sector_pair(data, graph, min_group=2).row(0, named=True)
    assert (row["kind"], row["category"], row["ties"], row["ties_answered"]) == (
        "inhibiting",
        "praktisch",
        2,
        2,
    )
    # The two ties naming it come from two respondents: under a minimum of five, nothing.
    hidden = factors_by_sector_pair(data, graph, min_group=5).row(0, named=True)
    assert hidden["suppressed"] and hidden["ties"] is None and hidden["share"] is None
