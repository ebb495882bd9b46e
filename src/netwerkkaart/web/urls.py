"""Root URLs. Workspace pages live under ``/w/<workspace>/`` (see the tenancy middleware)."""

from django.urls import include, path

urlpatterns = [
    path("i18n/", include("django.conf.urls.i18n")),
    path("accounts/", include("netwerkkaart.apps.accounts.urls")),
    path("w/<slug:workspace>/register/", include("netwerkkaart.apps.register.urls")),
    path("w/<slug:workspace>/rounds/", include("netwerkkaart.apps.rounds.urls")),
    path("w/<slug:workspace>/dashboard/", include("netwerkkaart.apps.dashboard.urls")),
    path("w/<slug:workspace>/map/", include("netwerkkaart.apps.networkmap.urls")),
    path("", include("netwerkkaart.apps.workspaces.urls")),
]
