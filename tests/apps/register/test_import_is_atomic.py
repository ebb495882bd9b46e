"""An import that fails half-way leaves the register exactly as it was."""

from __future__ import annotations

import pytest
from django_scopes import scope

from netwerkkaart.apps.register import services
from netwerkkaart.apps.workspaces.models import AuditEntry

from .conftest import snapshot
from .files import VALID


def test_a_crash_on_the_third_row_leaves_the_register_unchanged(
    world, register, alice, monkeypatch
) -> None:
    saved = []
    real_save = services._save_imported

    def save_then_crash(actor) -> None:
        if len(saved) == 2:
            raise RuntimeError("disk full")
        real_save(actor)
        saved.append(actor.external_id)

    monkeypatch.setattr(services, "_save_imported", save_then_crash)
    before = snapshot(world.workspace)
    with scope(workspace=world.workspace):
        log_before = AuditEntry.objects.filter(workspace=world.workspace).count()

    with pytest.raises(RuntimeError):
        services.import_register_file(world.workspace, alice, "actors.csv", VALID.encode())

    assert saved == ["GG-CAW-01", "GG-OC-01"]  # an update and a create had been written
    assert snapshot(world.workspace) == before
    with scope(workspace=world.workspace):
        assert AuditEntry.objects.filter(workspace=world.workspace).count() == log_before
