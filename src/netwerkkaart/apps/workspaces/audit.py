"""The audit log in words: each logged action as a sentence, grouped in kinds a reader filters on.

Every app logs through :func:`netwerkkaart.apps.workspaces.services.log_action` with an action id
(``rounds.imported``) and a few details; this module turns an entry into a Dutch (or English)
sentence from those details only. The details never hold an actor's name (register ids and round
codes only), so the sentences are safe for every coordinator to read. An action not listed here
still reads as a sentence naming its part of the site.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime

from django.db.models import QuerySet
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from netwerkkaart.apps.workspaces.models import AuditEntry, Role, Workspace
from netwerkkaart.apps.workspaces.services import display_name

# Kinds of action, the audit page's filter (in this order).
KINDS = {
    "people": _("Leden, rollen en uitnodigingen"),
    "workspace": _("Werkruimte"),
    "register": _("Register"),
    "rounds": _("Rondes en imports"),
    "surveys": _("Bevragingen"),
    "answers": _("Inzage in antwoorden en wissen op verzoek"),
    "instruments": _("Groepssessies"),
    "regions": _("Regio's"),
    "account": _("Accounts en wachtwoorden"),
}

# What a part of the site is called, for actions this module does not know.
PARTS = {
    "accounts": _("accounts"),
    "workspaces": _("werkruimte"),
    "workspace": _("werkruimte"),
    "register": _("register"),
    "rounds": _("rondes"),
    "surveys": _("bevragingen"),
    "instruments": _("groepssessies"),
    "advice": _("advies"),
    "regions": _("regio's"),
}


def _role(code: object) -> str:
    try:
        return str(Role(str(code)).label).lower()
    except ValueError:
        return str(code)


def _count(text) -> Callable[[Mapping], str]:
    """A sentence whose plural follows a number in the details (``ngettext_lazy`` with its key)."""
    return lambda data: str(text % data)


def _imported(data: Mapping) -> str:
    codes = ", ".join(str(r.get("code", "")) for r in data.get("rounds", []) or [])
    return str(_("Antwoorden ingelezen voor ronde %(codes)s")) % {"codes": codes or "?"}


def _text(text) -> Callable[[Mapping], str]:
    return lambda data: str(text) % data


# action id -> (kind, sentence from the entry's details)
ACTIONS: dict[str, tuple[str, Callable[[Mapping], str]]] = {
    "workspaces.created": ("workspace", _text(_("Werkruimte %(name)s aangemaakt"))),
    "workspace.created": ("workspace", _text(_("Werkruimte %(name)s aangemaakt"))),
    "workspaces.updated": ("workspace", _text(_("Instellingen van de werkruimte gewijzigd"))),
    "workspaces.perception_pairs": (
        "workspace",
        _text(_("Perceptieverschillen per paar voor coördinatoren aan- of uitgezet")),
    ),
    "workspaces.demo_loaded": ("workspace", _text(_("Demo-ecosysteem geladen"))),
    "workspace.demo_loaded": ("workspace", _text(_("Demo-ecosysteem geladen"))),
    "workspaces.member_added": ("people", _text(_("%(member)s toegevoegd als %(role)s"))),
    "membership.set": ("people", _text(_("%(member)s kreeg de rol %(role)s"))),
    "workspaces.role_changed": (
        "people",
        _text(_("Rol van %(member)s gewijzigd van %(old)s naar %(role)s")),
    ),
    "workspaces.member_removed": (
        "people",
        _text(_("%(member)s uit de werkruimte gehaald (was %(role)s)")),
    ),
    "accounts.invitation_sent": ("people", _text(_("%(email)s uitgenodigd als %(role)s"))),
    "accounts.invitation_resent": (
        "people",
        _text(_("Uitnodiging opnieuw verstuurd naar %(email)s")),
    ),
    "accounts.invitation_withdrawn": (
        "people",
        _text(_("Uitnodiging van %(email)s ingetrokken")),
    ),
    "accounts.invitation_accepted": (
        "people",
        _text(_("%(member)s aanvaardde de uitnodiging (%(role)s)")),
    ),
    "accounts.first_admin_created": (
        "account",
        _text(_("Eerste sitebeheerder %(username)s aangemaakt")),
    ),
    "accounts.profile_updated": ("account", _text(_("Accountgegevens gewijzigd"))),
    "accounts.password_changed": ("account", _text(_("Wachtwoord gewijzigd"))),
    "accounts.password_reset_requested": (
        "account",
        _text(_("Nieuw wachtwoord aangevraagd voor %(email)s")),
    ),
    "accounts.password_reset": ("account", _text(_("Wachtwoord opnieuw ingesteld via de mail"))),
    "accounts.login_lock_lifted": (
        "account",
        _text(_("Blokkering na mislukte aanmeldingen opgeheven voor %(username)s")),
    ),
    "regions.analysis_started": ("regions", _text(_("Regioanalyse van %(filename)s gestart"))),
    "regions.analysis_done": ("regions", _text(_("Regioanalyse afgerond"))),
    "regions.analysis_failed": ("regions", _text(_("Regiobestanden geweigerd"))),
    "regions.analysis_deleted": ("regions", _text(_("Regioanalyse verwijderd"))),
    "register.actor_created": ("register", _text(_("Actor %(actor)s aan het register toegevoegd"))),
    "register.actor_updated": ("register", _text(_("Actor %(actor)s in het register gewijzigd"))),
    "register.actors_merged": (
        "register",
        _text(_("Dubbele actor %(duplicate)s samengevoegd met %(kept)s")),
    ),
    "register.imported": (
        "register",
        _text(_("Register ingelezen: %(created)s nieuwe en %(updated)s bijgewerkte actoren")),
    ),
    "rounds.import_started": ("rounds", _text(_("Import van %(filename)s gestart"))),
    "rounds.import_done": ("rounds", _text(_("Import afgerond"))),
    "rounds.import_failed": ("rounds", _text(_("Import geweigerd"))),
    "rounds.imported": ("rounds", _imported),
    "rounds.open": ("rounds", _text(_("Ronde %(round)s heropend"))),
    "rounds.closed": ("rounds", _text(_("Ronde %(round)s afgesloten"))),
    "rounds.deleted": ("rounds", _text(_("Ronde %(round)s verwijderd"))),
    # (rounds.survey_* and rounds.respondent_deleted: the names surveys logged under before its
    # actions were named after their app; kept so older entries still read.)
    "rounds.survey_opened": ("surveys", _text(_("Bevraging %(round)s geopend"))),
    "surveys.opened": ("surveys", _text(_("Bevraging %(round)s geopend"))),
    "rounds.survey_closed": (
        "surveys",
        _text(_("Bevraging %(round)s afgesloten: de antwoorden staan nu in de ronde")),
    ),
    "surveys.closed": (
        "surveys",
        _text(_("Bevraging %(round)s afgesloten: de antwoorden staan nu in de ronde")),
    ),
    "surveys.questionnaire_set": (
        "surveys",
        _text(_("Vragenlijst van bevraging %(round)s ingesteld (versie %(version)s)")),
    ),
    "surveys.dates_set": (
        "surveys",
        _text(_("Naam of einddatum van bevraging %(round)s gewijzigd")),
    ),
    "surveys.invited": (
        "surveys",
        _count(
            ngettext_lazy(
                "%(count)s actor uitgenodigd voor bevraging %(round)s",
                "%(count)s actoren uitgenodigd voor bevraging %(round)s",
                "count",
            )
        ),
    ),
    "surveys.links_issued": (
        "surveys",
        _count(
            ngettext_lazy(
                "%(count)s persoonlijke link gemaakt voor bevraging %(round)s",
                "%(count)s persoonlijke links gemaakt voor bevraging %(round)s",
                "count",
            )
        ),
    ),
    "surveys.mailed": (
        "surveys",
        _count(
            ngettext_lazy(
                "Uitnodiging voor bevraging %(round)s gemaild naar %(sent)s adres",
                "Uitnodigingen voor bevraging %(round)s gemaild naar %(sent)s adressen",
                "sent",
            )
        ),
    ),
    "surveys.reminded": (
        "surveys",
        _count(
            ngettext_lazy(
                "Herinnering voor bevraging %(round)s gemaild naar %(sent)s adres",
                "Herinneringen voor bevraging %(round)s gemaild naar %(sent)s adressen",
                "sent",
            )
        ),
    ),
    "surveys.contact_set": (
        "surveys",
        _text(_("Contactgegevens van een uitgenodigde van bevraging %(round)s gewijzigd")),
    ),
    "surveys.revoked": (
        "surveys",
        _text(_("Persoonlijke link van een uitgenodigde van bevraging %(round)s ingetrokken")),
    ),
    "surveys.restored": (
        "surveys",
        _text(_("Persoonlijke link van een uitgenodigde van bevraging %(round)s hersteld")),
    ),
    "surveys.identity_linked": (
        "answers",
        _text(_("Antwoorden van één uitgenodigde van bevraging %(round)s bekeken")),
    ),
    "rounds.respondent_deleted": (
        "answers",
        _text(_("Een respondent van ronde %(round)s op verzoek gewist")),
    ),
    "surveys.respondent_deleted": (
        "answers",
        _text(_("Een respondent van ronde %(round)s op verzoek gewist")),
    ),
    "instruments.session_started": (
        "instruments",
        _text(_("Groepssessie gestart voor %(network)s (%(held_on)s)")),
    ),
    "instruments.session_closed": ("instruments", _text(_("Groepssessie afgesloten"))),
}


@dataclass(frozen=True)
class Described:
    """One audit entry as a reader sees it."""

    when: datetime
    who: str
    kind: str
    kind_label: str
    text: str
    action: str


def _details(entry: AuditEntry) -> Mapping:
    data: defaultdict[str, object] = defaultdict(lambda: "?")
    data.update(entry.data or {})
    for key in ("role", "old"):
        if key in data:
            data[key] = _role(data[key])
    if "held_on" in data:
        data["held_on"] = _date(data["held_on"])
    return data


def _date(value: object) -> str:
    """An ISO date from the details, as the site writes dates (2 december 2026)."""
    try:
        return date_format(date.fromisoformat(str(value)), "j F Y")
    except ValueError:
        return str(value)


def kind_of(action: str) -> str:
    known = ACTIONS.get(action)
    if known:
        return known[0]
    part = action.split(".", 1)[0]
    return {"accounts": "account", "workspace": "workspace", "workspaces": "workspace"}.get(
        part, part if part in KINDS else "workspace"
    )


def sentence(action: str, data: Mapping) -> str:
    known = ACTIONS.get(action)
    if known is None:
        part = PARTS.get(action.split(".", 1)[0], _("de werkruimte"))
        return str(_("Een wijziging in %(part)s")) % {"part": part}
    try:
        return known[1](data)
    except (TypeError, ValueError):  # details of an older shape
        return str(KINDS[known[0]])


def who(entry: AuditEntry) -> str:
    return display_name(entry.user) if entry.user else str(_("het systeem"))


def described(entry: AuditEntry) -> Described:
    kind = kind_of(entry.action)
    return Described(
        when=entry.created,
        who=who(entry),
        kind=kind,
        kind_label=str(KINDS.get(kind, KINDS["workspace"])),
        text=sentence(entry.action, _details(entry)),
        action=entry.action,
    )


def actions_of_kind(kind: str) -> list[str]:
    """The known action ids of ``kind`` (for filtering the log in the database)."""
    return [action for action, (k, _sentence) in ACTIONS.items() if k == kind]


def entries_of(workspace: Workspace) -> QuerySet[AuditEntry]:
    """The workspace's audit log, newest first as the model orders it, with who did each."""
    return AuditEntry.objects.filter(workspace=workspace).select_related("user")
