"""Form widgets shared by the apps.

A browser's ``<input type="date">`` only takes ISO dates (``2026-12-02``); rendered in the site's
Belgian format (``02-12-2026``) the field shows up empty, and posting the form back wipes the date.
"""

from __future__ import annotations

from django import forms

ISO_DATE = "%Y-%m-%d"


class DateInput(forms.DateInput):
    """A date picker whose value is always written in ISO format, whatever the language."""

    input_type = "date"

    def __init__(self, attrs: dict | None = None) -> None:
        super().__init__(attrs=attrs, format=ISO_DATE)
