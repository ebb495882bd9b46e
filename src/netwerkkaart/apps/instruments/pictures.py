"""The session's picture: the core's data for the instrument's picture, drawn as SVG in the
reader's language (the picture's own words, like "too few answers", are translated here)."""

from __future__ import annotations

from django.utils.translation import gettext as _

from netwerkkaart.apps.workspaces.choices import vocab_language
from netwerkkaart.core.reflection import GroupResult, Instrument
from netwerkkaart.core.reflection.pictures import picture_data


def picture_labels():
    from netwerkkaart.core.pictures.data import Labels

    return Labels(
        suppressed=_("Te weinig antwoorden om deze figuur te tonen."),
        suppressed_short=_("te weinig antwoorden"),
        n=_("n = {n}"),
        median=_("mediaan"),
        mean=_("gemiddelde"),
        middle_half=_("middelste helft (q1–q3)"),
        range=_("laagste–hoogste"),
        earlier=_("vorige sessie"),
        participant=_("één deelnemer"),
        current=_("nu"),
        wished=_("gewenst"),
        done=_("klaar"),
        in_progress=_("bezig"),
        not_started=_("niet gestart"),
        share_done=_("{done} van {total} klaar ({percent} %)"),
        recommendation=_("Advies"),
        decimal="." if vocab_language() == "en" else ",",
    )


def session_picture(
    instrument: Instrument, result: GroupResult, lang: str, *, earlier: GroupResult | None = None,
    width: int = 640,
) -> str:  # fmt: skip
    """The instrument's picture of ``result`` as an SVG string."""
    from netwerkkaart.core.pictures import draw

    groups = {
        "organisatie": _("dient de organisaties"),
        "client_indirect": _("dient de cliënt onrechtstreeks"),
        "client": _("vertrekt vanuit de cliënt"),
        "deelnemer": _("als deelnemer"),
        "netwerkmanager": _("als netwerkmanager"),
    }
    data = picture_data(instrument, result, lang, earlier=earlier, group_labels=groups)
    return draw(instrument.picture["kind"], data, labels=picture_labels(), width=width)
