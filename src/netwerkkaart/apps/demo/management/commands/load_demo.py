"""``manage.py load_demo``: the demo ecosystem as a workspace, with a member of every role.

Generates the demo ecosystem (:func:`netwerkkaart.core.demo.generate_demo`), reads its actors into
the register of workspace ``demo`` and both survey rounds (2025, 2026) into its rounds, through the
same services as the web import, opens a third round (2027) that runs on the site with the whole
register invited (a few personal links are printed), and creates the users ``coordinator``,
``analyst`` and ``viewer``. Idempotent: a second run gives the same state (the rounds are replaced, the register
is updated by id, the passwords reset). For a demonstration only: the passwords are printed.
"""

from __future__ import annotations

from datetime import date, timedelta

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser
from django.db import transaction
from django.utils import translation
from django_scopes import scope

from netwerkkaart.apps.instruments.demo import load_demo_sessions
from netwerkkaart.apps.regions.demo import load_demo_regions
from netwerkkaart.apps.register.services import active_actors, import_actors
from netwerkkaart.apps.rounds.models import Round, RoundStatus
from netwerkkaart.apps.rounds.services import delete_round, import_dataset, set_round_status
from netwerkkaart.apps.surveys.demo import replay_answers
from netwerkkaart.apps.surveys.services import invite, issue_links, open_survey
from netwerkkaart.apps.workspaces import services
from netwerkkaart.apps.workspaces.models import Role, Workspace
from netwerkkaart.core.dataset import Dataset
from netwerkkaart.core.demo import DEFAULT_SEED, FIRST_ROUND, ROUNDS, generate_demo

SLUG = "demo"
NAME = "Eerstelijnszone Gemeentegem–Stederen (demo)"
DESCRIPTION = (
    "Een verzonnen ecosysteem van zorg en welzijn: Gemeentegem (met de wijk Leefhoek) en "
    "Stederen, bevraagd in 2025 en 2026. Alle namen en antwoorden zijn fictief."
)

# A round running on the site, next to the two demo rounds read from files.
SURVEY_ROUND = "2027"
SURVEY_LABEL = "Bevraging 2027 (loopt)"
SURVEY_ANSWERED = 24  # respondents of the last round who answered already

# Where ``make demo`` serves the site when NETWERKKAART_SITE_URL does not say otherwise.
DEFAULT_SITE_URL = "http://127.0.0.1:8000"

# (username, role, default password): one member of every role.
USERS = (
    ("coordinator", Role.COORDINATOR, "demo-coordinator"),
    ("analyst", Role.ANALYST, "demo-analyst"),
    ("viewer", Role.VIEWER, "demo-viewer"),
)
# A site administrator (creates workspaces, invites their coordinators; sees no workspace's data).
ADMIN = ("admin", "demo-admin")

TEXT = {
    "nl": {
        "loaded": "Werkruimte '{name}' (/w/{slug}/) geladen: {actors} actoren in het register.",
        "round": "  ronde {code}: {ties} samenwerkingen, {respondents} respondenten",
        "logins": "Aanmelden (enkel voor een demo: deze wachtwoorden staan hier leesbaar):",
        "user": "  {role:<13} gebruikersnaam {username:<12} wachtwoord {password}",
        "admin": "sitebeheerder",
        "survey": "Bevraging {code} loopt via de site: {invited} actoren uitgenodigd. "
        "Enkele persoonlijke links om de vragenlijst te proberen:",
        "link": "  {name:<40} {site}/s/{token}/",
        "session": "Een groepssessie (dilemma's) staat open; doe mee op een telefoon: "
        "{site}/i/{key}/",
    },
    "en": {
        "loaded": "Workspace '{name}' (/w/{slug}/) loaded: {actors} actors in the register.",
        "round": "  round {code}: {ties} ties, {respondents} respondents",
        "logins": "Log in (for a demo only: these passwords are printed in the clear):",
        "user": "  {role:<13} username {username:<12} password {password}",
        "admin": "site admin",
        "survey": "Survey {code} runs on the site: {invited} actors invited. "
        "A few personal links to try the questionnaire:",
        "link": "  {name:<40} {site}/s/{token}/",
        "session": "A group session (dilemmas) is open; join on a phone: {site}/i/{key}/",
    },
}


