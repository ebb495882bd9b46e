"""A workspace's people, under ``/w/<workspace>/members/`` (coordinators only)."""

from django.urls import path

from netwerkkaart.apps.accounts import members

app_name = "members"

urlpatterns = [
    path("", members.member_list, name="list"),
    path("<int:pk>/role/", members.member_role, name="role"),
    path("<int:pk>/remove/", members.member_remove, name="remove"),
    path("invitations/<int:pk>/resend/", members.invitation_resend, name="resend"),
    path("invitations/<int:pk>/withdraw/", members.invitation_withdraw, name="withdraw"),
]
