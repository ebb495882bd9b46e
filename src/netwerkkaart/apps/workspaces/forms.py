"""The audit page's filter: kind of action, person, period."""

from __future__ import annotations

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from netwerkkaart.apps.workspaces.audit import KINDS
from netwerkkaart.apps.workspaces.services import display_name

ISO_DATE = "%Y-%m-%d"


class DateField(forms.DateField):
    """A date the browser's date picker understands (ISO in the HTML, whatever the language)."""

    widget = forms.DateInput(format=ISO_DATE, attrs={"type": "date"})
    input_formats = [ISO_DATE, "%d-%m-%Y", "%d/%m/%Y"]


class AuditFilterForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("Soort handeling"),
        required=False,
        choices=[("", _("alle")), *((k, v) for k, v in KINDS.items() if k != "account")],
    )
    person = forms.TypedChoiceField(
        label=_("Persoon"), required=False, coerce=int, empty_value=None
    )
    start = DateField(label=_("Van"), required=False)
    end = DateField(label=_("Tot en met"), required=False)

    def __init__(self, *args, people, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["person"].choices = [("", _("iedereen"))] + [
            (user.pk, display_name(user)) for user in people
        ]

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end and start > end:
            self.add_error("end", _("Het einde van de periode ligt voor het begin."))
        return cleaned


def people_in_log(workspace, entries) -> list:
    """Everyone who appears in the log of ``workspace``, by name."""
    ids = set(entries.exclude(user__isnull=True).values_list("user", flat=True).distinct())
    people = list(get_user_model().objects.filter(pk__in=ids))
    return sorted(people, key=lambda user: display_name(user).casefold())
