from django.urls import path

from netwerkkaart.apps.home import views

app_name = "home"

urlpatterns = [
    path("w/<slug:workspace>/", views.workspace_home, name="workspace"),
    path("w/<slug:workspace>/remind/<str:code>/", views.remind, name="remind"),
]
