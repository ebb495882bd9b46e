"""The size limit on uploads, enforced while the request is read.

Django's own limits do not bound a file: ``DATA_UPLOAD_MAX_MEMORY_SIZE`` counts the body without
its files, ``FILE_UPLOAD_MAX_MEMORY_SIZE`` only decides when a file moves from memory to a
temporary file. :class:`LimitedUploadHandler` comes first in ``FILE_UPLOAD_HANDLERS``: when the
request's ``Content-Length`` is over ``NETWERKKAART_MAX_UPLOAD_MB`` it skips every file before a
byte of it is kept, and it counts the bytes of every file as they arrive (a request without a
``Content-Length``, or one that lies), skipping the rest once the limit is passed. The request is
marked; a view calls :func:`refuse_if_too_large` to put the message on its form.

The CSRF middleware reads the form before any view runs, so the limit has to live in a handler
installed in the settings, not in the view.
"""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.core.files.uploadhandler import FileUploadHandler, SkipFile
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

# The attribute set on a request whose upload went over the limit.
TOO_LARGE = "netwerkkaart_upload_too_large"
FIELDS_ROOM = 2**20


def max_upload_bytes() -> int:
    return int(getattr(settings, "NETWERKKAART_MAX_UPLOAD_MB", 50)) * 2**20


def too_large_message() -> str:
    return str(
        _(
            "Het bestand is te groot: een upload mag hoogstens %(limit)s MB zijn. Deel het op of "
            "laat overbodige kolommen weg."
        )
        % {"limit": max_upload_bytes() // 2**20}
    )


class LimitedUploadHandler(FileUploadHandler):
    """Skips the files of a request once they pass the upload limit; the next handlers store the rest."""

    def __init__(self, request: HttpRequest | None = None) -> None:
        super().__init__(request)
        self.limit = max_upload_bytes()
        self.received = 0
        self.over = False

    def handle_raw_input(self, input_data, META, content_length, boundary, encoding=None):
        # The body holds the form's other fields too: room for them above the files' limit.
        if content_length is not None and content_length > self.limit + FIELDS_ROOM:
            self.over = True
            setattr(self.request, TOO_LARGE, True)

    def new_file(self, *args, **kwargs) -> None:
        super().new_file(*args, **kwargs)
        if self.over:
            raise SkipFile  # the rest of this file is read past, never kept

    def receive_data_chunk(self, raw_data: bytes, start: int) -> bytes:
        self.received += len(raw_data)
        if self.received > self.limit:
            self.over = True
            setattr(self.request, TOO_LARGE, True)
            raise SkipFile
        return raw_data

    def file_complete(self, file_size: int) -> None:
        return None  # the next handler makes the file


def upload_too_large(request: HttpRequest) -> bool:
    return bool(getattr(request, TOO_LARGE, False))


def refuse_if_too_large(request: HttpRequest, form: forms.Form, field: str) -> bool:
    """When ``request``'s upload went over the limit, put the message on ``form``'s ``field``.

    Returns whether it did; the form is then invalid (its other errors are kept).
    """
    if not upload_too_large(request):
        return False
    form.is_valid()
    form.errors[field] = form.error_class([too_large_message()])
    return True
