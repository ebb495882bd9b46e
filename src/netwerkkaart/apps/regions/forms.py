"""The upload form of the region files."""

from __future__ import annotations

from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _

from netwerkkaart.apps.rounds.forms import MultipleFileField, MultipleFileInput
from netwerkkaart.core.regions.reader import FILENAMES


class RegionUploadForm(forms.Form):
    files = MultipleFileField(
        label=_("Regiobestanden"),
        widget=MultipleFileInput(attrs={"accept": ".csv,.zip,.geojson,.json"}),
        help_text=_(
            "municipalities.csv (of municipalities.geojson), neighbours.csv, offer.csv (of "
            "actors.csv met products.csv), demand_types.csv en eventueel demand.csv; of één .zip "
            "met die bestanden."
        ),
    )
    demand_types = forms.CharField(
        label=_("Enkel deze zorgvragen"),
        required=False,
        max_length=500,
        help_text=_("Leeg: alle zorgvragen. Anders hun codes, gescheiden door komma's."),
    )
    time_limit = forms.IntegerField(
        label=_("Rekentijd voor de indeling (seconden)"),
        min_value=5,
        max_value=600,
        initial=60,
        help_text=_("Hoe lang de solver mag zoeken naar zoveel mogelijk volledige regio's."),
    )

    def clean_files(self) -> list[UploadedFile]:
        files = self.cleaned_data["files"]
        allowed = (*FILENAMES, "")
        for upload in files:
            name = upload.name.rsplit("/", 1)[-1].lower()
            if not (name.endswith(".zip") or name in allowed):
                raise forms.ValidationError(
                    _("'%(name)s' is geen regiobestand. Gekend: %(known)s, of een .zip.")
                    % {"name": upload.name, "known": ", ".join(FILENAMES)}
                )
        return files

    def chosen_demand_types(self) -> list[str]:
        raw = self.cleaned_data.get("demand_types") or ""
        return [part.strip() for part in raw.split(",") if part.strip()]
