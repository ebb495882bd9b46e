"""Recommendations in a reader's language: plain data (JSON, templates, workbook) and Markdown.

Names of actors appear only with ``names=True``; otherwise a recommendation says who it is for
in sectors and categories, as the dashboard does for viewers.
"""

from __future__ import annotations

from collections.abc import Sequence

from netwerkkaart.core import vocab
from netwerkkaart.core.advice.evaluate import AdviceChange
from netwerkkaart.core.advice.model import Evidence, Recommendation, Value
from netwerkkaart.core.network import explanations
from netwerkkaart.core.network.findings import format_share, format_value
from netwerkkaart.core.network.perception import dimension_label

# Labels of the advice's own figures (the network measures take theirs from explanations).
FIGURE_LABELS: dict[str, tuple[str, str]] = {
    "bridge_cut_share": ("Deel van de actoren dat losraakt als één actor wegvalt",
                         "Share of actors cut off when one actor drops out"),
    "brokerage_top_share": ("Aandeel van de drie grootste bemiddelaars in de bemiddeling tussen "
                            "sectoren", "Share of the three largest brokers in cross-sector "
                            "brokerage"),
    "unknown_widely": ("Actoren die voor veel respondenten onbekend zijn",
                       "Actors unknown to many respondents"),
    "unknown_top_share": ("Hoogste aandeel respondenten dat één actor niet kent",
                          "Highest share of respondents not knowing one actor"),
    "mutual_wish": ("Respondenten die elkaars sector wensen, in de kleinste richting",
                    "Respondents wishing each other's sector, in the smaller direction"),
    "mutual_wish_pairs": ("Sectorparen die elkaar wederzijds wensen",
                          "Sector pairs wishing each other"),
    "light_wished_deeper_share": ("Lichte samenwerkingen die respondenten meer of beter willen",
                                  "Light collaborations respondents want more or better"),
    "light_ties_wished_deeper": ("Lichte samenwerkingen die men wil verdiepen",
                                 "Light collaborations wished deeper"),
    "single_wisher_share": ("Gewenste partners die door één respondent gewenst worden",
                            "Wished partners wished by one respondent"),
    "wished_actors": ("Gewenste partners zonder samenwerking", "Wished partners without a tie"),
    "finality_share": ("Aandeel van de finaliteit", "Share of the finality"),
    "wished_finality_share": ("Aandeel in de samenwerkingen die men meer of beter wil",
                              "Share in the collaborations wished more or better"),
    "response_invited": ("Uitgenodigde actoren", "Invited actors"),
    "trust_mean": ("Gemiddeld vertrouwen (1-5)", "Mean trust (1-5)"),
    "trust_min_pair": ("Laagste vertrouwen tussen twee sectoren (1-5)",
                       "Lowest trust between two sectors (1-5)"),
    "goal_consensus": ("Overeenstemming over het doel (groepssessie)",
                       "Goal consensus (group session)"),
    "session_governance": ("Advies van de groepssessie governancemodel",
                           "Advice of the governance model session"),
    "session_form": ("Advies van de groepssessie vorm volgt inhoud",
                     "Advice of the form follows content session"),
    "perception_gap_share": ("Paren die deze samenwerking anders zien",
                             "Pairs who see this collaboration differently"),
    "perception_gap_pairs": ("Paren die er allebei over antwoordden",
                             "Pairs who both answered about it"),
    "target_new": ("Gewenste samenwerkingen die nog ontbreken, van respondent naar partner",
                   "Wished collaborations still missing, from respondent to partner"),
    "structures_factor_share": ("Samenwerkingen met 'hetzelfde aanbod vanuit verschillende "
                                "structuren'", "Collaborations naming 'the same offer from "
                                "different structures'"),
}  # fmt: skip
SHARES = {name for name in FIGURE_LABELS if name.endswith("_share")}
CODE_LABELS: dict[str, tuple[str, str]] = {
    "hoog": ("grotendeels eens", "largely agreed"),
    "matig": ("deels eens", "partly agreed"),
    "laag": ("weinig eens", "little agreed"),
    "zelfregulerend": ("zelfregulerend netwerk", "self-regulating network"),
    "leiderorganisatie": ("leidende organisatie", "lead organisation"),
    "netwerkbureau": ("netwerkbureau", "network administrative organisation"),
    "transactioneel": ("transactioneel", "transactional"),
    "functioneel": ("functioneel", "functional"),
    "lerend": ("lerend", "learning"),
    "ondernemend": ("ondernemend", "entrepreneurial"),
}
TEXTS: dict[str, tuple[str, str]] = {
    "why": ("Waarom", "Why"),
    "steps": ("Wat u kunt doen", "What you can do"),
    "who": ("Voor wie", "Who"),
    "reference": ("Bron", "Source"),
    "earlier": ("vorige ronde", "previous round"),
    "none": ("Geen aanbevelingen: geen enkele regel is van toepassing op de cijfers die getoond "
             "mogen worden.", "No recommendations: no rule applies to the figures that may be "
             "shown."),
    "title": ("Aanbevelingen ronde {round}", "Recommendations round {round}"),
    "priority": ("prioriteit", "priority"),
    "outcome": ("Uitkomst", "Outcome"),
    "unknown": ("onbekend (geen gegevens)", "unknown (no data)"),
    "new": ("Nieuw sinds de vorige ronde", "New since the previous round"),
    "ended": ("Niet meer van toepassing", "No longer applies"),
    "changes": ("Tegenover ronde {round}", "Against round {round}"),
    "sensitive": ("gevoelig voor wie ontbreekt", "sensitive to who is missing"),
    "caveat": ("Let op: deze aanbeveling steunt op {figures}, gevoelig voor wie ontbreekt. Met "
               "een ander deel van de partners als respondent kan dat cijfer duidelijk anders "
               "liggen; lees het als een richting om na te gaan, niet als een vaststelling.",
               "Note: this recommendation rests on {figures}, sensitive to who is missing. "
               "With other partners answering, that figure could be clearly different; read "
               "it as a direction to check, not as a finding."),
    "caveat_and": (" en ", " and "),
    "dash": ("Een streepje: dat cijfer is er in die ronde niet, of het gaat over te weinig "
             "respondenten om te tonen.", "A dash: that figure does not exist in that round, or "
             "it is about too few respondents to show."),
}  # fmt: skip


