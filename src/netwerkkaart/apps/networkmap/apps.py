from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NetworkMapConfig(AppConfig):
    name = "netwerkkaart.apps.networkmap"
    label = "networkmap"
    verbose_name = _("Netwerkkaart")
