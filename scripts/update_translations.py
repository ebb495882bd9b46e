"""Bring the translation catalogs up to date with the source, for developers.

    .venv/bin/python scripts/update_translations.py

1. ``manage.py makemessages`` for every catalog language, run inside ``src/netwerkkaart`` so it
   scans the package (Python and templates) and nothing else, and drops obsolete entries;
2. fills the Dutch catalog (``nl_BE``): the source strings *are* Dutch, so each new or changed
   msgid becomes its own translation (``msgen``);
3. ``manage.py compilemessages``: the ``.mo`` files are kept in git, next to their ``.po``;
4. lists what is still untranslated or fuzzy, with where it comes from: translate those in
   ``src/netwerkkaart/locale/en/LC_MESSAGES/django.po`` (remove the ``#, fuzzy`` line once a
   fuzzy entry is right) and run this script again. ``scripts/check_translations.py`` must pass.

Needs GNU gettext (``msgfmt``, ``msgmerge``, ``msgattrib``, ``msgen``, ``xgettext``).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PACKAGE_DIR = REPO / "src" / "netwerkkaart"
LOCALE_DIR = PACKAGE_DIR / "locale"
DOMAIN = "django"
# Catalog languages; the first is the source language (its msgstr repeats the msgid).
SOURCE_LANGUAGE = "nl_BE"
LANGUAGES = (SOURCE_LANGUAGE, "en")
# makemessages walks the current directory (the package); glob patterns on names or paths.
IGNORE = ("locale", "migrations", "static", "node_modules", ".venv", "var", "tests", "__pycache__")
MAKEMESSAGES_OPTIONS = (
    "--no-obsolete",
    "--no-wrap",
    # File names without line numbers: a catalog changes only when its messages do.
    "--add-location=file",
    *(f"--ignore={pattern}" for pattern in IGNORE),
)
TOOLS = ("xgettext", "msguniq", "msgmerge", "msgattrib", "msgfmt", "msgen")


def po_path(language: str) -> Path:
    return LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def mo_path(language: str) -> Path:
    return po_path(language).with_suffix(".mo")


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def manage(*args: str) -> None:
    """Run ``manage.py`` inside the package, so makemessages scans exactly the package."""
    env = dict(os.environ)
    env.setdefault("DJANGO_SETTINGS_MODULE", "netwerkkaart.web.settings")
    # Settings keep their files in ./var; not inside the package.
    env.setdefault("NETWERKKAART_VAR", str(REPO / "var"))
    subprocess.run(
        [sys.executable, str(REPO / "manage.py"), *args], cwd=PACKAGE_DIR, env=env, check=True
    )


_POT_DATE = re.compile(r'^"POT-Creation-Date: .*\\n"\n', re.MULTILINE)


def make_messages() -> list[str]:
    """Update every catalog from the source; the languages whose messages changed.

    msgmerge stamps a new POT-Creation-Date on every run; a catalog whose messages did not
    change keeps its old text, so an up-to-date tree stays clean.
    """
    LOCALE_DIR.mkdir(parents=True, exist_ok=True)
    before = {
        lang: po_path(lang).read_text("utf-8") for lang in LANGUAGES if po_path(lang).exists()
    }
    manage(
        "makemessages",
        "--verbosity=0",
        *(f"--locale={lang}" for lang in LANGUAGES),
        *MAKEMESSAGES_OPTIONS,
    )
    changed = []
    for lang in LANGUAGES:
        path = po_path(lang)
        after = path.read_text("utf-8")
        old = before.get(lang)
        if old is not None and _POT_DATE.sub("", old) == _POT_DATE.sub("", after):
            path.write_text(old, "utf-8")
        elif old != after:
            changed.append(lang)
    return changed


_TEMPLATE_COMMENT = re.compile(r"\A# SOME DESCRIPTIVE TITLE\.\n(#.*\n)*?#, fuzzy\n")
LANGUAGE_NAMES = {"nl_BE": "Dutch (Belgium)", "en": "English"}


def settle_headers() -> None:
    """Give a newly created catalog a real header (makemessages leaves a template's)."""
    now = datetime.now().astimezone().strftime("%Y-%m-%d %H:%M%z")
    for lang in LANGUAGES:
        path = po_path(lang)
        text = path.read_text("utf-8")
        settled = _TEMPLATE_COMMENT.sub(
            f"# Netwerkkaart: {LANGUAGE_NAMES.get(lang, lang)} messages.\n"
            "# This file is distributed under the same license as the netwerkkaart package.\n"
            "# Update with scripts/update_translations.py; check with scripts/check_translations.py.\n"
            "#\n",
            text,
            count=1,
        )
        settled = settled.replace(
            '"Project-Id-Version: PACKAGE VERSION\\n"', '"Project-Id-Version: netwerkkaart\\n"'
        )
        settled = settled.replace('"Language: \\n"', f'"Language: {lang}\\n"')
        settled = settled.replace(
            "PO-Revision-Date: YEAR-MO-DA HO:MI+ZONE", f"PO-Revision-Date: {now}"
        )
        settled = settled.replace("FULL NAME <EMAIL@ADDRESS>", "Netwerkkaart contributors")
        settled = settled.replace("LANGUAGE <LL@li.org>", "Netwerkkaart contributors")
        settled = settled.replace(
            "nplurals=INTEGER; plural=EXPRESSION;", "nplurals=2; plural=(n != 1);"
        )
        if settled != text:
            path.write_text(settled, "utf-8")


def fill_source_language() -> None:
    """In the Dutch catalog every empty or fuzzy entry becomes its own msgid (plurals too)."""
    path = str(po_path(SOURCE_LANGUAGE))
    subprocess.run(
        ["msgattrib", "--clear-fuzzy", "--empty", "--no-wrap", "-o", path, path], check=True
    )
    subprocess.run(["msgen", "--no-wrap", "-o", path, path], check=True)


def compile_messages() -> None:
    manage("compilemessages", "--verbosity=0", *(f"--locale={lang}" for lang in LANGUAGES))


@dataclass(frozen=True)
class Entry:
    msgid: str
    msgid_plural: str | None
    msgstr: tuple[str, ...]
    flags: tuple[str, ...]
    locations: tuple[str, ...]
    context: str | None = None

    def describe(self) -> str:
        where = ", ".join(self.locations) or "?"
        text = self.msgid if self.msgid_plural is None else f"{self.msgid} | {self.msgid_plural}"
        context = f" [context {self.context!r}]" if self.context else ""
        return f"{text!r}{context}  ({where})"


def _unquote(line: str) -> str:
    # A PO string is a C string literal; for our catalogs that is a Python one too.
    return _UNESCAPES.sub(lambda m: _ESCAPES[m.group(1)], line[1:-1])


_ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "r": "\r"}
_UNESCAPES = re.compile(r'\\([ntr"\\])')


