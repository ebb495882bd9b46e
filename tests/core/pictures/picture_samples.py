"""One filled-in example of every picture kind, in Dutch, as the instruments would give them.

The tests draw these, and ``python tests/core/pictures/picture_samples.py /tmp/pictures`` writes
them as SVG files to look at.
"""

from __future__ import annotations

import sys
from pathlib import Path

from netwerkkaart.core.pictures import (
    Balance,
    BarItem,
    BarsSpread,
    Checklist,
    ChecklistItem,
    ChecklistPhase,
    DecisionOption,
    DecisionPath,
    DecisionStep,
    Dilemma,
    DivergingBars,
    DivergingItem,
    HeatCell,
    Heatmap,
    HeatRow,
    Labels,
    LevelDomain,
    Quadrant,
    QuadrantProfile,
    QuadrantScore,
    Radar,
    RadarAxis,
    ReachBars,
    ReachItem,
    Role,
    RoleActor,
    RoleMap,
    Scale,
    Scatter2x2,
    ScatterAxis,
    ScatterPoint,
    Spread,
    StackedBars,
    StackedLevels,
    StackedRow,
    TensionMap,
    Weight,
    draw,
)

DUTCH = Labels(
    suppressed="Te weinig antwoorden om deze figuur te tonen.",
    suppressed_short="te weinig antwoorden",
    median="mediaan",
    mean="gemiddelde",
    middle_half="middelste helft (q1–q3)",
    range="laagste–hoogste",
    earlier="vorige sessie",
    participant="één deelnemer",
    current="nu",
    wished="gewenst",
    done="klaar",
    in_progress="bezig",
    not_started="niet gestart",
    share_done="{done} van {total} klaar ({percent}%)",
    recommendation="Advies",
)


def spread(minimum, q1, median, q3, maximum, n=8):
    """A spread whose mean is the median (enough for a picture)."""
    return Spread(n, minimum, q1, median, q3, maximum, median)


RADAR = Radar(
    "Vijf voorwaarden voor samenwerking — netwerk Leefhoek",
    [
        RadarAxis("Gedeelde ambitie", spread(2, 3, 4, 4.5, 5), spread(1, 2, 3, 4, 5)),
        RadarAxis("Belangen en motieven", spread(1, 2, 3, 4, 5), spread(1, 2, 3, 3, 4)),
        RadarAxis("Persoonlijke relaties", spread(3, 4, 4, 5, 5), spread(2, 3, 4, 4, 5)),
        RadarAxis("Professionele organisatie", spread(1, 2, 2, 3, 4), spread(1, 2, 2, 2, 3)),
        RadarAxis("Goed procesmanagement", spread(2, 3, 3.5, 4, 5), spread(2, 3, 3, 4, 4)),
    ],
    n=8,
    earlier_label="sessie maart 2024",
)

SCATTER = Scatter2x2(
    "Portfolio van samenwerkingen",
    ScatterAxis("Operationele noodzaak", 1, 5, 3, "laag", "hoog"),
    ScatterAxis("Strategisch belang", 1, 5, 3, "laag", "hoog"),
    [
        ScatterPoint("Zorgraad Dender-Zuid", 4.2, 4.5, "strategisch"),
        ScatterPoint("Eerstelijnszone Leefhoek", 3.5, 4.0, "strategisch"),
        ScatterPoint("Overleg huisartsen–CAW", 4.0, 2.0, "aanvullend"),
        ScatterPoint("Buurtcomité & wijkteam", 2.0, 2.0, "opportunistisch"),
        ScatterPoint("Projectgroep mantelzorg", 2.0, 2.0, "opportunistisch"),
        ScatterPoint("Regionaal woonzorgnetwerk met een heel lange naam", 1.5, 4.2),
    ],
    [
        Quadrant("I", "Strategisch", True, True),
        Quadrant("II", "Verkennend", False, True),
        Quadrant("III", "Opportunistisch", False, False),
        Quadrant("IV", "Aanvullend", True, False),
    ],
    n=6,
)

