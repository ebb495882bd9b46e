from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SurveysConfig(AppConfig):
    name = "netwerkkaart.apps.surveys"
    label = "surveys"
    verbose_name = _("Bevragingen")

    def ready(self) -> None:
        # The analysis must know that a pseudonym and the register actor others name are one
        # actor; rounds sits below surveys, so surveys hands it the link instead of rounds
        # reading this app's tables.
        from netwerkkaart.apps.rounds.frames import register_alias_source
        from netwerkkaart.apps.surveys.aliases import invitation_aliases

        register_alias_source(invitation_aliases)
