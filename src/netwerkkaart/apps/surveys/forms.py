"""Forms of the coordinator's survey pages. They parse input; the services do the work."""

from __future__ import annotations

from django import forms
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from netwerkkaart.apps.workspaces.choices import vocab_language
from netwerkkaart.core.questionnaire import builtin_definition
from netwerkkaart.web.widgets import DateInput

OWN_QUESTION_SLOTS = 5
OWN_TYPES = [
    ("single_choice", _("Eén antwoord kiezen")),
    ("multi_choice", _("Meerdere antwoorden kiezen")),
    ("likert", _("Schaal van 1 tot 5")),
    ("yes_no", _("Ja of nee")),
    ("text", _("Open antwoord")),
]
REPEAT_CHOICES = [
    ("once", _("Eén keer")),
    ("per_partner", _("Voor elke partner")),
]


def optional_section_choices(base: str) -> list[tuple[str, str]]:
    """The blocks asked unless switched off."""
    definition = builtin_definition(base)
    lang = vocab_language()
    return [(s.id, s.title.get(lang)) for s in definition.sections if s.optional and not s.opt_in]


# What a coordinator reads for each opt-in block (the respondent sees the block's own title).
SCALE_LABELS = {
    "samenwerkingsniveau": _("Niveau van samenwerking (Frey e.a. 2006): één vraag per partner, "
                             "van 0 (geen contact) tot 5 (volledige samenwerking)"),
    "relationele_coordinatie": _("Relationele coördinatie (Gittell 2006, 2011): zeven vragen per "
                                 "partner over communicatie, doelen, kennis en respect, elk van 1 "
                                 "tot 5"),
}  # fmt: skip


def opt_in_section_choices(base: str) -> list[tuple[str, str]]:
    """The blocks asked only when switched on: the validated tie-quality scales."""
    definition = builtin_definition(base)
    lang = vocab_language()
    choices = []
    for section in definition.sections:
        if section.opt_in:
            choices.append((section.id, SCALE_LABELS.get(section.id) or section.title.get(lang)))
    return choices


class QuestionnaireForm(forms.Form):
    """Which optional blocks to ask, and up to five own questions."""

    def __init__(self, *args: object, base: str, **kwargs: object):
        super().__init__(*args, **kwargs)
        self.fields["sections"] = forms.MultipleChoiceField(
            label=_("Optionele blokken die gevraagd worden"),
            choices=optional_section_choices(base),
            widget=forms.CheckboxSelectMultiple,
            required=False,
        )
        self.fields["scales"] = forms.MultipleChoiceField(
            label=_("Gevalideerde schalen per partner (staan uit tot u ze aanzet)"),
            choices=opt_in_section_choices(base),
            widget=forms.CheckboxSelectMultiple,
            required=False,
        )
        for index in range(1, OWN_QUESTION_SLOTS + 1):
            self.fields[f"own_{index}_label_nl"] = forms.CharField(
                label=_("Eigen vraag %(n)s (Nederlands)") % {"n": index},
                max_length=300,
                required=False,
            )
            self.fields[f"own_{index}_label_en"] = forms.CharField(
                label=_("Eigen vraag %(n)s (Engels, mag leeg)") % {"n": index},
                max_length=300,
                required=False,
            )
            self.fields[f"own_{index}_type"] = forms.ChoiceField(
                label=_("Soort antwoord"), choices=OWN_TYPES, initial="single_choice"
            )
            self.fields[f"own_{index}_repeat"] = forms.ChoiceField(
                label=_("Gevraagd"), choices=REPEAT_CHOICES, initial="once"
            )
            self.fields[f"own_{index}_options"] = forms.CharField(
                label=_("Antwoordmogelijkheden, één per regel"),
                widget=forms.Textarea(attrs={"rows": 3}),
                required=False,
            )

    def slots(self) -> list[list[forms.BoundField]]:
        names = ("label_nl", "label_en", "type", "repeat", "options")
        return [
            [self[f"own_{index}_{name}"] for name in names]
            for index in range(1, OWN_QUESTION_SLOTS + 1)
        ]

    def clean(self) -> dict:
        data = super().clean()
        own = []
        for index in range(1, OWN_QUESTION_SLOTS + 1):
            label = (data.get(f"own_{index}_label_nl") or "").strip()
            if not label:
                continue
            kind = data.get(f"own_{index}_type") or "text"
            lines = [
                line.strip()
                for line in (data.get(f"own_{index}_options") or "").splitlines()
                if line.strip()
            ]
            if kind in ("single_choice", "multi_choice") and len(lines) < 2:
                self.add_error(
                    f"own_{index}_options", _("Geef minstens twee antwoordmogelijkheden.")
                )
                continue
            double = _same_code(lines) if kind in ("single_choice", "multi_choice") else None
            if double:
                same = _("Twee antwoordmogelijkheden zijn gelijk: '%(first)s' en '%(second)s'.")
                self.add_error(
                    f"own_{index}_options", same % {"first": double[0], "second": double[1]}
                )
                continue
            question = {
                "id": f"eigen_{index}",
                "type": kind,
                "label": {"nl": label, "en": (data.get(f"own_{index}_label_en") or "").strip()
                          or label},
                "repeat": data.get(f"own_{index}_repeat") or "once",
            }  # fmt: skip
            if kind in ("single_choice", "multi_choice"):
                question["options"] = [
                    {"code": code, "label": {"nl": line, "en": line}}
                    for code, line in zip(_option_codes(lines), lines, strict=True)
                ]
            own.append(question)
        data["own_questions"] = own
        return data

    @staticmethod
    def initial_for(
        disabled: list[str], own: list[dict], base: str, enabled: list[str] = ()
    ) -> dict:
        initial: dict[str, object] = {
            "sections": [c for c, _label in optional_section_choices(base) if c not in disabled],
            "scales": [c for c, _label in opt_in_section_choices(base) if c in enabled],
        }
        for index, question in enumerate(own, start=1):
            initial[f"own_{index}_label_nl"] = question["label"]["nl"]
            initial[f"own_{index}_label_en"] = question["label"].get("en", "")
            initial[f"own_{index}_type"] = question["type"]
            initial[f"own_{index}_repeat"] = question.get("repeat", "once")
            initial[f"own_{index}_options"] = "\n".join(
                option["label"]["nl"] for option in question.get("options", [])
            )
        return initial


