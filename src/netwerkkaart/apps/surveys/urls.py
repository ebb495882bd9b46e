"""Survey URLs: the coordinator's pages under a workspace, the respondent's under a personal link.

Both live in one module (one namespace); the respondent's pages need no account, the link's
token is their only key.
"""

from django.urls import path

from netwerkkaart.apps.surveys import exports, invitees, respond, views

app_name = "surveys"

W = "w/<slug:workspace>/surveys/"
S = "s/<str:token>/"

urlpatterns = [
    path(W, views.survey_list, name="list"),
    path(f"{W}new/", views.survey_open, name="open"),
    path(f"{W}<str:code>/", views.survey_detail, name="detail"),
    path(
        f"{W}<str:code>/opvolging.xlsx",
        exports.follow_up_export,
        {"fmt": "xlsx"},
        name="follow_up_xlsx",
    ),
    path(
        f"{W}<str:code>/opvolging.csv",
        exports.follow_up_export,
        {"fmt": "csv"},
        name="follow_up_csv",
    ),
    path(f"{W}<str:code>/questionnaire/", views.questionnaire, name="questionnaire"),
    path(f"{W}<str:code>/invite/", views.invite, name="invite"),
    path(f"{W}<str:code>/dates/", views.dates, name="dates"),
    path(f"{W}<str:code>/links/", views.links, name="links"),
    path(f"{W}<str:code>/send/", views.send, name="send"),
    path(f"{W}<str:code>/close/", views.close, name="close"),
    path(f"{W}<str:code>/invitees/<int:pk>/", invitees.invitee, name="invitee"),
    path(f"{W}<str:code>/invitees/<int:pk>/revoke/", invitees.invitee_revoke, name="revoke"),
    path(f"{W}<str:code>/invitees/<int:pk>/answers/", invitees.invitee_answers, name="answers"),
    path(f"{W}<str:code>/invitees/<int:pk>/delete/", invitees.invitee_delete, name="delete"),
    path(S, respond.start, name="respond_start"),
    path(f"{S}step/<int:number>/", respond.step, name="respond_step"),
    path(f"{S}answer/", respond.answer, name="respond_answer"),
    path(f"{S}list/", respond.list_entry, name="respond_list"),
    path(f"{S}suggest/", respond.suggestions, name="respond_suggest"),
    path(f"{S}end/", respond.end, name="respond_end"),
    path(f"{S}profile/", respond.profile, name="respond_profile"),
    path(f"{S}profile.pdf", respond.profile_pdf, name="respond_profile_pdf"),
]
