"""Register files used by the import tests."""

from __future__ import annotations

import io

from django.core.files.uploadedfile import SimpleUploadedFile

VALID = (
    "id,name,actor_type,sector,category,location,scope,employees,clients,website\n"
    "GG-CAW-01,CAW Oost,welzijnsorganisatie,Welzijn,CAW,Stederen,regio,25,1200,https://caw.example\n"
    "GG-OC-01,OCMW Gemeentegem,lokaal_bestuur,lokaal bestuur,OCMW/Sociaal Huis,Gemeentegem,gemeente,40,\n"
    "GG-SC-01,Basisschool De Boom,andere_organisatie,andere,School,Leefhoek,buurt,,\n"
)

# Four problems on rows 3-6 (the header is row 1).
BROKEN = (
    "id,name,sector,employees\n"
    "GG-NEW-1,Een,zorg,3\n"
    "GG-NEW-2,,welzijn,2\n"
    "GG-NEW-3,Drie,onbekend,1\n"
    "GG-NEW-4,Vier,zorg,veel\n"
    "GG-NEW-1,Vijf,zorg,1\n"
)


def upload(text: str, name: str = "actors.csv") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, text.encode("utf-8"), content_type="text/csv")


def workbook(rows: list[list[object]], sheet: str = "actors") -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = sheet
    for row in rows:
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
