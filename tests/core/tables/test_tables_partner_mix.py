import polars as pl
from tests.fixtures.builders import people, tie

from netwerkkaart.core.dataset import Dataset
from netwerkkaart.core.tables import compute_tables


def self_employed_and_informal() -> Dataset:
    """5 self-employed professionals (8 ties: 5 care, 3 welfare) and 2 informal actors."""
    pros = people("zzp", 5)
    ties = [tie(pros[n % 5], rtype="zelfstandige_zorgprofessional", partner=f"p{n}",
                group="zorg" if n < 5 else "welzijn") for n in range(8)]  # fmt: skip
    ties += [tie(who, rtype="informele_actor", partner=f"q{k}", group="informeel")
             for k, who in enumerate(people("buurt", 2) * 3)]  # fmt: skip
    return Dataset.from_records(ties)


def test_percentages_are_over_the_types_ties_and_every_partner_group_is_listed() -> None:
    # Without the complementary rule (tested below), which would hide the self-employed too.
    table = compute_tables(self_employed_and_informal(), protect_across_tables=False).partner_mix
    assert table.rows() == [
        ("zelfstandige_zorgprofessional", "zorg", 5, 63),
        ("zelfstandige_zorgprofessional", "welzijn", 3, 38),
        ("zelfstandige_zorgprofessional", "lokaal_bestuur", 0, 0),
        ("zelfstandige_zorgprofessional", "andere", 0, 0),
        ("zelfstandige_zorgprofessional", "informeel", 0, 0),
    ]


def test_a_type_with_too_few_respondents_is_left_out_and_listed_for_tabel_1_and_3() -> None:
    tables = compute_tables(self_employed_and_informal())
    assert "informele_actor" not in tables.partner_mix.get_column("respondent_type").to_list()
    assert "informele_actor" not in tables.finality_by_group.get_column("respondent_type").to_list()
    listed = tables.suppressed.filter(pl.col("group") == "informele_actor")
    assert listed.rows() == [
        ("partner_mix", "informele_actor", "min_group"),
        ("finality_by_group", "informele_actor", "min_group"),
    ]


def test_the_threshold_is_a_parameter() -> None:
    table = compute_tables(self_employed_and_informal(), min_group=2).partner_mix
    informal = table.filter(pl.col("respondent_type") == "informele_actor")
    assert informal.select("partner_group", "count", "percent").rows()[-1] == ("informeel", 6, 100)


def test_types_follow_the_canonical_order_not_the_order_of_the_data() -> None:
    ties = [tie(f"b{k}", rtype="lokaal_bestuur", partner=f"p{k}") for k in range(5)]
    ties += [tie(f"z{k}", rtype="zelfstandige_zorgprofessional", partner=f"p{k}") for k in range(5)]
    table = compute_tables(Dataset.from_records(ties)).partner_mix
    assert table.get_column("respondent_type").unique(maintain_order=True).to_list() == [
        "zelfstandige_zorgprofessional",
        "lokaal_bestuur",
    ]


def test_a_second_type_is_left_out_when_tabel_2s_total_would_give_the_small_one_back() -> None:
    """Tabel 2 counts every tie; Tabel 1 and 3 per type. With only the two informal actors left
    out, Tabel 2's total minus the self-employed rows would be the informal actors' figures."""
    welfare = people("wzo", 6)
    more = [tie(who, rtype="welzijnsorganisatie", partner=f"w{k}", group="welzijn")
            for k, who in enumerate(welfare)]  # fmt: skip
    data = Dataset(
        ties=pl.concat([self_employed_and_informal().ties, Dataset.from_records(more).ties])
    )
    tables = compute_tables(data)
    shown = set(tables.finality_by_group.get_column("respondent_type").to_list())
    # 5 self-employed < 6 welfare organisations: the smaller one goes with the informal actors.
    assert shown == {"welzijnsorganisatie"}
    assert set(tables.partner_mix.get_column("respondent_type").to_list()) == shown
    assert tables.suppressed.filter(pl.col("table") == "finality_by_group").rows() == [
        ("finality_by_group", "informele_actor", "min_group"),
        ("finality_by_group", "zelfstandige_zorgprofessional", "complementary"),
    ]
    published = compute_tables(data, protect_across_tables=False)
    assert "zelfstandige_zorgprofessional" in published.partner_mix["respondent_type"].to_list()
