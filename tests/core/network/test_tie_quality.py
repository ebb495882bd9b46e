"""Levels of Collaboration and Relational Coordination on a hand-made round, figures by hand.

Five care-welfare pairs (z_i, w_i) answer both blocks about each other:

=====  =======  =======  ===================  ==================
pair   level z  level w  RC items z           RC items w
=====  =======  =======  ===================  ==================
1      1        3        4 4 4 4 4 4 4 (4.0)  2 2 2 2 2 2 2 (2.0)
2      2        2        3 x7 (3.0)           3 x7 (3.0)
3      3        3        3 3 - - - - - (3.0)  3 x7 (3.0)
4      3        4        3 x7 (3.0)           3 x7 (3.0)
5      4        4        5 4 4 4 4 4 4 (29/7) 4 x7 (4.0)
=====  =======  =======  ===================  ==================

Levels: two pairs disagree (1 by 2 levels, 4 by 1), welfare giving the higher level both times;
mean gap (2 + 0 + 0 + 1 + 0) / 5 = 0.6. RC: only pair 1 lies a whole point or more apart; mean gap
(2 + 1/7) / 5 = 0.43. A local government l1 answers the level about z1 (1 respondent) and z1 about
l1: a sector pair under any minimum group above 1.
"""

import polars as pl
import pytest

from netwerkkaart.core.dataset import Dataset
from netwerkkaart.core.model import Actor, Tie
from netwerkkaart.core.network import analyse
from netwerkkaart.core.network.perception import answer_label, perception_gaps, perception_pairs
from netwerkkaart.core.network.tie_quality import has_scales, rc_index, scale_summary, tie_scores
from netwerkkaart.core.scales import RC_COLUMNS

KIND = {"z": "zorgorganisatie", "w": "welzijnsorganisatie", "l": "lokaal_bestuur"}
SECTOR = {"z": "zorg", "w": "welzijn", "l": "lokaal_bestuur"}
LEVELS = {1: (1, 3), 2: (2, 2), 3: (3, 3), 4: (3, 4), 5: (4, 4)}
RC = {
    1: ([4] * 7, [2] * 7),
    2: ([3] * 7, [3] * 7),
    3: ([3, 3, None, None, None, None, None], [3] * 7),
    4: ([3] * 7, [3] * 7),
    5: ([5, 4, 4, 4, 4, 4, 4], [4] * 7),
}


def report(respondent: str, partner: str, level: int | None, items=()) -> Tie:
    scales = {"collaboration_level": level} if level is not None else {}
    scales.update({c: v for c, v in zip(RC_COLUMNS, items, strict=False) if v is not None})
    return Tie(respondent, KIND[respondent[0]], "Gemeentegem", partner, SECTOR[partner[0]],
               "afstemming", "wekelijks", round="2026", scales=scales)  # fmt: skip


def scaled_round() -> Dataset:
    actors = [
        Actor(a, a, KIND[a[0]], SECTOR[a[0]])
        for a in [*(f"z{i}" for i in range(1, 6)), *(f"w{i}" for i in range(1, 6)), "l1"]
    ]
    ties = []
    for i in range(1, 6):
        ties.append(report(f"z{i}", f"w{i}", LEVELS[i][0], RC[i][0]))
        ties.append(report(f"w{i}", f"z{i}", LEVELS[i][1], RC[i][1]))
    ties.append(report("l1", "z1", 5))
    ties.append(report("z1", "l1", 2))
    return Dataset.from_records(ties, actors=actors)


def figure(summary: pl.DataFrame, own: str, other: str, measure: str) -> dict:
    return summary.row(by_predicate=(pl.col("respondent_sector") == own)
                       & (pl.col("partner_sector") == other)
                       & (pl.col("measure") == measure), named=True)  # fmt: skip


def test_rc_index_is_the_mean_of_the_items_answered():
    assert rc_index([4, 4, 4, 4, 4, 4, 4]) == (4.0, 7)
    assert rc_index([5, 4, 4, 4, 4, 4, 4]) == (pytest.approx(29 / 7), 7)
    assert rc_index([3, 3, None, None, None, None, None]) == (3.0, 2)
    assert rc_index([None] * 7) == (None, 0)


def test_every_report_gets_its_level_and_index():
    scores = tie_scores(scaled_round())
    assert scores.height == 12
    z5 = scores.row(by_predicate=pl.col("respondent") == "z5", named=True)
    assert z5["collaboration_level"] == 4 and z5["rc_index"] == pytest.approx(29 / 7)
    assert z5["respondent_sector"] == "zorg" and z5["partner_sector"] == "welzijn"
    z3 = scores.row(by_predicate=pl.col("respondent") == "z3", named=True)
    assert z3["rc_items"] == 2
    l1 = scores.row(by_predicate=pl.col("respondent") == "l1", named=True)
    assert l1["rc_index"] is None and l1["rc_items"] == 0


def test_sector_pair_means_and_medians_by_hand():
    summary = scale_summary(scaled_round(), min_group=5)
    level = figure(summary, "zorg", "welzijn", "collaboration_level")
    assert (level["ties"], level["respondents"]) == (5, 5)
    assert level["mean"] == 2.6 and level["median"] == 3.0  # (1+2+3+3+4)/5
    back = figure(summary, "welzijn", "zorg", "collaboration_level")
    assert back["mean"] == 3.2 and back["median"] == 3.0  # (3+2+3+4+4)/5
    index = figure(summary, "zorg", "welzijn", "rc_index")
    assert index["mean"] == round((4 + 3 + 3 + 3 + 29 / 7) / 5, 2) == 3.43
    assert index["median"] == 3.0
    frequent = figure(summary, "zorg", "welzijn", "rc_frequent")
    assert frequent["mean"] == 3.6  # (4+3+3+3+5)/5