def read_po(text: str) -> list[Entry]:
    """The entries of a PO file (without the header and obsolete entries)."""
    entries: list[Entry] = []
    for block in re.split(r"\n\s*\n", text.strip()):
        fields: dict[str, str] = {}
        flags: list[str] = []
        locations: list[str] = []
        current: str | None = None
        for raw in block.splitlines():
            line = raw.strip()
            if line.startswith("#~"):
                current = None
                continue
            if line.startswith("#,"):
                flags.extend(f.strip() for f in line[2:].split(","))
            elif line.startswith("#:"):
                locations.extend(line[2:].split())
            elif line.startswith("#"):
                continue
            elif line.startswith('"') and current is not None:
                fields[current] += _unquote(line)
            elif line:
                keyword, _, rest = line.partition(" ")
                current = keyword
                fields[current] = _unquote(rest.strip())
        if "msgid" not in fields or fields["msgid"] == "":
            continue  # the header, or nothing but obsolete entries
        if "msgid_plural" in fields:
            count = sum(1 for key in fields if key.startswith("msgstr["))
            msgstr = tuple(fields[f"msgstr[{i}]"] for i in range(count))
        else:
            msgstr = (fields.get("msgstr", ""),)
        entries.append(
            Entry(
                fields["msgid"],
                fields.get("msgid_plural"),
                msgstr,
                tuple(flags),
                tuple(locations),
                fields.get("msgctxt"),
            )
        )
    return entries


def select(language: str, *msgattrib_options: str) -> list[Entry]:
    """The entries of a catalog that ``msgattrib`` selects with the given options."""
    result = subprocess.run(
        ["msgattrib", "--no-wrap", *msgattrib_options, str(po_path(language))],
        check=True,
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    return read_po(result.stdout)


def untranslated(language: str) -> list[Entry]:
    return select(language, "--untranslated", "--no-obsolete")


def fuzzy(language: str) -> list[Entry]:
    return select(language, "--only-fuzzy", "--no-obsolete")


def report_open_entries() -> int:
    """Print the untranslated and fuzzy entries of every catalog; their number."""
    total = 0
    for lang in LANGUAGES:
        for kind, entries in (("untranslated", untranslated(lang)), ("fuzzy", fuzzy(lang))):
            if entries:
                print(f"{po_path(lang).relative_to(REPO)}: {len(entries)} {kind}:")
                for entry in entries:
                    print(f"  {entry.describe()}")
            total += len(entries)
    return total


def main() -> int:
    missing = missing_tools()
    if missing:
        print(f"GNU gettext is needed ({', '.join(missing)} not found).", file=sys.stderr)
        return 2
    changed = make_messages()
    settle_headers()
    fill_source_language()
    compile_messages()
    print(f"Catalogs updated: {', '.join(changed) or 'no message changed'}.")
    open_entries = report_open_entries()
    if open_entries:
        print(f"Translate the {open_entries} entries above, then run this script again.")
        return 1
    print("Every message is translated; the .mo files are compiled.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
