"""The small ecosystem most network tests read."""

import pytest
from tests.core.network.builders import tie

from netwerkkaart.core.dataset import Dataset
from netwerkkaart.core.model import Actor, UnknownActor, Wish


@pytest.fixture
def small_ecosystem() -> Dataset:
    """Huisarts Janssens (zorg) and CAW (welzijn) and Sociaal Huis (lokaal bestuur) respond."""
    actors = [
        Actor("hj", "Huisarts Janssens", "zelfstandige_zorgprofessional", "zorg", "Huisartsen"),
        Actor("dp", "Dr. Peeters", "zelfstandige_zorgprofessional", "zorg", "Huisartsen"),
        Actor("caw", "CAW Oost", "welzijnsorganisatie", "welzijn", "CAW"),
        Actor("sh", "Sociaal Huis", "lokaal_bestuur", "lokaal_bestuur", "OCMW"),
        Actor("school", "Basisschool De Linde", "andere_organisatie", "andere", "School"),
    ]
    ties = [
        tie("caw", "Sociaal huis", "lokaal_bestuur", "afstemming", "wekelijks",
            kind="welzijnsorganisatie"),
        tie("sh", "caw", "welzijn", "activiteiten", "wekelijks", kind="lokaal_bestuur"),
        tie("sh", "Buurtcomité Leefhoek", "informeel", "doorverwijzen", "minder",
            kind="lokaal_bestuur"),
        tie("hj", "DR PEETERS", "zorg", "informatiedeling", "maandelijks",
            kind="zelfstandige_zorgprofessional"),
        tie("hj", "buurtcomite leefhoek", "informeel", "doorverwijzen", None,
            kind="zelfstandige_zorgprofessional"),
    ]  # fmt: skip
    wishes = [
        Wish("caw", "Gemeentegem", "Huisartsen", "meer", "2025"),
        Wish("caw", "Gemeentegem", "sh", "beter", "2025"),
        Wish("sh", "Gemeentegem", "Basisschool De Linde", "meer", "2025"),
        Wish("hj", "Gemeentegem", "Huisartsen", "beter", "2025"),
    ]
    unknown = [UnknownActor("caw", "dp", "2025"), UnknownActor("sh", "Dr. Peeters", "2025")]
    return Dataset.from_records(ties, wishes, unknown, actors)
