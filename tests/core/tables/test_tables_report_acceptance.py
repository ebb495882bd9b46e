"""compute_tables reproduces the published Tabel 1-4 of the UCLL report, figure for figure.

Expected values are transcribed from Pless & Buntinx, *Samenwerking rond zorg en welzijn breed
bekeken* (UCLL); they are deliberately not derived from the fixture. Tabel 2 prints no
"zeer slecht" row and no evaluation total per answer: its count is 0.
"""

import polars as pl
import pytest
from tests.fixtures.report_dataset import report_dataset

from netwerkkaart.core.tables import TableSet, compute_tables

GN = "Geraardsbergen en Ninove"

# Tabel 1 (%): zorg, welzijn, lokaal bestuur, andere sectoren, informele actoren.
TABEL_1 = {
    "zelfstandige_zorgprofessional": (65, 11, 8, 13, 4),
    "zorgorganisatie": (46, 20, 11, 12, 11),
    "welzijnsorganisatie": (30, 31, 12, 15, 12),
    "lokaal_bestuur": (26, 31, 13, 15, 16),
    "andere_organisatie": (20, 38, 21, 13, 8),
}

# Tabel 2 per location and "gesommeerd": question -> [(count, percent)] in canonical order.
TABEL_2 = {
    "Beernem": {
        "finality": [(119, 38), (79, 25), (60, 19), (52, 17)],
        "frequency": [(54, 18), (56, 18), (65, 21), (130, 43)],
        "evaluation": [(38, 13), (147, 49), (99, 33), (18, 6), (0, 0)],
        "evolution": [(77, 30), (74, 29), (106, 41), (0, 0)],
    },
    GN: {
        "finality": [(147, 35), (115, 27), (45, 11), (115, 27)],
        "frequency": [(25, 9), (50, 17), (77, 26), (139, 48)],
        "evaluation": [(30, 11), (105, 38), (131, 48), (7, 3), (0, 0)],
        "evolution": [(132, 39), (62, 18), (146, 43), (0, 0)],
    },
    "Tongeren": {
        "finality": [(130, 33), (122, 31), (48, 12), (98, 25)],
        "frequency": [(24, 7), (58, 16), (106, 29), (172, 48)],
        "evaluation": [(52, 15), (164, 47), (131, 37), (3, 1), (0, 0)],
        "evolution": [(142, 36), (86, 22), (170, 43), (0, 0)],
    },
    "*": {
        "finality": [(396, 35), (316, 28), (153, 14), (265, 23)],
        "frequency": [(103, 11), (164, 17), (248, 26), (441, 46)],
        "evaluation": [(120, 13), (416, 45), (361, 39), (28, 3), (0, 0)],
        "evolution": [(351, 35), (222, 22), (422, 42), (0, 0)],
    },
}
TABEL_2_TOTALS = {  # the "Totaal" row: finality, frequency, evaluation, evolution
    "Beernem": (310, 305, 302, 257),
    GN: (422, 291, 273, 340),
    "Tongeren": (398, 360, 350, 398),
    "*": (1130, 956, 925, 995),
}

# Tabel 3: type -> partner group -> [(count, % per groep)] for the four finalities.
TABEL_3 = {
    "zelfstandige_zorgprofessional": {
        "zorg": [(20, 38), (14, 27), (9, 17), (9, 17)],
        "welzijn": [(5, 56), (0, 0), (1, 11), (3, 33)],
        "lokaal_bestuur": [(4, 67), (2, 33), (0, 0), (0, 0)],
        "informeel": [(2, 67), (0, 0), (0, 0), (1, 33)],
        "andere": [(2, 20), (4, 40), (3, 30), (1, 10)],
    },
    "zorgorganisatie": {
        "zorg": [(37, 29), (45, 35), (25, 20), (20, 16)],
        "welzijn": [(26, 46), (12, 21), (8, 14), (10, 18)],
        "lokaal_bestuur": [(14, 44), (10, 31), (6, 19), (2, 6)],
        "informeel": [(17, 55), (5, 16), (3, 10), (6, 19)],
        "andere": [(8, 24), (11, 33), (4, 12), (10, 30)],
    },
    "welzijnsorganisatie": {
        "zorg": [(56, 51), (26, 24), (11, 10), (16, 15)],
        "welzijn": [(36, 32), (26, 23), (19, 17), (31, 28)],
        "lokaal_bestuur": [(10, 22), (11, 24), (13, 29), (11, 24)],
        "informeel": [(15, 36), (10, 24), (6, 14), (11, 26)],
        "andere": [(14, 26), (21, 39), (6, 11), (13, 24)],
    },
    "lokaal_bestuur": {
        "zorg": [(24, 38), (25, 39), (8, 13), (7, 11)],
        "welzijn": [(21, 28), (18, 24), (15, 20), (22, 29)],
        "lokaal_bestuur": [(4, 13), (11, 35), (5, 16), (11, 35)],
        "informeel": [(15, 38), (14, 36), (2, 5), (8, 21)],
        "andere": [(11, 30), (15, 41), (4, 11), (7, 19)],
    },
    "andere_organisatie": {
        "zorg": [(8, 36), (5, 23), (0, 0), (9, 41)],
        "welzijn": [(15, 37), (7, 17), (0, 0), (19, 46)],
        "lokaal_bestuur": [(12, 52), (4, 17), (1, 4), (6, 26)],
        "informeel": [(1, 11), (2, 22), (2, 22), (4, 44)],
        "andere": [(2, 14), (6, 43), (0, 0), (6, 43)],
    },
}

