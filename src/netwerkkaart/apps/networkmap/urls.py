from django.urls import path

from netwerkkaart.apps.networkmap import views

app_name = "networkmap"

urlpatterns = [
    path("", views.latest, name="latest"),
    path("<str:code>/", views.round_map, name="round"),
    path("<str:code>/graph.json", views.graph_data, name="graph"),
    path("<str:code>/actor/<int:index>/", views.actor_profile, name="profile"),
]
