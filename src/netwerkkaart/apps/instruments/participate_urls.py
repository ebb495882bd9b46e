from django.urls import path

from netwerkkaart.apps.instruments import participate

# Under /i/ (no workspace in the URL: participants have no account; the key finds the session).
urlpatterns = [
    path("i/<str:key>/", participate.join, name="join"),
    path("i/<str:key>/antwoorden/", participate.answer, name="answer"),
]
