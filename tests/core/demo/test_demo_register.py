"""The register: every sector and type, the personas, and actors nobody names."""

import polars as pl
import pytest

from netwerkkaart.core import vocab
from netwerkkaart.core.demo import (
    BRIDGE_BUILDERS,
    DANIRA_BUURTWERK,
    DRISS_PHYSIO,
    EERSTELIJNSZONE,
    GG_SOCIAAL_HUIS,
    JAAK_GP,
    LEEFHOEK,
    SOFIA_CARE_CIRCLE,
    generate_demo,
)


@pytest.fixture(scope="module")
def actors() -> pl.DataFrame:
    return generate_demo().actors


def _actor(actors: pl.DataFrame, actor_id: str) -> dict:
    rows = actors.filter(pl.col("id") == actor_id).to_dicts()
    assert len(rows) == 1, actor_id
    return rows[0]


def test_the_register_holds_between_200_and_260_actors(actors):
    assert 200 <= actors.height <= 260


def test_actor_ids_are_unique(actors):
    assert actors.get_column("id").n_unique() == actors.height


def test_every_sector_is_present(actors):
    assert set(actors.get_column("sector").cast(pl.String)) == set(vocab.SECTOR.codes)


def test_every_respondent_type_is_present(actors):
    assert set(actors.get_column("actor_type").cast(pl.String)) == set(vocab.RESPONDENT_TYPE.codes)


def test_actors_live_in_gemeentegem_or_stederen_with_scope_and_sizes(actors):
    assert set(actors.get_column("location")) == {"Gemeentegem", "Stederen"}
    for column in ("scope", "employees", "clients", "name", "category"):
        assert actors.get_column(column).null_count() == 0, column


def test_the_report_categories_are_in_the_register(actors):
    categories = set(actors.get_column("category"))
    for category in (
        "Huisartsen",
        "OCMW/Sociaal Huis",
        "Huis van het Kind",
        "Sociale huisvesting",
        "Opbouwwerk",
        "Verenigingen waar armen het woord nemen",
        "Vluchtelingenwerk",
        "CAW",
        "Buurtwerk",
        "Thuisverpleegkundigen",
        "Scholen",
        "Eerstelijnszone",
    ):
        assert category in categories, category


def test_driss_is_a_self_employed_physiotherapist_in_stederen(actors):
    driss = _actor(actors, DRISS_PHYSIO)
    assert (driss["actor_type"], driss["sector"], driss["location"]) == (
        "zelfstandige_zorgprofessional",
        "zorg",
        "Stederen",
    )
    assert driss["category"] == "Kinesitherapeuten"


def test_danira_does_welfare_neighbourhood_work_in_leefhoek(actors):
    danira = _actor(actors, DANIRA_BUURTWERK)
    assert (danira["sector"], danira["category"], danira["location"], danira["neighbourhood"]) == (
        "welzijn",
        "Buurtwerk",
        "Gemeentegem",
        LEEFHOEK,
    )


def test_jaaks_gp_practice_is_in_leefhoek(actors):
    gp = _actor(actors, JAAK_GP)
    assert (gp["category"], gp["location"], gp["neighbourhood"]) == (
        "Huisartsen",
        "Gemeentegem",
        LEEFHOEK,
    )


def test_the_sociaal_huis_of_gemeentegem_is_local_government(actors):
    sociaal_huis = _actor(actors, GG_SOCIAAL_HUIS)
    assert (sociaal_huis["sector"], sociaal_huis["location"]) == ("lokaal_bestuur", "Gemeentegem")


def test_sofias_care_circle_is_in_stederen_and_mostly_care(actors):
    circle = [_actor(actors, actor_id) for actor_id in SOFIA_CARE_CIRCLE]
    assert {a["location"] for a in circle} == {"Stederen"}
    assert sum(a["sector"] == "zorg" for a in circle) >= len(circle) - 1


def test_bridge_builders_include_danira_and_the_eerstelijnszone():
    assert DANIRA_BUURTWERK in BRIDGE_BUILDERS and EERSTELIJNSZONE in BRIDGE_BUILDERS


def test_some_actors_never_answer_and_are_never_named():
    demo = generate_demo()
    mentioned = set(demo.ties.get_column("respondent")) | set(demo.ties.get_column("partner"))
    mentioned |= set(demo.unknown.get_column("partner"))
    missing = set(demo.actors.get_column("id")) - mentioned
    assert len(missing) >= 5