def _t(key: str, lang: str) -> str:
    nl, en = TEXTS[key]
    return en if lang == "en" else nl


def figure_label(name: str, lang: str = "nl") -> str:
    """The name of a figure as a reader reads it."""
    if name in FIGURE_LABELS:
        nl, en = FIGURE_LABELS[name]
        return en if lang == "en" else nl
    return explanations.label(name, lang)


def group_label(group: str | None, lang: str = "nl") -> str:
    """A group code as a reader reads it: a sector, a type, a pair of sectors, a finality."""
    if group is None:
        return ""
    if ":" in group:  # a sector pair and a question (perception gaps)
        pair, _, dimension = group.partition(":")
        return f"{group_label(pair, lang)}, {dimension_label(dimension, lang).lower()}"
    if ">" in group:  # an ordered pair: respondent's sector, partner's sector
        return " → ".join(group_label(part, lang) for part in group.split(">"))
    if "+" in group:
        return " – ".join(group_label(part, lang) for part in group.split("+"))
    code = group.rpartition("=")[2]
    for vocabulary in (vocab.SECTOR, vocab.RESPONDENT_TYPE, vocab.FINALITY):
        if code in vocabulary.codes:
            return vocabulary.label(code, lang)
    return code


def value_text(name: str, value: Value, lang: str = "nl") -> str:
    """A figure's value formatted for reading (percentages, decimals, labels of codes)."""
    if value is None:
        return "–"
    if isinstance(value, str):
        nl, en = CODE_LABELS.get(value, (value, value))
        return en if lang == "en" else nl
    if name in SHARES or name in ("finality_share", "wished_finality_share"):
        return format_share(float(value), lang)
    if name.startswith("trust_"):
        return f"{value:.2f}".replace(".", "," if lang != "en" else ".")
    if name in FIGURE_LABELS:
        return format_value("actors", value, lang)
    return format_value(name, value, lang)


