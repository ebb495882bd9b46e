from django.urls import path

from netwerkkaart.apps.workspaces import views

app_name = "workspaces"

urlpatterns = [
    path("", views.workspace_list, name="list"),
    path("w/<slug:workspace>/", views.workspace_home, name="home"),
]
