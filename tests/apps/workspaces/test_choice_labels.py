"""Choices from the core vocabularies are labelled in the active language, not fixed at import."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.utils import translation

from netwerkkaart.apps.register.forms import SearchForm
from netwerkkaart.apps.register.models import Actor
from netwerkkaart.apps.rounds.models import Tie
from netwerkkaart.apps.workspaces.choices import vocab_choices, vocab_language
from netwerkkaart.core import vocab


def test_a_model_choice_label_is_english_under_english_and_dutch_under_nl_be() -> None:
    actor = Actor(sector="informeel", actor_type="zelfstandige_zorgprofessional", scope="gemeente")
    with translation.override("en"):
        assert actor.get_sector_display() == "Informal actors"
        assert actor.get_actor_type_display() == "Self-employed care professional"
        assert actor.get_scope_display() == "Municipality or city"
    with translation.override("nl-be"):
        assert actor.get_sector_display() == "Informele actoren"
        assert actor.get_actor_type_display() == "Zelfstandige zorgprofessional"
        assert actor.get_scope_display() == "Gemeente of stad"


def test_every_answer_field_of_a_tie_follows_the_language() -> None:
    tie = Tie(
        partner_group="welzijn", evaluation="slecht", scale="bovenlokaal", finality="afstemming"
    )
    with translation.override("en"):
        shown = [tie.get_partner_group_display(), tie.get_evaluation_display()]
        shown += [tie.get_scale_display(), tie.get_finality_display()]
        assert shown == ["Welfare", "Poor", "Supra-local", "Coordination"]
    with translation.override("nl-be"):
        shown = [tie.get_partner_group_display(), tie.get_evaluation_display()]
        shown += [tie.get_scale_display(), tie.get_finality_display()]
        assert shown == ["Welzijn", "Slecht", "Bovenlokaal", "Afstemming"]


def test_a_form_built_at_import_still_shows_the_language_of_the_request() -> None:
    with translation.override("en"):
        assert ("zorg", "Care") in [
            (code, str(label)) for code, label in SearchForm().fields["sector"].choices
        ]
    with translation.override("nl-be"):
        assert ("zorg", "Zorg") in [
            (code, str(label)) for code, label in SearchForm().fields["sector"].choices
        ]


@pytest.mark.parametrize("language", ["nl-be", "en"])
def test_labels_and_language_agree_on_every_term(language) -> None:
    with translation.override(language):
        lang = vocab_language()
        for vocabulary in (vocab.RESPONDENT_TYPE, vocab.SECTOR, vocab.SCOPE, vocab.WISH):
            labels = [str(label) for _, label in vocab_choices(vocabulary)]
            assert labels == [term.label(lang) for term in vocabulary]


def test_without_an_active_language_the_labels_are_dutch() -> None:
    # makemigrations runs with translation deactivated: the labels in the migrations stay Dutch.
    with translation.override(None):
        assert vocab_language() == "nl"
        assert dict(vocab_choices(vocab.EVALUATION))["zeer_goed"] == "Zeer goed"


@pytest.mark.django_db
def test_lazy_labels_leave_the_migrations_unchanged() -> None:
    with translation.override("en"):
        call_command("makemigrations", check=True, dry_run=True, verbosity=0)
