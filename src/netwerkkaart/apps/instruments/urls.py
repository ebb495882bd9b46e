from django.urls import path

from netwerkkaart.apps.instruments import views

app_name = "instruments"

urlpatterns = [
    path("", views.session_list, name="list"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/resultaten/", views.results, name="results"),
    path("<int:pk>/sluiten/", views.close, name="close"),
    path("<int:pk>/resultaten.xlsx", views.export_xlsx, name="xlsx"),
    path("<int:pk>/resultaten.pdf", views.export_pdf, name="pdf"),
]
