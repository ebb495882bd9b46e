from __future__ import annotations

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from netwerkkaart.apps.workspaces.choices import vocab_language
from netwerkkaart.core.reflection import builtin_ids, builtin_instrument
from netwerkkaart.web.widgets import DateInput


def instrument_choices() -> list[tuple[str, str]]:
    lang = vocab_language()
    return sorted(((i, builtin_instrument(i).title.get(lang)) for i in builtin_ids()),
                  key=lambda choice: choice[1])  # fmt: skip


class StartSessionForm(forms.Form):
    instrument = forms.ChoiceField(label=_("Instrument"), choices=())
    network = forms.CharField(
        label=_("Netwerk of groep"), max_length=200,
        help_text=_("Bijvoorbeeld: zorgraad Dender-Zuid, netwerk Leefhoek."),
    )  # fmt: skip
    held_on = forms.DateField(label=_("Datum"), widget=DateInput(), initial=timezone.localdate)

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.fields["instrument"].choices = instrument_choices()
