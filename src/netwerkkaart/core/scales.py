"""Validated tie-quality scales: the columns, codes and labels of two optional survey blocks.

Both are asked per partner, each an optional block of the ecosystem survey that a coordinator
switches on for a round (``core/questionnaire/definitions/ecosysteembevraging.yaml``), and both
are optional columns of ``ties.csv`` (``docs/data-format.md``). The questions are Netwerkkaart's
own words; the scales and their scoring follow the sources below.

*Levels of Collaboration* (Frey et al. 2006): one item per partner, 0 = no interaction, then
1 networking, 2 cooperation, 3 coordination, 4 coalition, 5 collaboration; a tie's level is the
number chosen, a group's level the mean. The authors propose exactly the comparison of the
levels two partners give each other as a discussion point (see
:mod:`netwerkkaart.core.network.perception`).

*Relational Coordination* (Gittell 2006, 2011): seven dimensions of the communication and the
relationship between two parties who work on the same people's care or support: frequent,
timely, accurate and problem-solving communication; shared goals, shared knowledge and mutual
respect; each a 1-5 item per partner. A tie's RC index is the mean of the dimensions answered
(Gittell 2011 computes the index as the mean of the seven); a group's index the mean of its
ties' indices.

References
----------
.. [1] Frey, B. B., Lohmeier, J. H., Lee, S. W. & Tollefson, N. (2006). Measuring
   collaboration among grant partners. *American Journal of Evaluation* 27(3), 383-392.
.. [2] Gittell, J. H. (2006). Relational coordination: coordinating work through relationships
   of shared goals, shared knowledge and mutual respect. In O. Kyriakidou & M. Özbilgin (eds.),
   *Relational Perspectives in Organizational Studies: A Research Companion*. Edward Elgar,
   74-94.
.. [3] Gittell, J. H. (2011). *Relational Coordination: Guidelines for Theory, Measurement and
   Analysis*. Waltham, MA: Brandeis University, Relational Coordination Research Collaborative.
"""

from __future__ import annotations

COLLABORATION_COLUMN = "collaboration_level"
COLLABORATION_MIN, COLLABORATION_MAX = 0, 5
# Frey et al.'s five levels plus "no interaction", short labels for tables: (code, nl, en).
COLLABORATION_LEVELS: tuple[tuple[int, str, str], ...] = (
    (0, "Geen contact", "No interaction"),
    (1, "Netwerken", "Networking"),
    (2, "Coöperatie", "Cooperation"),
    (3, "Coördinatie", "Coordination"),
    (4, "Coalitie", "Coalition"),
    (5, "Volledige samenwerking", "Collaboration"),
)

RC_MIN, RC_MAX = 1, 5
# Gittell's seven dimensions: (column, nl, en), communication first, then the relationship.
RC_DIMENSIONS: tuple[tuple[str, str, str], ...] = (
    ("rc_frequent", "Frequente communicatie", "Frequent communication"),
    ("rc_timely", "Tijdige communicatie", "Timely communication"),
    ("rc_accurate", "Juiste communicatie", "Accurate communication"),
    ("rc_problem_solving", "Probleemoplossende communicatie", "Problem-solving communication"),
    ("rc_shared_goals", "Gedeelde doelen", "Shared goals"),
    ("rc_shared_knowledge", "Gedeelde kennis", "Shared knowledge"),
    ("rc_mutual_respect", "Wederzijds respect", "Mutual respect"),
)
RC_COLUMNS: tuple[str, ...] = tuple(column for column, _nl, _en in RC_DIMENSIONS)
SCALE_COLUMNS: tuple[str, ...] = (COLLABORATION_COLUMN, *RC_COLUMNS)
# The range of every scale column, for validation of files and of answers.
RANGES: dict[str, tuple[int, int]] = {
    COLLABORATION_COLUMN: (COLLABORATION_MIN, COLLABORATION_MAX),
    **{column: (RC_MIN, RC_MAX) for column in RC_COLUMNS},
}


def level_label(level: int, lang: str = "nl") -> str:
    """The short name of a level of collaboration, e.g. ``3`` -> ``Coördinatie``."""
    for code, nl, en in COLLABORATION_LEVELS:
        if code == level:
            return en if lang == "en" else nl
    raise KeyError(level)


def dimension_label(column: str, lang: str = "nl") -> str:
    """The name of a relational coordination dimension, e.g. ``rc_timely`` -> ``Tijdige …``."""
    for name, nl, en in RC_DIMENSIONS:
        if name == column:
            return en if lang == "en" else nl
    raise KeyError(column)