class Command(BaseCommand):
    help = (
        "Load the demo ecosystem (Gemeentegem–Stederen, rounds 2025 and 2026) into workspace "
        "'demo' and create the demo users coordinator, analyst and viewer. Running it again "
        "replaces the demo rounds and resets the demo passwords. For demonstrations only."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        for username, _role, password in USERS:
            parser.add_argument(
                f"--{username}-password",
                default=password,
                help=f"password of the user '{username}' (default: {password})",
            )
        parser.add_argument(
            f"--{ADMIN[0]}-password",
            default=ADMIN[1],
            help=f"password of the site administrator '{ADMIN[0]}' (default: {ADMIN[1]})",
        )
        parser.add_argument(
            "--seed", type=int, default=DEFAULT_SEED, help="seed of the demo generator"
        )
        parser.add_argument("--lang", choices=("nl", "en"), default="nl")
        parser.add_argument(
            "--site-url",
            default=settings.SITE_URL or DEFAULT_SITE_URL,
            help="the address the site runs on, for the printed links "
            f"(default: NETWERKKAART_SITE_URL, else {DEFAULT_SITE_URL})",
        )

    def handle(self, *args: object, **options: object) -> None:
        text = TEXT[options["lang"]]
        site = str(options["site_url"]).rstrip("/")
        if "://" not in site:
            site = f"http://{site}"
        passwords = {username: options[f"{username}_password"] for username, _r, _p in USERS}
        passwords[ADMIN[0]] = options[f"{ADMIN[0]}_password"]
        demo = generate_demo(seed=options["seed"])
        summary = load_demo(demo, passwords)
        self.stdout.write(text["loaded"].format(name=NAME, slug=SLUG, actors=summary["actors"]))
        for line in summary["rounds"]:
            self.stdout.write(
                text["round"].format(code=line.code, ties=line.ties, respondents=line.respondents)
            )
        survey = summary["survey"]
        self.stdout.write(text["survey"].format(code=survey["code"], invited=survey["invited"]))
        for name, token in survey["links"]:
            self.stdout.write(text["link"].format(name=name[:40], token=token, site=site))
        self.stdout.write(text["session"].format(key=summary["session"], site=site))
        self.stdout.write(text["logins"])
        with translation.override("en" if options["lang"] == "en" else "nl-be"):
            for username, role, _default in USERS:
                self.stdout.write(
                    text["user"].format(
                        role=str(role.label).lower(),
                        username=username,
                        password=passwords[username],
                    )
                )
        self.stdout.write(
            text["user"].format(role=text["admin"], username=ADMIN[0], password=passwords[ADMIN[0]])
        )


@transaction.atomic
def load_demo(demo: Dataset, passwords: dict[str, str]) -> dict[str, object]:
    """Write the demo workspace, its members, register and rounds (all or nothing)."""
    users = {
        username: services.ensure_user(username, passwords[username])
        for username, _role, _default in USERS
    }
    coordinator = users["coordinator"]
    admin = services.ensure_user(ADMIN[0], passwords.get(ADMIN[0], ADMIN[1]))
    if not admin.is_superuser:
        admin.is_superuser = admin.is_staff = True
        admin.save(update_fields=["is_superuser", "is_staff"])
    workspace = Workspace.objects.filter(slug=SLUG).first()
    if workspace is None:
        workspace = services.create_workspace(SLUG, NAME, owner=coordinator)
    Workspace.objects.filter(pk=workspace.pk).update(name=NAME, description=DESCRIPTION)
    workspace.refresh_from_db()
    for username, role, _default in USERS:
        services.add_member(workspace, users[username], role, by=coordinator)

    register = import_actors(
        workspace, coordinator, demo.actors.iter_rows(named=True), source="demo"
    )
    # The demo rounds replace whatever rounds the workspace holds, also ones added by hand.
    with scope(workspace=workspace):
        others = list(
            Round.objects.filter(workspace=workspace)
            .exclude(code__in=ROUNDS)
            .values_list("code", flat=True)
        )
    for code in others:
        delete_round(workspace, code, user=coordinator)
    rounds = import_dataset(workspace, demo, user=coordinator, replace=True)
    # The first round is over; the second is the current one.
    for code in ROUNDS:
        status = RoundStatus.CLOSED if code == FIRST_ROUND else RoundStatus.OPEN
        set_round_status(workspace, code, status, user=coordinator)
    survey = open_demo_survey(workspace, coordinator, demo)
    session = load_demo_sessions(workspace, coordinator)
    load_demo_regions(workspace, coordinator)
    services.log_action(workspace, "workspaces.demo_loaded", coordinator, rounds=list(ROUNDS))
    return {
        "workspace": workspace,
        "actors": register.created + register.updated,
        "rounds": rounds.rounds,
        "survey": survey,
        "session": session.join_key,
    }


def open_demo_survey(workspace: Workspace, coordinator: object, demo: Dataset) -> dict[str, object]:
    """A third round, running on the site, with the register invited and three links to try.

    Some respondents of the last round have answered already (one in three stopped halfway).
    Mails go to a folder in the demo (see the mail settings), so nothing leaves the machine.
    """
    survey = open_survey(
        workspace,
        code=SURVEY_ROUND,
        label=SURVEY_LABEL,
        deadline=date.today() + timedelta(days=30),
        user=coordinator,
    )
    with scope(workspace=workspace):
        actors = list(active_actors(workspace).order_by("external_id"))
    invitations = invite(survey, actors, user=coordinator)
    with scope(workspace=workspace):
        replayed = replay_answers(survey, demo, ROUNDS[-1], SURVEY_ANSWERED)
    answered = set(replayed["respondents"])
    tried = [inv for inv in invitations if inv.actor.sector and inv.pk not in answered][:3]
    links = issue_links(survey, tried, user=coordinator)
    return {
        "code": SURVEY_ROUND,
        "invited": len(invitations),
        "links": [(link.invitation.actor.name, link.token) for link in links],
    }
