"""The liveness view answers without a login and without touching a workspace."""

from django.test import Client


def test_health_answers_ok_to_anyone(db):
    response = Client().get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok"


def test_health_is_read_only(db):
    assert Client().post("/healthz").status_code == 405
