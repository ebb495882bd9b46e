"""Answering a questionnaire from a test, through the same services the pages use."""

from __future__ import annotations

from netwerkkaart.apps.surveys import answering


def answer_partner(visit: answering.Visit, actor_id: str, **answers: object) -> str:
    """Add register actor ``actor_id`` as a partner and answer the given per-partner questions."""
    answering.add_list_entry(visit, "partners", {"actor": actor_id})
    key = answering.partner_key({"actor": actor_id})
    for question, value in answers.items():
        answering.save_answer(visit, question, key, value)
    return key
