"""The rules that choose between outcomes: which governance model, which form of collaboration.

A deciding rule names its function in its file (``decide: governance_weighing``) and gives it
its parameters (the considerations and their bands, the finality → form map); the function
returns the outcome with every consideration it read, so the advice can say which figures
decided it and which consideration stayed unknown.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from netwerkkaart.core.advice.model import Consideration, NamedFigure
from netwerkkaart.core.questionnaire.model import Text


@dataclass(frozen=True)
class Decision:
    """The outcome a deciding rule reached and the considerations behind it."""

    outcome: str
    considerations: tuple[Consideration, ...]

    @property
    def known(self) -> tuple[Consideration, ...]:
        return tuple(c for c in self.considerations if c.outcome is not None)


Lookup = Callable[[str, str | None], NamedFigure | None]


def band_outcome(consideration: Mapping, value: float | str) -> str | None:
    """The outcome a consideration's bands (numbers) or ``values`` (codes) give ``value``."""
    if isinstance(value, str):
        return consideration.get("values", {}).get(value)
    for band in consideration.get("bands", []):
        if "below" in band and not value < band["below"]:
            continue
        return band["outcome"]
    return None


def governance_weighing(figure: Lookup, parameters: Mapping) -> Decision | None:
    """Weigh the measured considerations of Provan & Kenis and choose a governance model.

    Every consideration of ``parameters["considerations"]`` reads one figure (number of
    participants, density, centralisation, trust, goal consensus from a group session) and its
    bands say which model that value points to. The model most considerations point to wins;
    a tie goes to the lightest model in ``parameters["order"]`` ("organiseer zo licht als
    mogelijk en zo zwaar als nodig", seed 003). A consideration whose figure is missing or
    suppressed is listed as unknown and weighs nothing. With fewer than
    ``parameters["min_known"]`` known considerations there is no decision.

    References
    ----------
    .. [1] Provan, K. G. & Kenis, P. (2008). Modes of network governance: structure, management
       and effectiveness. *Journal of Public Administration Research and Theory*, 18(2),
       229-252 (table 1: trust, number of participants, goal consensus, need for network-level
       competencies per model).
    .. [2] NVZD / Common Eye (2024), *Handreiking Effectief Samenwerken*, "Welk governancemodel
       past bij ons netwerk?".
    """
    considered = []
    for raw in parameters["considerations"]:
        found = figure(raw["figure"], None)
        usable = found is not None and found.usable
        outcome = band_outcome(raw, found.value) if usable else None
        considered.append(Consideration(
            id=raw["id"], label=Text.from_value(raw["label"]), figure=raw["figure"],
            value=found.value if usable else None, outcome=outcome,
            explain=Text.from_value(raw["explain"]),
        ))  # fmt: skip
    known = [c for c in considered if c.outcome is not None]
    if len(known) < parameters.get("min_known", 1):
        return None
    order = list(parameters["order"])
    votes = Counter(c.outcome for c in known)
    best = max(order, key=lambda o: (votes[o], -order.index(o)))
    return Decision(best, tuple(considered))


def dominant_form(figure: Lookup, parameters: Mapping) -> Decision | None:
    """The logical form of collaboration from the finality mix, led by the wished evolution.

    Each finality points to one form (``parameters["forms"]``: referral → transactional,
    information sharing → learning, coordination → functional, joint activities →
    entrepreneurial). The form is the one whose finalities hold the largest share of the ties
    respondents want to grow (evolution ``meer`` or ``beter``); without such ties, of all
    answered ties. The finalities are the considerations: each states its share.

    References
    ----------
    .. [1] Kaats, E. & Opheij, W. (2023). *Leren samenwerken*. Boom; in seed 003 "Hoe geven we
       de samenwerking vorm?" (vorm volgt inhoud).
    """
    forms: Mapping[str, str] = parameters["forms"]
    for name in ("wished_finality_share", "finality_share"):
        shares: Counter = Counter()
        considered = []
        basis = parameters["basis"][name]
        for finality, form in forms.items():
            found = figure(name, finality)
            if found is None or not found.usable:
                continue
            shares[form] += float(found.value)
            reason = parameters["explain"][finality]
            if not considered:  # the first row says what the shares are of
                reason = {lang: f"{basis[lang]} {reason[lang]}" for lang in ("nl", "en")}
            considered.append(Consideration(
                id=finality, label=Text.from_value(parameters["labels"][finality]), figure=name,
                value=found.value, outcome=form, explain=Text.from_value(reason), group=finality,
            ))  # fmt: skip
        if shares:
            order = list(dict.fromkeys(forms.values()))
            best = max(order, key=lambda o: (round(shares[o], 9), -order.index(o)))
            return Decision(best, tuple(considered))
    return None


DECIDERS: dict[str, Callable[[Lookup, Mapping], Decision | None]] = {
    "governance_weighing": governance_weighing,
    "dominant_form": dominant_form,
}
