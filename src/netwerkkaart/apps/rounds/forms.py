"""The upload form of the import page, and storing an upload where the reader can find it."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from django import forms
from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _

from netwerkkaart.apps.rounds.models import RoundStatus
from netwerkkaart.apps.rounds.services import default_round_code, usable_code
from netwerkkaart.core.dataformat import FILES
from netwerkkaart.web.uploads import max_upload_bytes, too_large_message

FILE_NAMES = tuple(spec.name for spec in FILES)  # ties, wishes, unknown, actors


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ".csv,.zip,.xlsx"}))
        super().__init__(*args, **kwargs)

    def clean(self, data: object, initial: object = None) -> list[UploadedFile]:
        single = super().clean
        if isinstance(data, list | tuple):
            return [single(item, initial) for item in data]
        return [single(data, initial)]


@dataclass(frozen=True)
class StoredUpload:
    """An upload on disk: the ``folder`` to remove afterwards and the ``source`` to read."""

    folder: Path
    source: Path
    filename: str


class ImportForm(forms.Form):
    files = MultipleFileField(
        label=_("Bestanden"),
        help_text=_(
            "Eén of meer CSV-bestanden (ties.csv, wishes.csv, unknown.csv, actors.csv), één "
            ".zip met die bestanden, of één .xlsx-werkmap met een blad per bestand."
        ),
    )
    round_code = forms.CharField(
        label=_("Ronde voor rijen zonder ronde"),
        max_length=40,
        initial=default_round_code,
        help_text=_("Rijen met een kolom 'round' komen in hun eigen ronde."),
    )
    replace = forms.BooleanField(
        label=_("Bestaande gegevens van deze rondes vervangen"),
        required=False,
        help_text=_("Zonder dit vinkje wordt een ronde die al gegevens heeft geweigerd."),
    )
    confirm_new_ids = forms.BooleanField(
        label=_("Identificaties die niet in het register staan, zijn nieuwe actoren"),
        required=False,
        help_text=_(
            "Lijkt een code op een code uit het register maar staat ze er niet in (bv. GG-HA-1 "
            "naast GG-HA-01), dan wordt het bestand eerst geweigerd met de codes die erop lijken. "
            "Vink dit aan als het echt om nieuwe actoren gaat."
        ),
    )

    def clean_files(self) -> list[UploadedFile]:
        files: list[UploadedFile] = self.cleaned_data["files"]
        if sum(f.size or 0 for f in files) > max_upload_bytes():
            raise forms.ValidationError(too_large_message())
        suffixes = [Path(f.name).suffix.lower() for f in files]
        if len(files) == 1 and suffixes[0] in (".zip", ".xlsx", ".csv"):
            return files
        if all(s == ".csv" for s in suffixes):
            stems = [Path(f.name).stem.lower() for f in files]
            unknown = [
                f.name for f, stem in zip(files, stems, strict=True) if stem not in FILE_NAMES
            ]
            if unknown:
                raise forms.ValidationError(
                    _("Onbekende bestandsnaam: %(names)s. Noem de bestanden %(allowed)s."),
                    params={"names": ", ".join(unknown), "allowed": ", ".join(FILE_NAMES)},
                )
            if len(set(stems)) < len(stems):
                raise forms.ValidationError(_("Hetzelfde bestand werd meer dan eens gekozen."))
            return files
        raise forms.ValidationError(
            _("Kies CSV-bestanden, of één .zip, of één .xlsx, niet door elkaar.")
        )

    def clean_round_code(self) -> str:
        code = self.cleaned_data["round_code"].strip()
        if not usable_code(code):
            raise forms.ValidationError(
                _("Gebruik een code zonder '/' en anders dan 'import', bijvoorbeeld %(example)s."),
                params={"example": default_round_code()},
            )
        return code

    def store(self) -> StoredUpload:
        """Write the upload to a fresh temporary folder, under the names the reader expects."""
        files: list[UploadedFile] = self.cleaned_data["files"]
        folder = Path(tempfile.mkdtemp(prefix="netwerkkaart-import-", dir=upload_dir()))
        suffix = Path(files[0].name).suffix.lower()
        if suffix in (".zip", ".xlsx"):
            source = folder / f"upload{suffix}"
            _write(files[0], source)
        else:
            source = folder
            for upload in files:
                stem = Path(upload.name).stem.lower()
                # A single CSV with another name is the ties file, as on the command line.
                _write(upload, folder / f"{stem if stem in FILE_NAMES else 'ties'}.csv")
        filename = ", ".join(Path(f.name).name for f in files)
        return StoredUpload(folder, source, filename)


def upload_dir() -> str:
    """Where an upload waits for the worker that imports it (settings.IMPORT_DIR)."""
    folder = Path(settings.IMPORT_DIR)
    folder.mkdir(parents=True, exist_ok=True)
    return str(folder)


def _write(upload: UploadedFile, target: Path) -> None:
    with target.open("wb") as out:
        for chunk in upload.chunks():
            out.write(chunk)


class RoundStatusForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=RoundStatus.choices)
