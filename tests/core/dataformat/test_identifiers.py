"""Identifiers that look like register ids but are not in the register are questioned."""

from __future__ import annotations

from netwerkkaart.core.dataformat.identifiers import id_shape, questioned_ids
from netwerkkaart.core.dataset import Dataset
from netwerkkaart.core.model import Tie

REGISTER = ["GG-HA-01", "GG-HA-02", "GG-CAW-01", "ST-KINE-DRISS"]
NAMES = ["Huisartsenpraktijk De Leefhoek", "CAW Scheldeland"]


def round_with(*pairs: tuple[str, str]) -> Dataset:
    return Dataset.from_records(
        [Tie(r, "zorgorganisatie", "Gemeentegem", p, "zorg", "afstemming") for r, p in pairs]
    )


def test_a_slip_and_an_unregistered_id_are_questioned_with_the_nearest_ids():
    data = round_with(
        ("GG-HA-01", "GG-HA-1"),
        ("GG-HA-02", "GG-HA-1"),
        ("GG-HA-01", "GG-ONBESTAAND-99"),
        ("GG-HA-01", "GG-CAW-01"),
    )
    found = {q.value: q for q in questioned_ids(data, REGISTER, NAMES)}
    assert set(found) == {"GG-HA-1", "GG-ONBESTAAND-99"}
    assert found["GG-HA-1"].rows == 2 and found["GG-HA-1"].column == "partner"
    assert found["GG-HA-1"].suggestions[0] == "GG-HA-01"
    assert found["GG-ONBESTAAND-99"].suggestions == ()  # nothing close enough
    # Most frequent first.
    assert questioned_ids(data, REGISTER, NAMES)[0].value == "GG-HA-1"


def test_free_names_and_register_names_are_not_questioned():
    data = round_with(
        ("GG-HA-01", "Huisartsenpraktijk De Leefhoek"),
        ("GG-HA-01", "huisartsenpraktijk de leefhoek"),
        ("GG-HA-01", "Buurtcomité Nieuw"),  # a new partner named freely
    )
    assert questioned_ids(data, REGISTER, NAMES) == []


def test_a_respondent_id_is_questioned_too_and_without_a_register_nothing_is():
    data = round_with(("ST-KINE-DRIS", "GG-HA-01"))
    [questioned] = questioned_ids(data, REGISTER)
    assert (questioned.value, questioned.column) == ("ST-KINE-DRIS", "respondent")
    assert questioned.suggestions[0] == "ST-KINE-DRISS"
    assert questioned_ids(data, []) == []


def test_shapes():
    assert id_shape("GG-HA-01") == id_shape("GG-HA-1") == "A-A-9"
    assert id_shape("ST-KINE-DRISS") == "A-A-A"
    assert id_shape("P12") == "A9"
