"""Settings from the environment: a bad value fails loudly, a database URL becomes DATABASES."""

from __future__ import annotations

from pathlib import Path

import pytest

from netwerkkaart.web.env import ConfigurationError, database_from_url, env_bool, env_int, env_list


def test_no_url_gives_the_embedded_sqlite_database(tmp_path: Path):
    config = database_from_url("", tmp_path / "db.sqlite3")
    assert config == {"ENGINE": "django.db.backends.sqlite3", "NAME": str(tmp_path / "db.sqlite3")}


def test_a_sqlite_url_names_its_file():
    url = "sqlite:////var/lib/netwerkkaart/nk.sqlite3"
    assert database_from_url(url, Path("unused"))["NAME"] == "/var/lib/netwerkkaart/nk.sqlite3"


def test_a_postgresql_url_gives_every_part_decoded(monkeypatch):
    monkeypatch.delenv("NETWERKKAART_DB_CONN_MAX_AGE", raising=False)
    config = database_from_url(
        "postgresql://net%40kaart:p%3Ass%2Fw@db.example:5433/netwerk%2Dkaart", Path("unused")
    )
    assert config["ENGINE"] == "django.db.backends.postgresql"
    assert (config["USER"], config["PASSWORD"]) == ("net@kaart", "p:ss/w")
    assert (config["HOST"], config["PORT"], config["NAME"]) == (
        "db.example",
        "5433",
        "netwerk-kaart",
    )
    assert config["CONN_MAX_AGE"] == 0


def test_postgres_is_accepted_as_a_scheme_too():
    assert database_from_url("postgres://u@h/n", Path("x"))["ENGINE"].endswith("postgresql")


def test_an_unknown_scheme_fails_loudly():
    with pytest.raises(ConfigurationError, match="mysql"):
        database_from_url("mysql://u@h/n", Path("x"))


@pytest.mark.parametrize(
    ("value", "expected"), [("1", True), ("yes", True), ("off", False), ("", True)]
)
def test_booleans(monkeypatch, value: str, expected: bool):
    monkeypatch.setenv("NK_TEST_FLAG", value)
    assert env_bool("NK_TEST_FLAG", True) is expected


def test_a_bad_boolean_or_number_fails_with_the_variable_named(monkeypatch):
    monkeypatch.setenv("NK_TEST_FLAG", "misschien")
    with pytest.raises(ConfigurationError, match="NK_TEST_FLAG"):
        env_bool("NK_TEST_FLAG")
    monkeypatch.setenv("NK_TEST_NUMBER", "vijf")
    with pytest.raises(ConfigurationError, match="NK_TEST_NUMBER"):
        env_int("NK_TEST_NUMBER", 5)


def test_lists_are_split_on_commas(monkeypatch):
    monkeypatch.setenv("NK_TEST_LIST", " a.example, b.example ,,")
    assert env_list("NK_TEST_LIST", []) == ["a.example", "b.example"]
    monkeypatch.delenv("NK_TEST_LIST")
    assert env_list("NK_TEST_LIST", ["default"]) == ["default"]