def evidence_dict(evidence: Evidence, lang: str) -> dict:
    return {
        "figure": evidence.figure,
        "label": figure_label(evidence.figure, lang),
        "group": evidence.group,
        "group_label": group_label(evidence.group, lang),
        "value": evidence.value,
        "value_text": value_text(evidence.figure, evidence.value, lang),
        "earlier": evidence.earlier,
        "earlier_text": None if evidence.earlier is None
        else value_text(evidence.figure, evidence.earlier, lang),
        "explain": evidence.explain.get(lang) if evidence.explain else "",
        "detail": evidence.detail.get(lang) if evidence.detail else "",
        "robustness": evidence.robustness,
        "sensitive_text": _t("sensitive", lang) if evidence.robustness == "gevoelig" else "",
    }  # fmt: skip


def caveat_text(rec: Recommendation, lang: str = "nl") -> str:
    """The warning that comes with a recommendation resting on a sensitive measure, or ``""``."""
    if not rec.sensitive:
        return ""
    named = [f"{figure_label(f, lang)}{' (' + group_label(g, lang) + ')' if g else ''}"
             for f, g in rec.sensitive]  # fmt: skip
    figures = (
        named[0]
        if len(named) == 1
        else (", ".join(named[:-1]) + _t("caveat_and", lang) + named[-1])
    )
    return _t("caveat", lang).format(figures=figures)


def reference_text(reference: dict) -> str:
    """ "Seed 002, Bevindingen — Pless & Buntinx (UCLL), …" (the literature as the seed gives it)."""
    text = f"Seed {reference['seed']}, {reference['where']}"
    return f"{text} — {reference['literature']}" if reference.get("literature") else text


def recommendation_dict(rec: Recommendation, lang: str = "nl", *, names: bool = False) -> dict:
    """One recommendation as plain data in ``lang``: what the CLI writes and templates show."""
    sectors = [vocab.SECTOR.label(s, lang) for s in rec.sectors if s in vocab.SECTOR.codes]
    data = {
        "kind": rec.kind,
        "priority": rec.priority,
        "title": rec.title.get(lang),
        "summary": rec.summary.get(lang),
        "why": [evidence_dict(e, lang) for e in rec.why],
        "steps": [s.get(lang) for s in rec.steps],
        "who": {
            "groups": list(
                dict.fromkeys(group_label(g.partition(":")[0], lang) for g in rec.groups)
            ),
            "sectors": sectors,
            "actors": list(rec.actors) if names else [],
        },
        "sector_codes": list(rec.sectors),
        "reference": reference_text(rec.reference),
        "caveat": caveat_text(rec, lang),
        "sensitive": [{"figure": f, "group": g} for f, g in rec.sensitive],
    }
    deciding = {(c.figure, c.group) for c in rec.considerations}
    data["why_shown"] = [e for e, raw in zip(data["why"], rec.why, strict=True)
                         if (raw.figure, raw.group) not in deciding]  # fmt: skip
    if rec.outcome is not None:
        data["outcome"] = {"id": rec.outcome.id, "label": rec.outcome.label.get(lang),
                           "advice": rec.outcome.advice.get(lang)}  # fmt: skip
        data["considerations"] = [
            {"id": c.id, "label": c.label.get(lang), "figure": c.figure, "group": c.group,
             "value": c.value,
             "value_text": value_text(c.figure, c.value, lang) if c.outcome else _t("unknown", lang),
             "outcome": c.outcome,
             "outcome_label": _outcome_label(c.outcome, lang),
             "sensitive_text": _t("sensitive", lang) if (c.figure, c.group) in rec.sensitive
             else "",
             "explain": c.explain.get(lang)}
            for c in rec.considerations
        ]  # fmt: skip
    return data


