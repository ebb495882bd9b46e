"""Forms of accounts, invitations and the site administration, with labels and help texts."""

from __future__ import annotations

from django import forms
from django.contrib.auth import get_user_model, password_validation
from django.utils.translation import gettext_lazy as _

from netwerkkaart.apps.workspaces.models import Language, Role, Workspace, min_group_floor
from netwerkkaart.apps.workspaces.services import clean_locations

ROLE_HELP = _(
    "Coördinator: beheert de werkruimte, het register, de bevragingen en de leden. "
    "Analist: leest alle cijfers en namen. Lezer: ziet cijfers en categorieën, nooit namen."
)


class PasswordPairMixin(forms.Form):
    """Two password fields, checked against each other and Django's password validators."""

    password1 = forms.CharField(
        label=_("Wachtwoord"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=_("Minstens 8 tekens, niet te gewoon, niet alleen cijfers en niet uw naam."),
    )
    password2 = forms.CharField(
        label=_("Wachtwoord nog eens"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def user_for_validation(self):
        raise NotImplementedError

    def clean(self):
        cleaned = super().clean()
        first, second = cleaned.get("password1"), cleaned.get("password2")
        if first and second and first != second:
            self.add_error("password2", _("De twee wachtwoorden zijn niet gelijk."))
        elif first:
            try:
                password_validation.validate_password(first, self.user_for_validation())
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return cleaned


class FirstAdminForm(PasswordPairMixin):
    username = forms.CharField(
        label=_("Gebruikersnaam"),
        max_length=150,
        help_text=_("Hiermee meldt u zich aan, bijvoorbeeld uw e-mailadres."),
    )
    email = forms.EmailField(
        label=_("E-mailadres"), help_text=_("Voor een nieuw wachtwoord als u het vergeet.")
    )
    first_name = forms.CharField(label=_("Voornaam"), max_length=150, required=False)
    last_name = forms.CharField(label=_("Achternaam"), max_length=150, required=False)

    field_order = ["username", "email", "first_name", "last_name", "password1", "password2"]

    def clean_username(self):
        username = self.cleaned_data["username"].strip()
        get_user_model().username_validator(username)
        return username

    def user_for_validation(self):
        data = self.cleaned_data
        return get_user_model()(
            username=data.get("username", ""),
            email=data.get("email", ""),
            first_name=data.get("first_name", ""),
            last_name=data.get("last_name", ""),
        )


class NewAccountForm(PasswordPairMixin):
    """An invited person's new account: a name and a password (the e-mail is the invitation's)."""

    first_name = forms.CharField(label=_("Voornaam"), max_length=150)
    last_name = forms.CharField(label=_("Achternaam"), max_length=150)

    field_order = ["first_name", "last_name", "password1", "password2"]

    def __init__(self, *args, email: str, **kwargs):
        self.email = email
        super().__init__(*args, **kwargs)

    def user_for_validation(self):
        data = self.cleaned_data
        return get_user_model()(
            username=self.email.lower(),
            email=self.email,
            first_name=data.get("first_name", ""),
            last_name=data.get("last_name", ""),
        )


class ProfileForm(forms.Form):
    first_name = forms.CharField(label=_("Voornaam"), max_length=150, required=False)
    last_name = forms.CharField(label=_("Achternaam"), max_length=150, required=False)
    email = forms.EmailField(
        label=_("E-mailadres"),
        help_text=_("Uitnodigingen en een nieuw wachtwoord komen op dit adres toe."),
    )
    language = forms.ChoiceField(
        label=_("Taal"),
        choices=[("", _("zoals de browser")), *Language.choices],
        required=False,
        help_text=_("De taal waarin de site opent nadat u zich aanmeldt."),
    )


class InvitationForm(forms.Form):
    email = forms.EmailField(
        label=_("E-mailadres"),
        help_text=_("De persoon krijgt een persoonlijke link die een beperkte tijd geldig is."),
    )
    role = forms.ChoiceField(
        label=_("Rol"), choices=Role.choices, initial=Role.VIEWER, help_text=ROLE_HELP
    )


class RoleForm(forms.Form):
    role = forms.ChoiceField(label=_("Rol"), choices=Role.choices)


class WorkspaceForm(forms.ModelForm):
    """A workspace's settings; the minimum group never below the site's floor."""

    locations_text = forms.CharField(
        label=_("Gemeenten of locaties"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Eén per regel (of gescheiden door komma's), bijvoorbeeld Gemeentegem."),
    )

    class Meta:
        model = Workspace
        fields = ["name", "slug", "description", "min_group", "language"]
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}

    field_order = ["name", "slug", "description", "locations_text", "min_group", "language"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        floor = min_group_floor()
        self.fields["min_group"].widget.attrs["min"] = floor
        self.fields["min_group"].help_text = _(
            "Geen enkel cijfer over minder respondenten dan dit aantal wordt getoond. Op deze "
            "site minstens %(floor)s."
        ) % {"floor": floor}
        if self.instance.pk:
            self.fields["locations_text"].initial = "\n".join(self.instance.locations)
            del self.fields["slug"]  # links and bookmarks carry it: it stays

    def clean_locations_text(self) -> list[str]:
        return clean_locations(self.cleaned_data.get("locations_text", ""))


class NewWorkspaceForm(WorkspaceForm):
    coordinator_email = forms.EmailField(
        label=_("E-mailadres van de eerste coördinator"),
        required=False,
        help_text=_(
            "Krijgt een uitnodiging als coördinator; die nodigt daarna zelf de anderen uit. "
            "U kunt dit ook later doen."
        ),
    )
