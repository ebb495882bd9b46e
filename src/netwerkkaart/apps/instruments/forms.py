from __future__ import annotations

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from netwerkkaart.apps.workspaces.choices import vocab_language
from netwerkkaart.core.reflection import builtin_ids, builtin_instrument
from netwerkkaart.core.reflection.purposes import PURPOSES
from netwerkkaart.web.widgets import DateInput


def instrument_choices() -> list[tuple[str, str]]:
    lang = vocab_language()
    return sorted(((i, builtin_instrument(i).title.get(lang)) for i in builtin_ids()),
                  key=lambda choice: choice[1])  # fmt: skip


def instrument_groups() -> list[dict[str, object]]:
    """The instruments by purpose (in the purposes' order), each with its one line on when to use
    it; within a group by title."""
    lang = vocab_language()
    instruments = [builtin_instrument(i) for i in builtin_ids()]
    groups = []
    for purpose, label in PURPOSES.items():
        members = sorted(
            (i for i in instruments if i.purpose == purpose), key=lambda i: i.title.get(lang)
        )
        if members:
            groups.append({
                "id": purpose,
                "label": label.get(lang),
                "instruments": [
                    {"id": i.id, "title": i.title.get(lang), "when": i.when_to_use.get(lang)}
                    for i in members
                ],
            })  # fmt: skip
    return groups


class StartSessionForm(forms.Form):
    instrument = forms.ChoiceField(
        label=_("Instrument"), choices=(), widget=forms.RadioSelect,
        error_messages={"required": _("Kies een instrument.")},
    )  # fmt: skip
    network = forms.CharField(
        label=_("Netwerk of groep"), max_length=200,
        help_text=_("Bijvoorbeeld: zorgraad Dender-Zuid, netwerk Leefhoek."),
    )  # fmt: skip
    held_on = forms.DateField(label=_("Datum"), widget=DateInput(), initial=timezone.localdate)

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.fields["instrument"].choices = instrument_choices()
