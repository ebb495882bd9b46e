from django.urls import path

from netwerkkaart.apps.reports import views

app_name = "reports"

urlpatterns = [
    path("vergelijk/", views.compare, name="compare"),
    path("vergelijk.xlsx", views.compare_xlsx, name="compare_xlsx"),
    path("<str:code>/rapport.pdf", views.round_pdf, name="pdf"),
    path("<str:code>/cijfers.xlsx", views.round_xlsx, name="xlsx"),
    path("<str:code>/cijfers-codes.xlsx", views.research_xlsx, name="research_xlsx"),
]
