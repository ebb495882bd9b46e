"""Register pages. Viewers see categories and aggregates only: never a name or a register id."""

from __future__ import annotations

import polars as pl
from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_safe

from netwerkkaart.apps.register import services
from netwerkkaart.apps.register.forms import ActorForm, ImportForm, MergeForm, SearchForm
from netwerkkaart.apps.register.models import SECTOR_CHOICES, Actor
from netwerkkaart.apps.register.template import template_workbook
from netwerkkaart.apps.workspaces.choices import vocab_language
from netwerkkaart.apps.workspaces.tenancy import require_role
from netwerkkaart.core.dataformat import DataFormatError
from netwerkkaart.core.dataformat.issues import ERROR
from netwerkkaart.core.vocab import normalise_key
from netwerkkaart.web.downloads import csv_response, xlsx_response
from netwerkkaart.web.uploads import refuse_if_too_large

PAGE_SIZE = 50

# Extra attributes with a known meaning, shown under a translated name ("neighbourhood" comes
# from the demo register); any other attribute is shown under the column name it was imported with.
ATTRIBUTE_LABELS = {
    "neighbourhood": gettext_lazy("wijk"),
    "wijk": gettext_lazy("wijk"),
}


def _search(request: HttpRequest, form: SearchForm):
    actors = services.active_actors(request.workspace)
    if not form.is_valid():
        return actors.none()
    query, sees_names = form.cleaned_data["q"].strip(), request.membership.sees_names
    if query:
        key = normalise_key(query)
        match = Q(search_text__contains=key)
        if (
            sees_names
        ):  # a viewer could find a name by searching for it: search names only for others
            match |= Q(name_key__contains=key) | Q(external_id__icontains=query)
        actors = actors.filter(match)
    for field in ("sector", "actor_type"):
        if form.cleaned_data[field]:
            actors = actors.filter(**{field: form.cleaned_data[field]})
    return actors.order_by("name", "pk") if sees_names else actors.order_by("category", "pk")


@require_role("viewer")
@require_safe
def actor_list(request: HttpRequest, workspace: str) -> HttpResponse:
    form = SearchForm(request.GET)
    page = Paginator(_search(request, form), PAGE_SIZE).get_page(request.GET.get("page"))
    counts = dict(
        services.active_actors(request.workspace)
        .values_list("sector")
        .annotate(n=Count("pk"))
        .values_list("sector", "n")
    )
    sectors = [(label, counts.get(code, 0)) for code, label in SECTOR_CHOICES]
    if counts.get(""):
        sectors.append((_("Geen sector"), counts[""]))
    query = request.GET.copy()
    query.pop("page", None)
    is_coordinator = request.membership.allows("coordinator")
    context = {
        "form": form,
        "page": page,
        "sectors": sectors,
        "total": sum(counts.values()),
        "query": query.urlencode(),
        "duplicates": services.duplicate_suggestions(request.workspace) if is_coordinator else [],
    }
    return render(request, "register/list.html", context)


def _export_frame(actors, sees_names: bool) -> pl.DataFrame:
    """The listed actors as the page shows them; a viewer gets no name or register id.

    E-mail address and contact person are for invitations only and never exported.
    """
    named = [_("Id in het register"), _("Naam")] if sees_names else []
    columns = [*named, _("Categorie"), _("Sector"), _("Type actor"), _("Locatie"),
               _("Werkgebied"), _("Medewerkers"), _("Cliënten per jaar")]  # fmt: skip
    rows = [
        [*([a.external_id, a.name] if sees_names else []), a.category, a.get_sector_display(),
         a.get_actor_type_display(), a.location, a.get_scope_display(), a.employees, a.clients]
        for a in actors
    ]  # fmt: skip
    schema = {c: pl.String for c in columns[:-2]} | {c: pl.Int64 for c in columns[-2:]}
    return pl.DataFrame(rows, schema=schema, orient="row")


@require_role("viewer")
@require_safe
def register_export(request: HttpRequest, workspace: str, fmt: str) -> HttpResponse:
    """The register as listed on the page (with its search and filters), as XLSX or CSV."""
    form = SearchForm(request.GET)
    frame = _export_frame(_search(request, form), request.membership.sees_names)
    name = f"register-{request.workspace.slug}"
    if fmt == "xlsx":
        return xlsx_response({_("Register"): frame}, f"{name}.xlsx")
    return csv_response(frame, f"{name}.csv")


