"""Helpers for the rounds tests: a small two-round dataset, counting rows, comparing frames."""

from __future__ import annotations

from pathlib import Path

import polars as pl
from django.core.files.uploadedfile import SimpleUploadedFile
from django_scopes import scope

from netwerkkaart.apps.rounds.models import Round, Tie, UnknownActor, Wish
from netwerkkaart.apps.workspaces.models import Workspace
from netwerkkaart.core.dataset import Dataset
from netwerkkaart.core.model import Factor
from netwerkkaart.core.model import Tie as TieRecord
from netwerkkaart.core.model import UnknownActor as UnknownRecord
from netwerkkaart.core.model import Wish as WishRecord

IMPORT = "/w/gemeentegem/rounds/import/"

# Names that must never reach a viewer's page.
SECRET_RESPONDENT = "Huisartsenpraktijk De Linde"
SECRET_PARTNER = "Kinépraktijk Driss"


def small_dataset() -> Dataset:
    """Two rounds, with drop-out, lists, factors, a wish and an unknown actor in each."""

    def tie(respondent, partner, round_, **answers):
        return TieRecord(
            respondent=respondent,
            respondent_type=answers.pop("rtype", "zorgorganisatie"),
            location=answers.pop("location", "Gemeentegem"),
            partner=partner,
            partner_group=answers.pop("group", "zorg"),
            round=round_,
            **answers,
        )

    ties = [
        tie(SECRET_RESPONDENT, SECRET_PARTNER, "2025", finality="afstemming", frequency="wekelijks",
            evaluation="goed", evolution="meer", level=("strategisch", "operationeel"),
            scale="lokaal", stimulating=(Factor("stimulating", "persoonlijk"),),
            inhibiting=(Factor("inhibiting", "financieel"),)),
        tie(SECRET_RESPONDENT, "Sociaal Huis", "2025", group="lokaal_bestuur",
            finality="doorverwijzen"),
        tie("R-002", "CAW", "2025", rtype="welzijnsorganisatie", location="Stederen",
            group="welzijn", finality="informatiedeling", frequency="maandelijks"),
        tie("R-002", SECRET_PARTNER, "2026", rtype="welzijnsorganisatie", location="Stederen",
            finality="activiteiten", frequency="dagelijks", evaluation="zeer_goed",
            evolution="hetzelfde", scale="bovenlokaal"),
    ]  # fmt: skip
    wishes = [
        WishRecord(SECRET_RESPONDENT, "Gemeentegem", "Buurtwerk", "meer", "2025"),
        WishRecord("R-002", "Stederen", "Huisartsen", "beter", "2026"),
    ]
    unknown = [
        UnknownRecord(SECRET_RESPONDENT, "Buurtcomité De Hoek", "2025"),
        UnknownRecord("R-002", "Buurtcomité De Hoek", "2026"),
    ]
    return Dataset.from_records(ties=ties, wishes=wishes, unknown=unknown)


def as_upload(path: Path, name: str | None = None) -> SimpleUploadedFile:
    return SimpleUploadedFile(name or path.name, path.read_bytes())


def row_counts(workspace: Workspace) -> dict[str, int]:
    with scope(workspace=workspace):
        return {
            "rounds": Round.objects.filter(workspace=workspace).count(),
            "ties": Tie.objects.filter(workspace=workspace).count(),
            "wishes": Wish.objects.filter(workspace=workspace).count(),
            "unknown": UnknownActor.objects.filter(workspace=workspace).count(),
        }


def sorted_frame(frame: pl.DataFrame) -> pl.DataFrame:
    keys = [c for c in ("round", "respondent", "partner", "wish") if c in frame.columns]
    return frame.sort(keys)
