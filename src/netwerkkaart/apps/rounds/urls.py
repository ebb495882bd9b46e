from django.urls import path

from netwerkkaart.apps.rounds import views

app_name = "rounds"

urlpatterns = [
    path("", views.round_list, name="list"),
    path("import/", views.import_upload, name="import"),
    path("import/<int:job_id>/", views.import_job, name="job"),
    path("import/<int:job_id>/status.json", views.import_job_status, name="job_status"),
    path("<str:code>/", views.round_detail, name="detail"),
    path("<str:code>/status/", views.round_status, name="status"),
    path("<str:code>/delete/", views.round_delete, name="delete"),
]
