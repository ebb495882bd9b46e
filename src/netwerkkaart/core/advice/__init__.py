"""Advice: from a round's measured network to what the partners do next, with reasons.

Rules are data (one YAML file per rule in ``rules/``, validated on load by :mod:`.loader`); a
rule reads the round's named figures (:func:`.figures.figure_set`) and, when its condition holds,
yields a :class:`~.model.Recommendation` with the figures it rests on, two to four steps, who it
concerns and the literature. :func:`.evaluate.advise` applies them all; :func:`.evaluate.compare_advice`
says what changed since the previous round; :mod:`.render` writes them as plain data or Markdown.
"""

from __future__ import annotations

from netwerkkaart.core.advice.evaluate import AdviceChange, advise, compare_advice
from netwerkkaart.core.advice.figures import FigureSet, SessionFigures, figure_set, session_figures
from netwerkkaart.core.advice.loader import RuleError, builtin_rules, load_rule, load_rule_text
from netwerkkaart.core.advice.model import Evidence, NamedFigure, Recommendation, Rule

__all__ = [
    "AdviceChange",
    "Evidence",
    "FigureSet",
    "NamedFigure",
    "Recommendation",
    "Rule",
    "RuleError",
    "SessionFigures",
    "advise",
    "builtin_rules",
    "compare_advice",
    "figure_set",
    "load_rule",
    "load_rule_text",
    "session_figures",
]
