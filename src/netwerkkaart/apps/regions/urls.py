from django.urls import path

from netwerkkaart.apps.regions import views

app_name = "regions"

urlpatterns = [
    path("", views.latest, name="latest"),
    path("opladen/", views.upload, name="upload"),
    path("<int:job_id>/", views.detail, name="detail"),
    path("<int:job_id>/status.json", views.job_status, name="status"),
    path("<int:job_id>/verwijderen/", views.delete, name="delete"),
    path("<int:job_id>/regios.pdf", views.report_pdf, name="pdf"),
    path("<int:job_id>/regios.xlsx", views.report_xlsx, name="xlsx"),
]
