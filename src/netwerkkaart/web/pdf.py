"""HTML to PDF with WeasyPrint: the one place a PDF is made, for every app that makes one.

WeasyPrint needs Pango at run time (``apt install libpango-1.0-0 libpangoft2-1.0-0``); it is
imported on first use, so the site starts and serves every other page without it.
"""

from __future__ import annotations

from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _


class PdfUnavailable(RuntimeError):
    """WeasyPrint or the system libraries it needs are missing on this machine."""


def html_to_pdf(html: str, *, base_url: str | None = None) -> bytes:
    """Render ``html`` (a complete document with its own print CSS) as a tagged PDF.

    Tags (PDF/UA structure: headings, tables, lists, the reading order) let a screen reader read
    the report; the document's ``lang`` and ``<title>`` become the PDF's language and title.
    """
    try:
        from weasyprint import HTML
    except (ImportError, OSError) as error:  # OSError: Pango missing
        raise PdfUnavailable(
            _("PDF maken kan niet op deze server: WeasyPrint of Pango ontbreekt (%(error)s).")
            % {"error": error}
        ) from error
    return HTML(string=html, base_url=base_url).write_pdf(pdf_tags=True)


def made_on(lang: str) -> str:
    """Now, as the reader's language writes a date and time (the date on a PDF or workbook)."""
    with translation.override(lang):
        return date_format(timezone.localtime(), "DATETIME_FORMAT")
