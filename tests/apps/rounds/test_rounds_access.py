"""Who may open each rounds URL: members by role, outsiders never (404), anonymous to the login."""

from __future__ import annotations

import pytest

BASE = "/w/gemeentegem/rounds/"
MEMBERS = ["alice", "bob", "vera"]


def urls(job_id: int) -> dict[str, tuple[str, str, set[str]]]:
    """name -> (method, url, usernames allowed)."""
    everyone = {"alice", "bob", "vera"}
    coordinator = {"alice"}
    return {
        "list": ("get", BASE, everyone),
        "detail": ("get", f"{BASE}2025/", everyone),
        "import": ("get", f"{BASE}import/", coordinator),
        "job": ("get", f"{BASE}import/{job_id}/", coordinator),
        "job_status": ("get", f"{BASE}import/{job_id}/status.json", coordinator),
        "status": ("post", f"{BASE}2025/status/", coordinator),
        "delete_confirm": ("get", f"{BASE}2025/delete/", coordinator),
        "delete": ("post", f"{BASE}2025/delete/", coordinator),
    }


NAMES = list(urls(0))


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("username", MEMBERS)
def test_each_member_gets_each_url_as_their_role_allows(world, finished_job, name, username):
    method, url, allowed = urls(finished_job.pk)[name]
    data = {"status": "closed"} if name == "status" else {}
    response = getattr(world.client_for(username), method)(url, data)
    if username in allowed:
        assert response.status_code in (200, 302)
    else:
        assert response.status_code == 403


@pytest.mark.parametrize("name", NAMES)
def test_an_outsider_gets_404_for_every_url(world, finished_job, name):
    method, url, _allowed = urls(finished_job.pk)[name]
    response = getattr(world.client_for("charlie"), method)(url)
    assert response.status_code == 404
    assert b"Gemeentegem" not in response.content


@pytest.mark.parametrize("name", NAMES)
def test_an_anonymous_visitor_is_sent_to_the_login_page(world, finished_job, name):
    method, url, _allowed = urls(finished_job.pk)[name]
    response = getattr(world.client_for(None), method)(url)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=")


def test_an_outsider_cannot_open_a_job_of_another_workspace_through_their_own(world, finished_job):
    response = world.client_for("charlie").get(f"/w/elders/rounds/import/{finished_job.pk}/")
    assert response.status_code == 404


def test_a_round_that_does_not_exist_is_404(world, finished_job):
    assert world.client_for("alice").get(f"{BASE}1999/").status_code == 404


def test_status_and_delete_urls_refuse_get_or_need_confirmation(world, finished_job):
    client = world.client_for("alice")
    assert client.get(f"{BASE}2025/status/").status_code == 405
    page = client.get(f"{BASE}2025/delete/").content.decode()
    assert "verwijderen?" in page
