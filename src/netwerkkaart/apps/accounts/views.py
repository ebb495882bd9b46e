"""Account pages: the first run, logging in, one's account, passwords, accepting an invitation."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model, login
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse, reverse_lazy
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods
from django_scopes import scopes_disabled

from netwerkkaart.apps.accounts import services
from netwerkkaart.apps.accounts.forms import FirstAdminForm, NewAccountForm, ProfileForm
from netwerkkaart.apps.accounts.models import Profile
from netwerkkaart.apps.workspaces.models import Membership

BACKEND = "django.contrib.auth.backends.ModelBackend"


def _with_language(response: HttpResponse, language: str) -> HttpResponse:
    """Open the site in ``language`` from now on (the language switch keeps working)."""
    if language:
        response.set_cookie(
            settings.LANGUAGE_COOKIE_NAME,
            language,
            max_age=365 * 24 * 3600,
            samesite="Lax",
            secure=settings.SESSION_COOKIE_SECURE,
        )
    return response


def first_run_needed() -> bool:
    return not get_user_model().objects.exists()


@require_http_methods(["GET", "HEAD", "POST"])
def setup(request: HttpRequest) -> HttpResponse:
    """The first-run page: only while the site has no account at all, it creates the first
    site administrator, then never shows again."""
    if not first_run_needed():
        raise Http404("the site has accounts")
    form = FirstAdminForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            user = services.create_first_admin(
                data["username"],
                data["email"],
                data["password1"],
                first_name=data["first_name"],
                last_name=data["last_name"],
            )
        except services.AccountError as error:  # someone else was first
            messages.error(request, error.message)
            return redirect("accounts:login")
        login(request, user, backend=BACKEND)
        messages.success(request, _("Welkom. U bent beheerder van deze site: maak een werkruimte."))
        return redirect("siteadmin:create")
    status = 400 if request.method == "POST" else 200
    return render(request, "accounts/setup.html", {"form": form}, status=status)


class LoginView(auth_views.LoginView):
    template_name = "accounts/login.html"
    redirect_authenticated_user = True

    def dispatch(self, request, *args, **kwargs):
        if first_run_needed():
            return redirect("accounts:setup")
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form):
        response = super().form_valid(form)
        return _with_language(response, services.language_of(form.get_user(), ""))


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def account(request: HttpRequest) -> HttpResponse:
    user = request.user
    profile = Profile.objects.filter(user=user).first()
    initial = {
        "first_name": user.first_name,
        "last_name": user.last_name,
        "email": user.email,
        "language": profile.language if profile else "",
    }
    form = ProfileForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.update_profile(user, **form.cleaned_data)
        except services.AccountError as error:
            form.add_error("email", error.message)
        else:
            messages.success(request, _("Uw gegevens zijn bewaard."))
            return _with_language(redirect("accounts:account"), form.cleaned_data["language"])
    with scopes_disabled():
        memberships = list(
            Membership.objects.filter(user=user)
            .select_related("workspace")
            .order_by("workspace__name")
        )
    context = {"form": form, "memberships": memberships}
    return render(request, "accounts/account.html", context, status=400 if form.errors else 200)


class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "accounts/password_change.html"
    success_url = reverse_lazy("accounts:account")

    def form_valid(self, form):
        response = super().form_valid(form)
        services.log_password_change(self.request.user, reset=False)
        messages.success(self.request, _("Uw wachtwoord is gewijzigd."))
        return response


class PasswordResetView(auth_views.PasswordResetView):
    template_name = "accounts/password_reset.html"
    email_template_name = "accounts/mail/password_reset_email.txt"
    subject_template_name = "accounts/mail/password_reset_subject.txt"
    success_url = reverse_lazy("accounts:password_reset_sent")

    def form_valid(self, form):
        self.extra_email_context = {"site_url": getattr(settings, "SITE_URL", "")}
        services.log_password_reset_requested(form.cleaned_data["email"])
        return super().form_valid(form)


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "accounts/password_reset_confirm.html"
    success_url = reverse_lazy("accounts:password_reset_done")

    def form_valid(self, form):
        response = super().form_valid(form)
        services.log_password_change(form.user, reset=True)
        # Whoever can read the account's mail may log in again at once, lock-out or not.
        services.lift_login_lock(form.user)
        return response


@require_http_methods(["GET", "HEAD", "POST"])
def invitation(request: HttpRequest, token: str) -> HttpResponse:
    """An invitation's link: set a password for a new account, or join with one's own."""
    try:
        found = services.resolve(token)
    except services.AccountError as error:
        return render(request, "accounts/invitation_problem.html", {"problem": error.message})
    existing = services.user_with_email(found.email)
    context = {"invitation": found, "workspace": None, "invited_workspace": found.workspace}
    if existing is not None or request.user.is_authenticated:
        return _join_with_account(request, token, found, existing, context)
    form = NewAccountForm(request.POST or None, email=found.email)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            user, membership = services.accept_with_new_account(
                token,
                first_name=data["first_name"],
                last_name=data["last_name"],
                password=data["password1"],
            )
        except ValidationError as error:
            form.add_error("password1", error)
        except services.AccountError as error:
            return render(request, "accounts/invitation_problem.html", {"problem": error.message})
        else:
            login(request, user, backend=BACKEND)
            return _joined(request, membership)
    context["form"] = form
    status = 400 if form.errors else 200
    return render(request, "accounts/invitation_new.html", context, status=status)


def _join_with_account(request, token, found, existing, context) -> HttpResponse:
    context["existing"] = existing
    if not request.user.is_authenticated:
        context["login_url"] = reverse("accounts:login") + "?next=" + request.path
        return render(request, "accounts/invitation_login.html", context)
    if request.method == "POST":
        try:
            membership = services.accept_with_account(token, request.user)
        except services.AccountError as error:
            messages.error(request, error.message)
        else:
            return _joined(request, membership)
    mismatch = (request.user.email or "").casefold() != found.email.casefold()
    context["mismatch"] = mismatch
    return render(request, "accounts/invitation_join.html", context)


def _joined(request: HttpRequest, membership: Membership) -> HttpResponse:
    messages.success(
        request,
        _("Welkom in %(workspace)s. Uw rol: %(role)s.")
        % {"workspace": membership.workspace.name, "role": membership.get_role_display()},
    )
    return redirect("home:workspace", workspace=membership.workspace.slug)
