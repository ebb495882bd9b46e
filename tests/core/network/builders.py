"""Builders for small, hand-checkable ecosystems (shared by the network tests)."""

from netwerkkaart.core.model import Tie

SECTOR_TYPE = {"zorg": "zorgorganisatie", "welzijn": "welzijnsorganisatie",
               "lokaal_bestuur": "lokaal_bestuur", "andere": "andere_organisatie",
               "informeel": "informele_actor"}  # fmt: skip


def tie(respondent, partner, group="zorg", finality=None, frequency=None, *, kind="zorgorganisatie",
        round_id="2025", location="Gemeentegem"):  # fmt: skip
    return Tie(respondent, kind, location, partner, group, finality, frequency, round=round_id)