def _option_codes(lines: list[str]) -> list[str]:
    return [slugify(line)[:40] or f"optie_{n}" for n, line in enumerate(lines, start=1)]


def _same_code(lines: list[str]) -> tuple[str, str] | None:
    """Two options that would get the same code (``Ja`` and ``ja``), or ``None``."""
    seen: dict[str, str] = {}
    for code, line in zip(_option_codes(lines), lines, strict=True):
        if code in seen:
            return seen[code], line
        seen[code] = line
    return None


class OpenSurveyForm(forms.Form):
    code = forms.CharField(
        label=_("Code van de ronde"), max_length=40, help_text=_("Bijvoorbeeld 2027.")
    )
    label = forms.CharField(label=_("Naam"), max_length=200, required=False)
    opened = forms.DateField(label=_("Start"), widget=DateInput(), required=False)
    deadline = forms.DateField(
        label=_("Antwoorden tot en met"),
        widget=DateInput(),
        required=False,
    )

    def clean(self) -> dict:
        data = super().clean()
        opened, deadline = data.get("opened"), data.get("deadline")
        if opened and deadline and deadline < opened:
            self.add_error("deadline", _("De einddatum ligt voor de startdatum."))
        return data


class ContactForm(forms.Form):
    contact_name = forms.CharField(label=_("Contactpersoon"), max_length=200, required=False)
    email = forms.EmailField(label=_("E-mailadres"), required=False)


class InviteForm(forms.Form):
    actors = forms.MultipleChoiceField(
        label=_("Actoren"),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        # Chosen on a page shown earlier, while someone invited the actor since (or merged it).
        error_messages={
            "invalid_choice": _(
                "Een gekozen actor is intussen al uitgenodigd of staat niet meer in het register. "
                "Er werd niemand uitgenodigd; kies opnieuw."
            )
        },
    )

    def __init__(self, *args: object, choices: list[tuple[str, str]], **kwargs: object):
        super().__init__(*args, **kwargs)
        self.fields["actors"].choices = choices


class SendForm(forms.Form):
    kind = forms.ChoiceField(
        choices=[("invite", _("uitnodigingen")), ("remind", _("herinneringen"))]
    )


class DatesForm(forms.Form):
    label = forms.CharField(label=_("Naam"), max_length=200, required=False)
    deadline = forms.DateField(
        label=_("Antwoorden tot en met"),
        widget=DateInput(),
        required=False,
    )
