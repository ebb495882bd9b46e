from django.apps import AppConfig


class HelpConfig(AppConfig):
    name = "netwerkkaart.apps.help"
    label = "help"
    verbose_name = "Hulp"