def test_a_figure_under_the_minimum_group_is_blank_and_keeps_no_size():
    summary = scale_summary(scaled_round(), min_group=5)
    # z3 left rc_accurate open: four respondents, under five.
    accurate = figure(summary, "zorg", "welzijn", "rc_accurate")
    assert accurate["suppressed"] is True
    assert accurate["mean"] is None and accurate["ties"] is None and accurate["respondents"] is None
    local = figure(summary, "lokaal_bestuur", "zorg", "collaboration_level")
    assert local["suppressed"] and local["mean"] is None
    # With a minimum of four, the same figure is shown: (4 + 3 + 3 + 4) / 4.
    four = figure(scale_summary(scaled_round(), min_group=4), "zorg", "welzijn", "rc_accurate")
    assert not four["suppressed"] and four["respondents"] == 4 and four["mean"] == 3.5


def test_levels_and_indices_feed_the_perception_gaps():
    data = scaled_round()
    pairs = perception_pairs(data, analyse(data, min_group=1).graph)
    gaps = perception_gaps(pairs, min_group=5)

    def cell(dimension: str) -> dict:
        return gaps.row(by_predicate=(pl.col("sector_a") == "zorg")
                        & (pl.col("sector_b") == "welzijn")
                        & (pl.col("dimension") == dimension), named=True)  # fmt: skip

    level = cell("collaboration")
    assert (level["pairs_compared"], level["pairs_disagreeing"]) == (5, 2)
    assert level["share"] == pytest.approx(0.4)
    assert (level["higher_a"], level["higher_b"]) == (0, 2)  # welfare sees the deeper tie
    assert level["mean_gap"] == 0.6
    assert level["pattern_pairs"] == 1  # (1, 3) and (3, 4) once each
    coordination = cell("coordination")
    assert (coordination["pairs_compared"], coordination["pairs_disagreeing"]) == (5, 1)
    assert coordination["mean_gap"] == round((2 + 1 / 7) / 5, 2) == 0.43
    assert (coordination["higher_a"], coordination["higher_b"]) == (1, 0)
    assert coordination["answer_a"] is None  # an index has no pattern of answers
    # The care-local pair rests on one local government: nothing shown.
    local = gaps.row(by_predicate=(pl.col("sector_a") == "zorg")
                     & (pl.col("sector_b") == "lokaal_bestuur")
                     & (pl.col("dimension") == "collaboration"), named=True)  # fmt: skip
    assert local["suppressed"] and local["pairs_compared"] is None and local["mean_gap"] is None
    # Per pair, for a coordinator: z1 says networking, w1 coordination.
    one = pairs.row(by_predicate=(pl.col("actor_a") == "z1") & (pl.col("actor_b") == "w1")
                    & (pl.col("dimension") == "collaboration"), named=True)  # fmt: skip
    assert (one["answer_a"], one["answer_b"], one["agree"]) == ("1", "3", False)
    assert answer_label("collaboration", "3", "nl") == "3 - Coördinatie"
    assert answer_label("coordination", "4.14", "nl") == "4,14"


def test_a_round_without_the_blocks_has_no_scale_figures_and_no_new_dimensions():
    plain = Dataset.from_records(
        [Tie("z1", KIND["z"], "G", "w1", "welzijn", "afstemming", round="2026"),
         Tie("w1", KIND["w"], "G", "z1", "zorg", "afstemming", round="2026")],
        actors=[Actor("z1", "z1", KIND["z"], "zorg"), Actor("w1", "w1", KIND["w"], "welzijn")],
    )  # fmt: skip
    assert not has_scales(plain) and has_scales(scaled_round())
    assert tie_scores(plain).is_empty() and scale_summary(plain).is_empty()
    pairs = perception_pairs(plain, analyse(plain, min_group=1).graph)
    assert not {"collaboration", "coordination"} & set(pairs.get_column("dimension"))


def test_the_network_cli_writes_the_new_dimensions_and_the_sector_pair_figures(tmp_path):
    from netwerkkaart.cli import main
    from netwerkkaart.core.dataformat import write_dataset

    folder = write_dataset(scaled_round(), tmp_path / "data")
    out = tmp_path / "out"
    assert main(["network", str(folder), "--out", str(out), "--min-group", "5"]) == 0
    gaps = pl.read_csv(out / "perception_gaps.csv")
    level = gaps.filter((pl.col("sector_a") == "zorg") & (pl.col("sector_b") == "welzijn")
                        & (pl.col("dimension") == "collaboration")).row(0, named=True)  # fmt: skip
    assert (level["pairs_compared"], level["pairs_disagreeing"], level["mean_gap"]) == (5, 2, 0.6)
    quality = pl.read_csv(out / "tie_quality.csv")
    row = quality.filter((pl.col("respondent_sector") == "zorg")
                         & (pl.col("measure") == "collaboration_level")
                         & (pl.col("partner_sector") == "welzijn")).row(0, named=True)  # fmt: skip
    assert (row["ties"], row["respondents"], row["mean"]) == (5, 5, 2.6)
    hidden = quality.filter(pl.col("respondent_sector") == "lokaal_bestuur").row(0, named=True)
    assert hidden["suppressed"] and hidden["mean"] is None and hidden["ties"] is None
    assert not (out / "tie_scores.csv").exists()
    assert main(["network", str(folder), "--out", str(out), "--min-group", "5", "--names"]) == 0
    assert pl.read_csv(out / "tie_scores.csv").height == 12
