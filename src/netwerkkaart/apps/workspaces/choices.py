"""Choices from the core vocabularies, labelled in the language of the request.

The core keeps a Dutch and an English label on every term (``core/vocab.py``); gettext catalogs do
not hold them. A choice label built here is lazy: it is read when shown, as ``term.en`` while
English is active and as ``term.nl`` otherwise (Dutch, and also when translation is deactivated,
as ``makemigrations`` does — so migrations keep the Dutch labels and never see a change).
"""

from __future__ import annotations

from django.utils.functional import lazy
from django.utils.translation import get_language

from netwerkkaart.core import vocab


def vocab_language() -> vocab.Lang:
    """The core's language code (``"nl"`` or ``"en"``) for the active Django language."""
    return "en" if (get_language() or "").startswith("en") else "nl"


def _term_label(term: vocab.Term) -> str:
    return term.label(vocab_language())


term_label = lazy(_term_label, str)
"""The label of a core term in the active language, evaluated each time it is shown."""


def vocab_choices(vocabulary: vocab.Vocabulary) -> list[tuple[str, str]]:
    """Choices from a core vocabulary: its codes in canonical order, with lazy labels."""
    return [(term.code, term_label(term)) for term in vocabulary]
