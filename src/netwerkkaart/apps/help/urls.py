"""Help pages: the user guide, open to everyone (no account, no workspace)."""

from django.urls import path

from netwerkkaart.apps.help import views

app_name = "help"

urlpatterns = [
    path("", views.index, name="index"),
    path("<slug:slug>/", views.page, name="page"),
]