@require_role("viewer")
@require_safe
def actor_detail(request: HttpRequest, workspace: str, pk: int) -> HttpResponse:
    actor = get_object_or_404(Actor, workspace=request.workspace, pk=pk)
    attributes = [
        (ATTRIBUTE_LABELS.get(key, key), value) for key, value in sorted(actor.attributes.items())
    ]
    return render(request, "register/detail.html", {"actor": actor, "attributes": attributes})


@require_role("coordinator")
def actor_create(request: HttpRequest, workspace: str) -> HttpResponse:
    form = ActorForm(request.POST or None, workspace=request.workspace)
    if request.method == "POST" and form.is_valid():
        actor = services.create_actor(request.workspace, request.user, form.cleaned_data)
        messages.success(request, _("De actor werd toegevoegd."))
        return redirect("register:detail", workspace=workspace, pk=actor.pk)
    return render(request, "register/form.html", {"form": form, "actor": None})


@require_role("coordinator")
def actor_edit(request: HttpRequest, workspace: str, pk: int) -> HttpResponse:
    actor = get_object_or_404(Actor, workspace=request.workspace, pk=pk)
    form = ActorForm(request.POST or None, instance=actor, workspace=request.workspace)
    if request.method == "POST" and form.is_valid():
        services.update_actor(actor, request.user, form.cleaned_data)
        messages.success(request, _("De wijzigingen werden bewaard."))
        return redirect("register:detail", workspace=workspace, pk=actor.pk)
    return render(request, "register/form.html", {"form": form, "actor": actor})


@require_role("coordinator")
def actor_merge(request: HttpRequest, workspace: str) -> HttpResponse:
    actors = services.active_actors(request.workspace).order_by("name", "pk")
    initial = {key: request.GET.get(key) for key in ("duplicate", "keep")}
    form = MergeForm(request.POST or None, actors=actors, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            keep = services.merge_actors(
                request.workspace, request.user, data["duplicate"], data["keep"]
            )
        except services.MergeError:
            form.add_error(None, _("Deze actoren kunnen niet samengevoegd worden."))
        else:
            messages.success(request, _("De actoren werden samengevoegd."))
            return redirect("register:detail", workspace=workspace, pk=keep.pk)
    return render(request, "register/merge.html", {"form": form})


def _issue_rows(issues: list, lang: str) -> list[dict[str, object]]:
    return [
        {
            "file": i.file,
            "row": i.row,
            "column": i.column,
            "value": i.value,
            "problem": i.message(lang),
        }
        for i in issues
    ]


@require_role("coordinator")
@require_safe
def register_template(request: HttpRequest, workspace: str) -> HttpResponse:
    """The XLSX template to fill the register in Excel, in the site's language."""
    response = HttpResponse(
        template_workbook(vocab_language()),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = 'attachment; filename="register-sjabloon.xlsx"'
    return response


@require_role("coordinator")
def actor_import(request: HttpRequest, workspace: str) -> HttpResponse:
    form = ImportForm(request.POST or None, request.FILES or None)
    context: dict[str, object] = {"form": form}
    too_large = request.method == "POST" and refuse_if_too_large(request, form, "file")
    if request.method == "POST" and not too_large and form.is_valid():
        upload = form.cleaned_data["file"]
        lang = vocab_language()
        try:
            result, warnings = services.import_register_file(
                request.workspace, request.user, upload.name, upload.read()
            )
        except DataFormatError as error:
            context["errors"] = _issue_rows([i for i in error.issues if i.severity == ERROR], lang)
            context["warnings"] = _issue_rows(
                [i for i in error.issues if i.severity != ERROR], lang
            )
            return render(request, "register/import.html", context)
        messages.success(
            request,
            _("Het register werd ingelezen: %(created)d nieuwe en %(updated)d bijgewerkte actoren.")
            % {"created": result.created, "updated": result.updated},
        )
        for warning in warnings:
            messages.warning(request, warning.message(lang))
        return redirect("register:list", workspace=workspace)
    return render(request, "register/import.html", context)
