"""What a respondent gets back at the end: their own profile beside the ecosystem's, and who does
what in the ecosystem. Aggregates only, small groups suppressed (the core decides)."""

from __future__ import annotations

from netwerkkaart.apps.register.services import register_frame
from netwerkkaart.apps.surveys.answering import Visit
from netwerkkaart.apps.surveys.closing import survey_dataset
from netwerkkaart.core import vocab
from netwerkkaart.core.questionnaire import respondent_feedback, who_does_what, wished_offers


def _percent(share: float | None) -> int | None:
    # Whole percentages rounded half up, as the report prints them.
    return None if share is None else int(share * 100 + 0.5)


def _mostly(shares: dict[str, float], lang: str) -> str:
    """The finality most of a group's ties have, with its share (e.g. "Afstemming (45 %)")."""
    if not shares or not any(shares.values()):
        return "–"
    code = max(shares, key=lambda c: shares[c])
    return f"{vocab.FINALITY.label(code, lang)} ({_percent(shares[code])} %)"


def feedback_context(visit: Visit, lang: str) -> dict:
    """The profile page's figures, from every answer given so far in the respondent's round."""
    survey = visit.survey
    min_group = survey.workspace.min_group
    dataset, _warnings = survey_dataset(survey)
    own = respondent_feedback(dataset, visit.invitation.pseudonym, min_group)
    register = register_frame(survey.workspace)
    overview = who_does_what(dataset, register, min_group)
    # A wish for a register actor is stored by its id ("ST-PSY-03"): the respondent reads its name.
    names = dict(register.select("id", "name").iter_rows())

    def rows(shares, vocabulary):
        return [
            {"label": vocabulary.label(s.code, lang), "count": s.own_count,
             "own": _percent(s.own_share), "ecosystem": _percent(s.ecosystem_share)}
            for s in shares
        ]  # fmt: skip

    def activities(groups, labelled: bool):
        return [
            {"label": vocab.SECTOR.label(g.group, lang) if labelled else g.group,
             "actors": g.actors, "ties": g.ties,
             "mostly": _mostly(g.finality_shares, lang)}
            for g in groups
        ]  # fmt: skip

    return {
        "visit": visit,
        "lang": lang,
        "title": visit.definition.title.get(lang),
        "min_group": min_group,
        "own": own,
        "by_sector": rows(own.by_sector, vocab.SECTOR),
        "by_finality": rows(own.by_finality, vocab.FINALITY),
        "wishes": [
            {
                "partner": names.get(w.partner) or w.partner,
                "wish": vocab.WISH.label(w.wish, lang),
                "category": w.category,
                "offer": activities([w.offer], False)[0] if w.offer else None,
            }
            for w in wished_offers(own.wishes, overview, register)
        ],
        "overview_sectors": activities(overview.by_sector, True),
        "overview_categories": activities(overview.by_category, False),
        "overview_suppressed": len(overview.suppressed),
    }
