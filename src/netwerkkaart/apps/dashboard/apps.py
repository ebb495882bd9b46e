from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DashboardConfig(AppConfig):
    name = "netwerkkaart.apps.dashboard"
    label = "dashboard"
    verbose_name = _("Dashboard")

    def ready(self) -> None:
        from netwerkkaart.apps.dashboard.tasks import queue_warming
        from netwerkkaart.apps.workspaces.signals import data_changed

        data_changed.connect(queue_warming, dispatch_uid="dashboard.queue_warming")
