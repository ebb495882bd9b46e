"""The register as the core's actors frame, for the network analysis."""

from __future__ import annotations

import polars as pl

from netwerkkaart.apps.register import services
from netwerkkaart.core.dataset import ACTORS_SCHEMA


def test_the_frame_has_the_core_schema_and_only_active_actors(world, register, alice) -> None:
    services.merge_actors(world.workspace, alice, register.linde_twin, register.linde)
    frame = services.register_frame(world.workspace)
    assert dict(list(frame.schema.items())[: len(ACTORS_SCHEMA)]) == ACTORS_SCHEMA
    assert frame.get_column("id").to_list() == ["GG-BW-01", "GG-CAW-01", "GG-HA-01"]
    linde = frame.filter(pl.col("id") == "GG-HA-01").row(0, named=True)
    assert linde["sector"] == "zorg"
    assert linde["employees"] == 4
    assert linde["website"] == "https://linde.example"
    caw = frame.filter(pl.col("id") == "GG-CAW-01").row(0, named=True)
    assert caw["scope"] is None
    assert caw["website"] is None


def test_an_empty_register_gives_an_empty_frame_of_the_same_shape(world) -> None:
    frame = services.register_frame(world.workspace)
    assert frame.height == 0
    assert frame.schema == pl.Schema(ACTORS_SCHEMA)
