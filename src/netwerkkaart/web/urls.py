"""Root URLs. Workspace pages live under ``/w/<workspace>/`` (see the tenancy middleware)."""

from django.http import HttpRequest, HttpResponse
from django.urls import include, path
from django.views.decorators.http import require_safe


@require_safe
def health(request: HttpRequest) -> HttpResponse:
    """Liveness check for a load balancer or monitor; also the bare baseline of the benchmarks."""
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [
    path("healthz", health, name="health"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("accounts/", include("netwerkkaart.apps.accounts.urls")),
    path("site/", include("netwerkkaart.apps.accounts.site_urls")),
    path("w/<slug:workspace>/members/", include("netwerkkaart.apps.accounts.member_urls")),
    path("help/", include("netwerkkaart.apps.help.urls")),
    path("w/<slug:workspace>/register/", include("netwerkkaart.apps.register.urls")),
    path("w/<slug:workspace>/rounds/", include("netwerkkaart.apps.rounds.urls")),
    path("w/<slug:workspace>/dashboard/", include("netwerkkaart.apps.dashboard.urls")),
    path("w/<slug:workspace>/map/", include("netwerkkaart.apps.networkmap.urls")),
    path("w/<slug:workspace>/reports/", include("netwerkkaart.apps.reports.urls")),
    path("w/<slug:workspace>/aanbevelingen/", include("netwerkkaart.apps.advice.urls")),
    path("w/<slug:workspace>/regios/", include("netwerkkaart.apps.regions.urls")),
    path("w/<slug:workspace>/instrumenten/", include("netwerkkaart.apps.instruments.urls")),
    path("", include(("netwerkkaart.apps.instruments.participate_urls", "instruments_public"))),
    path("", include("netwerkkaart.apps.surveys.urls")),
    path("", include("netwerkkaart.apps.workspaces.urls")),
    path("", include("netwerkkaart.apps.home.urls")),
]
