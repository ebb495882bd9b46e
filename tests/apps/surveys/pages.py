"""Driving the coordinator's survey pages from a test: what a page said, what the database holds.

``database_state`` is everything a coordinator's action can write; a refusal must leave it equal.
``assert_coordinator_only`` is the role matrix every coordinator page shares.
"""

from __future__ import annotations

import html
import re

from django.test import Client
from django_scopes import scopes_disabled

from netwerkkaart.apps.rounds.models import Round, Tie
from netwerkkaart.apps.surveys.models import (
    AccessToken,
    Answer,
    Invitation,
    QuestionnaireVersion,
    Response,
    SurveyRound,
)
from netwerkkaart.apps.workspaces.models import AuditEntry, Workspace
from netwerkkaart.apps.workspaces.services import current_data_version

BASE = "/w/gemeentegem/surveys/"


def url(code: str = "2027", action: str = "", pk: int | None = None) -> str:
    """The page of round ``code``: ``url("2027", "invite")``, ``url("2027", "revoke", pk=3)``."""
    if pk is not None:
        tail = f"invitees/{pk}/" + (f"{action}/" if action else "")
    else:
        tail = f"{action}/" if action else ""
    return f"{BASE}{code}/{tail}"


def messages_of(response) -> list[str]:
    """The messages (``django.contrib.messages``) the page shows, as the reader reads them."""
    body = response.content.decode()
    block = re.search(r'<ul class="messages">(.*?)</ul>', body, re.S)
    if block is None:
        return []
    return [html.unescape(text) for text in re.findall(r"<li[^>]*>(.*?)</li>", block.group(1))]


def page_text(response) -> str:
    return html.unescape(response.content.decode())


def audit_actions(workspace: Workspace) -> list[str]:
    with scopes_disabled():
        return list(
            AuditEntry.objects.filter(workspace=workspace)
            .order_by("pk")
            .values_list("action", flat=True)
        )


def last_audit(workspace: Workspace) -> AuditEntry:
    with scopes_disabled():
        return AuditEntry.objects.filter(workspace=workspace).select_related("user").latest("pk")


def database_state(workspace: Workspace) -> dict[str, list]:
    """Every row a coordinator's survey action can write in ``workspace``, field by field."""
    with scopes_disabled():
        mine = {"workspace": workspace}
        return {
            "rounds": list(
                Round.objects.filter(**mine)
                .order_by("pk")
                .values_list("code", "label", "status", "closed", "source")
            ),
            "surveys": list(
                SurveyRound.objects.filter(**mine)
                .order_by("pk")
                .values_list("pk", "current_id", "deadline", "closed_at")
            ),
            "versions": list(
                QuestionnaireVersion.objects.filter(**mine)
                .order_by("pk")
                .values_list("pk", "number", "disabled_sections", "own_questions", "definition")
            ),
            "invitations": list(
                Invitation.objects.filter(**mine)
                .order_by("pk")
                .values_list(
                    "pk",
                    "actor_id",
                    "contact_name",
                    "email",
                    "sent_at",
                    "reminded_at",
                    "reminders",
                    "revoked_at",
                )
            ),
            "tokens": list(
                AccessToken.objects.filter(**mine)
                .order_by("pk")
                .values_list("pk", "token_hash", "revoked_at")
            ),
            "responses": list(Response.objects.filter(**mine).values_list("pk", "finished_at")),
            "answers": list(Answer.objects.filter(**mine).values_list("pk", "value")),
            "ties": list(Tie.objects.filter(**mine).values_list("pk", flat=True)),
            "audit": list(AuditEntry.objects.filter(**mine).values_list("pk", flat=True)),
            "data_version": [current_data_version(workspace)],
        }


def send(client: Client, method: str, path: str, data: dict | None = None):
    if method == "get":
        return client.get(path)
    return client.post(path, data or {})


def assert_refused_for(
    world, username: str | None, method: str, path: str, data: dict | None = None
) -> None:
    """``username`` (``None``: not logged in) is refused ``path`` and nothing is written.

    An analyst or viewer gets 403, the outsider (a member of another workspace only) 404, which
    tells nothing about the workspace; whoever is not logged in is sent to the login page.
    """
    client = world.client_for(username)
    before = database_state(world.workspace)
    response = send(client, method, path, data)
    if username is None:
        assert response.status_code == 302, response.status_code
        assert response["Location"].startswith("/accounts/login/"), response["Location"]
        assert "next=" in response["Location"]
    elif username == "charlie":
        assert response.status_code == 404, response.status_code
    else:
        assert response.status_code == 403, (username, response.status_code)
    assert database_state(world.workspace) == before


OPTIONAL_BLOCKS = ["factoren", "vertrouwen", "onbekend"]


def questionnaire_post(
    sections: list[str], own: list[dict] | tuple = (), *, prefix: str = ""
) -> dict[str, object]:
    """The questionnaire fields as a browser posts them: the blocks ticked, five question slots
    (a slot's type and repeat are selects, so always sent), ``own`` filling the first ones."""
    name = (prefix + "-") if prefix else ""
    data: dict[str, object] = {f"{name}sections": list(sections)}
    for index in range(1, 6):
        question = own[index - 1] if index <= len(own) else {}
        data[f"{name}own_{index}_label_nl"] = question.get("label_nl", "")
        data[f"{name}own_{index}_label_en"] = question.get("label_en", "")
        data[f"{name}own_{index}_type"] = question.get("type", "single_choice")
        data[f"{name}own_{index}_repeat"] = question.get("repeat", "once")
        data[f"{name}own_{index}_options"] = question.get("options", "")
    return data


def form_errors(response) -> list[str]:
    """The form's error messages on the page, field errors and the form's own."""
    body = response.content.decode()
    lists = re.findall(r'<ul class="errorlist[^"]*"[^>]*>(.*?)</ul>', body, re.S)
    return [html.unescape(item) for block in lists for item in re.findall(r"<li>(.*?)</li>", block)]


class RefusingMailBackend:
    """A mail server that refuses every message (``EMAIL_BACKEND`` in a test)."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        pass

    def open(self) -> None:
        pass

    def close(self) -> None:
        pass

    def send_messages(self, messages: list) -> int:
        raise ConnectionRefusedError("the test's mail server refuses")
