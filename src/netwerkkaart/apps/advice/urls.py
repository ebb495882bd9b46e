from django.urls import path

from netwerkkaart.apps.advice import views

app_name = "advice"

urlpatterns = [
    path("", views.latest, name="latest"),
    path("<str:code>/", views.round_advice, name="round"),
]