HEATMAP = Heatmap(
    "Coördinatiematrix: waar zitten de lacunes?",
    ["Beleid en middelen", "Aanbieders", "Cliënten"],
    [
        HeatRow("Volledigheid", [0.8, 0.55, 0.2]),
        HeatRow("Taakintegratie", [0.4, HeatCell(None, suppressed=True), 0.1]),
        HeatRow("Samenwerking", [0.9, 0.7, None]),
    ],
    extra_rows=[HeatRow("Interne informatie", [0.6]), HeatRow("Externe informatie", [0.3])],
    extra_heading="Informatie",
    low_label="grote lacune",
    high_label="goed geregeld",
    decimals=2,
    n=7,
)

LEVELS = ("onafhankelijk", "uitwisseling", "transactioneel", "functioneel", "ondernemend",
          "integratie")  # fmt: skip
STACKED = StackedLevels(
    "Intensiteit per domein: nu en gewenst",
    LEVELS,
    [
        LevelDomain("Bestuur", [2, 3, 1, 1, 0, 0], [0, 1, 2, 3, 1, 0]),
        LevelDomain("Primair zorgproces", [0, 2, 3, 2, 0, 0], [0, 0, 1, 3, 2, 1]),
        LevelDomain("Naam en communicatie", [4, 2, 1, 0, 0, 0], [1, 2, 2, 2, 0, 0]),
        LevelDomain("ICT", None, None),
    ],
    n=7,
)

BARS = BarsSpread(
    "Vijf redenen om samen te werken (punten verdeeld)",
    [
        BarItem(
            "Machtspositie",
            spread(0, 5, 10, 20, 30),
            "Organisatiegericht",
            spread(0, 5, 15, 20, 25),
        ),
        BarItem("Onzekerheid verminderen", spread(0, 10, 15, 20, 40), "Organisatiegericht"),
        BarItem("Legitimiteit", spread(0, 5, 10, 15, 20), "Organisatiegericht"),
        BarItem("Efficiëntie", spread(10, 20, 25, 30, 50), "Cliëntgericht"),
        BarItem("Effectiviteit voor de cliënt", spread(10, 25, 35, 45, 60), "Cliëntgericht"),
    ],
    scale_min=0,
    scale_max=60,
    axis_label="punten (van 100)",
    decimals=0,
    n=9,
)

DECISION = DecisionPath(
    "Denk na voor je begint",
    [
        DecisionStep(
            "Kunnen we het alleen?",
            [DecisionOption("ja", "Zelf doen"), DecisionOption("nee")],
            taken=1,
        ),
        DecisionStep(
            "Volstaat een bilaterale afspraak?",
            [DecisionOption("ja", "Bilaterale afspraak"), DecisionOption("nee")],
            taken=1,
        ),
    ],
    "Een netwerk van minstens drie partners",
    reasons=["Geen partner kan de vraag alleen aan.", "Twee partners dekken de vraag niet."],
    reference="Naar seed 004, Check 1-3.",
)

QUADRANTS = QuadrantProfile(
    "Netwerkleiderschap",
    [
        QuadrantScore("Strateeg", spread(2, 3, 4, 4.5, 5)),
        QuadrantScore("Ontwikkelaar", spread(1, 2, 3, 3.5, 4)),
        QuadrantScore("Verkenner", spread(1, 1.5, 2, 3, 4)),
        QuadrantScore("Procesmanager", spread(3, 4, 4.5, 5, 5)),
    ],
    top="inhoud",
    bottom="proces",
    left="binnen",
    right="buiten",
    n=6,
)

BALANCE = Balance(
    "Toezicht: ego of eco?",
    "Eigen organisatie (ego)",
    "Netwerk en maatschappelijke opgave (eco)",
    [Weight("Financiële resultaten", 30), Weight("Eigen cliënttevredenheid", 20)],
    [Weight("Resultaten van het netwerk", 15), Weight("Maatschappelijk effect", 10)],
    "Beide",
    [Weight("Kwaliteit van de samenwerking", 10)],
    n=8,
)

