from django.urls import path

from netwerkkaart.apps.register import views

app_name = "register"

urlpatterns = [
    path("", views.actor_list, name="list"),
    path("new/", views.actor_create, name="create"),
    path("merge/", views.actor_merge, name="merge"),
    path("import/", views.actor_import, name="import"),
    path("sjabloon.xlsx", views.register_template, name="template"),
    path("register.xlsx", views.register_export, {"fmt": "xlsx"}, name="export_xlsx"),
    path("register.csv", views.register_export, {"fmt": "csv"}, name="export_csv"),
    path("<int:pk>/", views.actor_detail, name="detail"),
    path("<int:pk>/edit/", views.actor_edit, name="edit"),
]