# Tabel 4: location -> [(rank, partners sharing the rank, count)].
TABEL_4 = {
    "Beernem": [(1, ["Huisartsen"], 14), (2, ["OCMW/Sociaal Huis"], 11),
                (3, ["Thuisverpleegkundigen"], 8)],
    GN: [(1, ["OCMW/Sociaal Huis"], 12),
         (2, ["Huisartsen", "Huis van het Kind", "Verenigingen waar armen het woord nemen",
              "Sociale huisvesting"], 11),
         (3, ["CAW", "Opbouwwerk", "Buurtwerk", "Jeugdwelzijnswerk"], 9)],
    "Tongeren": [(1, ["Huisartsen", "Huis van het Kind"], 13),
                 (2, ["Verenigingen waar armen het woord nemen", "Sociale huisvesting",
                      "Vluchtelingenwerk"], 12),
                 (3, ["Opbouwwerk", "Scholen"], 11)],
}  # fmt: skip

GROUPS = ["zorg", "welzijn", "lokaal_bestuur", "andere", "informeel"]


@pytest.fixture(scope="module")
def tables() -> TableSet:
    # The published report hid no second type next to the informal respondents (see
    # test_tables_partner_mix.py for what Netwerkkaart does by default).
    return compute_tables(report_dataset(), protect_across_tables=False)


def test_the_fixture_has_the_reports_respondents_and_ties() -> None:
    data = report_dataset()
    assert data.ties.height == 1130
    per_location = data.ties.group_by("location").agg(pl.col("respondent").n_unique())
    assert dict(per_location.rows()) == {"Beernem": 31, GN: 27, "Tongeren": 29}


def test_tabel_1_partner_mix(tables: TableSet) -> None:
    got = {}
    for (rtype,), part in tables.partner_mix.group_by("respondent_type", maintain_order=True):
        by_group = dict(part.select("partner_group", "percent").rows())
        got[rtype] = tuple(by_group[g] for g in GROUPS)
    assert got == TABEL_1


@pytest.mark.parametrize("location", ["Beernem", GN, "Tongeren", "*"])
def test_tabel_2_per_location_and_in_total(tables: TableSet, location: str) -> None:
    part = tables.profile.filter(pl.col("location") == location)
    for question, expected in TABEL_2[location].items():
        rows = part.filter(pl.col("question") == question).select("count", "percent").rows()
        assert rows == expected, (location, question)
    totals = part.group_by("question", maintain_order=True).agg(pl.col("count").sum())
    assert tuple(totals.get_column("count")) == TABEL_2_TOTALS[location]


def test_tabel_3_finality_per_type_and_partner_group(tables: TableSet) -> None:
    got: dict[str, dict[str, list[tuple[int, int]]]] = {}
    for rtype, group, _finality, count, percent in tables.finality_by_group.iter_rows():
        got.setdefault(rtype, {}).setdefault(group, []).append((count, percent))
    assert got == TABEL_3


@pytest.mark.parametrize("location", ["Beernem", GN, "Tongeren"])
def test_tabel_4_top_3_per_location(tables: TableSet, location: str) -> None:
    part = tables.wished_partners.filter(pl.col("location") == location)
    expected = [(rank, partner, count) for rank, partners, count in TABEL_4[location]
                for partner in sorted(partners)]  # fmt: skip
    assert part.select("rank", "partner", "count").rows() == expected


def test_informal_respondents_are_left_out_as_in_the_report(tables: TableSet) -> None:
    assert tables.suppressed.rows() == [
        ("partner_mix", "informele_actor", "min_group"),
        ("finality_by_group", "informele_actor", "min_group"),
    ]