CHECKLIST = Checklist(
    "Interne routekaart",
    [
        ChecklistPhase(
            "Verkennen",
            [
                ChecklistItem("Juridisch", "done"),
                ChecklistItem("Financiën", "done"),
                ChecklistItem("Zorg en beleid", "in_progress"),
            ],
        ),
        ChecklistPhase(
            "Vormgeven",
            [
                ChecklistItem("HR", "in_progress"),
                ChecklistItem("Communicatie"),
                ChecklistItem("ICT en privacy"),
                ChecklistItem("Huisvesting"),
            ],
        ),
    ],
)

TENSION = TensionMap(
    "Dilemma's",
    [
        Dilemma("Eigen organisatie", "Samenwerking", spread(1, 2, 3, 4, 5), [1, 2, 2, 3, 4, 4, 5]),
        Dilemma("Snelheid", "Draagvlak", spread(2, 3, 4, 4, 5), label="Tempo"),
        Dilemma("Sturen", "Loslaten", Spread(n=3), label="Regie"),
    ],
    n=7,
)

SCALE = Scale(
    "Positie tegenover de maatschappelijke opgave",
    ["proactief", "actief", "reactief", "transactioneel", "afwachtend"],
    [1, 3, 2, 1, 0],
    n=7,
)

ROLES = (Role("directing", "regisserend"), Role("partnering", "partnerend"),
         Role("facilitating", "faciliterend"))  # fmt: skip
ROLE_MAP = RoleMap(
    "Maatschappelijke zeshoek en rollen",
    ["Overheid", "Markt", "Zorg en welzijn", "Burgers", "Onderwijs", "Kennisinstellingen"],
    [
        RoleActor("Gemeente Gemeentegem", 0, "directing"),
        RoleActor("Sociaal Huis", 0, "partnering"),
        RoleActor("Woonzorgcentrum De Linde", 2, "partnering"),
        RoleActor("CAW Oost", 2, "facilitating"),
        RoleActor("Buurtcomité Leefhoek", 3, "partnering"),
        RoleActor("Basisschool", 4),
    ],
    ROLES,
    centre="Zorgzame buurt",
)

STACKED_BARS = StackedBars(
    "Met welke partnergroepen werkt elk type samen?",
    series=["Zorg", "Welzijn", "Lokaal bestuur"],
    rows=[StackedRow("Zorgorganisatie", [30, 10, 10], n=50),
          StackedRow("Informele actor", suppressed=True),
          StackedRow("Welzijnsorganisatie", [5, 12, 3], n=20)],
)  # fmt: skip
DIVERGING = DivergingBars(
    "E-I-index per sector",
    items=[DivergingItem("Zorg", -0.4), DivergingItem("Welzijn", 0.25),
           DivergingItem("Informele actoren", suppressed=True)],
    low_label="binnen de eigen sector", high_label="met andere sectoren",
)  # fmt: skip
REACH = ReachBars(
    "Respons per sector",
    items=[ReachItem("Zorg", 40, 12, group="Per sector"), ReachItem("Welzijn", 20, 15,
           group="Per sector"), ReachItem("Informele actoren", 6, group="Per sector",
           suppressed=True)],
    reached_text="{reached} van {total} ({percent} %)", low_label="laag",
)  # fmt: skip

SAMPLES = {
    "radar": RADAR,
    "scatter_2x2": SCATTER,
    "heatmap": HEATMAP,
    "stacked_levels": STACKED,
    "bars_spread": BARS,
    "decision_path": DECISION,
    "quadrant_profile": QUADRANTS,
    "balance": BALANCE,
    "checklist": CHECKLIST,
    "tension_map": TENSION,
    "scale": SCALE,
    "role_map": ROLE_MAP,
    "stacked_bars": STACKED_BARS,
    "diverging_bars": DIVERGING,
    "reach_bars": REACH,
}


def write_samples(folder: Path, widths: tuple[int, ...] = (640, 360)) -> list[Path]:
    """Write every sample at every width as ``<kind>-<width>.svg`` into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for kind, data in SAMPLES.items():
        for width in widths:
            path = folder / f"{kind}-{width}.svg"
            path.write_text(draw(kind, data, labels=DUTCH, width=width), encoding="utf-8")
            written.append(path)
    return written


if __name__ == "__main__":
    for path in write_samples(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/pictures")):
        print(path)
