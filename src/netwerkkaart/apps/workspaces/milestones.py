"""Steps of the home page that leave no row of their own: reading the dashboard, making the report.

The middleware notes the first successful page of each kind per workspace (one small query per
such page afterwards, one insert the first time). It knows the pages by their URL names only, so
this app imports none of the apps it watches.
"""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

from netwerkkaart.apps.workspaces.models import Milestone
from netwerkkaart.apps.workspaces.services import record_milestone

# URL name -> milestone it marks.
MILESTONE_PAGES = {
    "dashboard:round": Milestone.DASHBOARD_READ,
    "reports:pdf": Milestone.REPORT_MADE,
    "reports:xlsx": Milestone.REPORT_MADE,
    "reports:research_xlsx": Milestone.REPORT_MADE,
}


class MilestoneMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        match = getattr(request, "resolver_match", None)
        workspace = getattr(request, "workspace", None)
        if (
            workspace is not None
            and match is not None
            and request.method == "GET"
            and response.status_code == 200
            and match.view_name in MILESTONE_PAGES
            and not request.headers.get("HX-Request")
        ):
            record_milestone(workspace, MILESTONE_PAGES[match.view_name])
        return response
