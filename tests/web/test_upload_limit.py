"""The upload limit: refused while the request is read, by its Content-Length or its bytes."""

from __future__ import annotations

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from django.http.multipartparser import MultiPartParser
from django.test import RequestFactory
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart

from netwerkkaart.web.uploads import LimitedUploadHandler, upload_too_large

MiB = 2**20


def parse(body: bytes, content_length: int, limit_mb: int, settings):
    """Parse ``body`` as the server would, claiming ``content_length``; returns the handler too."""
    settings.NETWERKKAART_MAX_UPLOAD_MB = limit_mb
    request = RequestFactory().get("/")  # the handler only marks it
    handler = LimitedUploadHandler(request)
    from django.core.files.uploadhandler import MemoryFileUploadHandler

    meta = {"CONTENT_TYPE": MULTIPART_CONTENT, "CONTENT_LENGTH": str(content_length)}
    parser = MultiPartParser(meta, io.BytesIO(body), [handler, MemoryFileUploadHandler(request)])
    post, files = parser.parse()
    return request, handler, post, files


def multipart(size: int) -> bytes:
    return encode_multipart(
        BOUNDARY,
        {"csrfmiddlewaretoken": "t", "files": SimpleUploadedFile("ties.csv", b"x" * size)},
    )


def test_a_150_mib_content_length_is_refused_before_a_byte_of_the_file_is_kept(settings):
    body = multipart(1000)  # what arrives is small; the header announces 150 MiB
    request, handler, post, files = parse(body, 150 * MiB, 50, settings)
    assert upload_too_large(request)
    assert handler.received == 0  # the file was skipped at its start
    assert "files" not in files
    assert post["csrfmiddlewaretoken"] == "t"  # fields before the file are read: CSRF still works
    print(f"\n150 MiB announced, limit 50 MB: file bytes kept {handler.received}")


def test_a_file_that_grows_past_the_limit_is_cut_off_while_it_arrives(settings):
    body = multipart(3 * MiB)
    request, handler, _post, files = parse(body, len(body), 10, settings)
    assert not upload_too_large(request) and "files" in files  # 3 MiB under a 10 MB limit
    request, handler, _post, files = parse(body, 1000, 1, settings)  # a lying Content-Length
    assert upload_too_large(request) and "files" not in files
    assert MiB < handler.received <= MiB + 64 * 1024 + 1024  # stopped within one chunk


def test_the_limit_is_a_setting_with_a_sensible_default():
    from django.conf import settings

    assert settings.NETWERKKAART_MAX_UPLOAD_MB == 50
    assert settings.FILE_UPLOAD_HANDLERS[0] == "netwerkkaart.web.uploads.LimitedUploadHandler"
