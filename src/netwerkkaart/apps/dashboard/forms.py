"""The dashboard's filter: a location and a sector, chosen among those of the round."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from netwerkkaart.core import vocab


class FilterForm(forms.Form):
    location = forms.ChoiceField(label=_("Locatie"), required=False)
    sector = forms.ChoiceField(label=_("Sector"), required=False)

    def __init__(self, data, *, locations: list[str], sectors: list[str], lang: str):
        super().__init__(data)
        self.fields["location"].choices = [("", _("Alle locaties"))] + [
            (loc, loc) for loc in locations
        ]
        self.fields["sector"].choices = [("", _("Alle sectoren"))] + [
            (code, vocab.SECTOR.label(code, lang)) for code in sectors
        ]

    def selection(self) -> tuple[str | None, str | None]:
        """The chosen location and sector (``None``: all); all when the input was not valid."""
        if not self.is_valid():
            return None, None
        return self.cleaned_data["location"] or None, self.cleaned_data["sector"] or None
