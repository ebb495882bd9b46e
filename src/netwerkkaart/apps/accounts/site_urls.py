"""The site administrators' pages, under ``/site/``."""

from django.urls import path

from netwerkkaart.apps.accounts import siteadmin

app_name = "siteadmin"

urlpatterns = [
    path("", siteadmin.workspace_list, name="list"),
    path("new/", siteadmin.workspace_create, name="create"),
    path("<slug:slug>/", siteadmin.workspace_detail, name="detail"),
    path(
        "<slug:slug>/invitations/<int:pk>/resend/",
        siteadmin.invitation_resend,
        name="resend",
    ),
    path(
        "<slug:slug>/invitations/<int:pk>/withdraw/",
        siteadmin.invitation_withdraw,
        name="withdraw",
    ),
]
