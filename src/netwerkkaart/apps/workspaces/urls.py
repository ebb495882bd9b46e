from django.urls import path

from netwerkkaart.apps.workspaces import views

app_name = "workspaces"

urlpatterns = [
    path("", views.workspace_list, name="list"),
    path("w/<slug:workspace>/audit/", views.audit_log, name="audit"),
    path("w/<slug:workspace>/audit.csv", views.audit_export, {"fmt": "csv"}, name="audit_csv"),
    path("w/<slug:workspace>/audit.xlsx", views.audit_export, {"fmt": "xlsx"}, name="audit_xlsx"),
]
