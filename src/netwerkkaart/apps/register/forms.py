"""Forms of the register: every field labelled, every message in Dutch (translated by gettext)."""

from __future__ import annotations

from django import forms
from django.core.validators import FileExtensionValidator
from django.utils.translation import gettext_lazy as _

from netwerkkaart.apps.register.importing import ALLOWED_SUFFIXES
from netwerkkaart.apps.register.models import ACTOR_TYPE_CHOICES, SECTOR_CHOICES, Actor
from netwerkkaart.apps.workspaces.models import Workspace

MAX_UPLOAD_BYTES = 20 * 1024 * 1024


class ActorForm(forms.ModelForm):
    class Meta:
        model = Actor
        fields = [
            "external_id",
            "name",
            "actor_type",
            "sector",
            "category",
            "location",
            "scope",
            "employees",
            "clients",
            "email",
            "contact_name",
        ]

    def __init__(self, *args: object, workspace: Workspace, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.workspace = workspace

    def clean_external_id(self) -> str:
        external_id = self.cleaned_data["external_id"].strip()
        taken = Actor.objects.filter(workspace=self.workspace, external_id=external_id)
        if self.instance.pk is not None:
            taken = taken.exclude(pk=self.instance.pk)
        if taken.exists():
            raise forms.ValidationError(
                _("Er staat al een actor met id %(id)s in dit register."),
                code="duplicate_id",
                params={"id": external_id},
            )
        return external_id


class ActorChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Actor) -> str:
        return f"{obj.name} ({obj.external_id})"


class MergeForm(forms.Form):
    duplicate = ActorChoiceField(
        label=_("Dubbele actor"),
        queryset=Actor.objects.none(),
        help_text=_("Deze actor verdwijnt uit het register, maar blijft bewaard."),
    )
    keep = ActorChoiceField(
        label=_("Actor die blijft"),
        queryset=Actor.objects.none(),
        help_text=_("Deze actor neemt de ontbrekende gegevens van de dubbele actor over."),
    )

    def __init__(self, *args: object, actors, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.fields["duplicate"].queryset = actors
        self.fields["keep"].queryset = actors

    def clean(self) -> dict:
        data = super().clean()
        duplicate, keep = data.get("duplicate"), data.get("keep")
        if duplicate is not None and duplicate == keep:
            raise forms.ValidationError(
                _("Kies twee verschillende actoren: een actor kan niet met zichzelf samengaan."),
                code="same_actor",
            )
        return data


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("Registerbestand"),
        help_text=_(
            "Het ingevulde sjabloon, een actors.csv of een Excel-bestand met een blad 'actors'."
        ),
        validators=[
            FileExtensionValidator(
                [suffix.lstrip(".") for suffix in ALLOWED_SUFFIXES],
                message=_("Kies een .csv- of .xlsx-bestand."),
            )
        ],
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(
                _("Het bestand is te groot (meer dan %(limit)s MB)."),
                code="too_large",
                params={"limit": MAX_UPLOAD_BYTES // (1024 * 1024)},
            )
        return upload


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Zoeken"), required=False, max_length=200)
    sector = forms.ChoiceField(
        label=_("Sector"),
        required=False,
        choices=[("", _("Alle sectoren")), *SECTOR_CHOICES],
    )
    actor_type = forms.ChoiceField(
        label=_("Type actor"),
        required=False,
        choices=[("", _("Alle types")), *ACTOR_TYPE_CHOICES],
    )
