from django.urls import path

from netwerkkaart.apps.dashboard import views

app_name = "dashboard"

urlpatterns = [
    path("", views.latest, name="latest"),
    path("<str:code>/", views.round_dashboard, name="round"),
    path("<str:code>/percepties/", views.perception_pairs, name="perception_pairs"),
    path(
        "<str:code>/percepties/instelling/",
        views.perception_pairs_setting,
        name="perception_pairs_setting",
    ),
]
