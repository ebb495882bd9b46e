from django.urls import path

from netwerkkaart.apps.networkmap import views

app_name = "networkmap"

urlpatterns = [
    path("", views.latest, name="latest"),
    path("<str:code>/", views.round_map, name="round"),
]