OUTCOME_LABELS: dict[str, tuple[str, str]] = {
    "shared": ("gedeelde sturing", "shared governance"),
    "lead": ("leidende organisatie", "lead organisation"),
    "nao": ("netwerkbureau", "network administrative organisation"),
    "transactional": ("transactioneel", "transactional"),
    "functional": ("functioneel", "functional"),
    "learning": ("lerend", "learning"),
    "entrepreneurial": ("ondernemend", "entrepreneurial"),
}


def _outcome_label(outcome: str | None, lang: str) -> str:
    if outcome is None:
        return ""
    nl, en = OUTCOME_LABELS.get(outcome, (outcome, outcome))
    return en if lang == "en" else nl


def change_dict(change: AdviceChange, lang: str = "nl") -> dict:
    """A new or ended recommendation as plain data: its figures then and now."""
    return {
        "kind": change.kind,
        "status": change.status,
        "title": change.title.get(lang),
        "groups": [group_label(g, lang) for g in change.groups],
        "figures": [evidence_dict(e, lang) for e in change.figures],
    }


def to_markdown(
    recommendations: Sequence[Recommendation],
    lang: str = "nl",
    *,
    round_code: str | None = None,
    names: bool = False,
    changes: Sequence[AdviceChange] = (),
    earlier_round: str | None = None,
) -> str:
    """The recommendations (and the changes since ``earlier_round``) as a Markdown document."""
    lines = [f"# {_t('title', lang).format(round=round_code or '-')}", ""]
    if not recommendations:
        lines += [_t("none", lang), ""]
    for number, rec in enumerate(recommendations, start=1):
        data = recommendation_dict(rec, lang, names=names)
        lines += [f"## {number}. {data['title']}", "", data["summary"], ""]
        if data["caveat"]:
            lines += [f"> {data['caveat']}", ""]
        if "outcome" in data:
            lines += [f"**{_t('outcome', lang)}:** {data['outcome']['label']}. "
                      f"{data['outcome']['advice']}", ""]  # fmt: skip
        lines += [f"**{_t('why', lang)}**", ""]
        for e in data["why_shown"]:
            group = f" ({e['group_label']})" if e["group_label"] else ""
            earlier = f" ({_t('earlier', lang)}: {e['earlier_text']})" if e["earlier_text"] else ""
            notes = "".join(f"; {note}" for note in (e["sensitive_text"], e["detail"]) if note)
            lines.append(f"- {e['label']}{group}: {e['value_text']}{earlier}{notes}")
        for c in data.get("considerations", []):
            group = (
                f" ({group_label(c['group'], lang)})" if c["group"] not in (None, c["id"]) else ""
            )
            lines.append(f"- {c['label']}{group}: {c['value_text']}"
                         + (f" → {c['outcome_label']}" if c["outcome"] else "")
                         + (f"; {c['sensitive_text']}" if c["sensitive_text"] else "")
                         + f" — {c['explain']}")  # fmt: skip
        who = data["who"]["groups"] or data["who"]["sectors"]
        if who or data["who"]["actors"]:
            lines += ["", f"**{_t('who', lang)}:** " + ", ".join(who + data["who"]["actors"])]
        lines += ["", f"**{_t('steps', lang)}**", ""]
        lines += [f"{i}. {step}" for i, step in enumerate(data["steps"], start=1)]
        lines += ["", f"*{_t('reference', lang)}: {data['reference']}*", ""]
    if changes:
        lines += [f"## {_t('changes', lang).format(round=earlier_round or '-')}", ""]
        for change in changes:
            data = change_dict(change, lang)
            groups = f" ({', '.join(data['groups'])})" if data["groups"] else ""
            figures = "; ".join(
                f"{e['label']}{' ' + e['group_label'] if e['group_label'] else ''}: "
                f"{e['earlier_text'] or '–'} → {e['value_text']}"
                for e in data["figures"]
            )
            lines.append(f"- {_t(change.status, lang)}: {data['title']}{groups}. {figures}")
        lines += ["", f"*{_t('dash', lang)}*", ""]
    return "\n".join(lines)
