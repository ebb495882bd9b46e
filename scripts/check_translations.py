"""Fail when a translation catalog is not complete and compiled.

    .venv/bin/python scripts/check_translations.py

1. runs ``makemessages`` (as ``scripts/update_translations.py`` does, in place, obsolete entries
   dropped), so a message in the source that is missing from a catalog shows up as untranslated;
2. fails on every untranslated or fuzzy entry of every catalog (``msgattrib``), listing them;
3. compiles every catalog to a temporary file (``msgfmt --check-format``, which also catches a
   placeholder such as ``%(round)s`` lost in a translation) and fails when the committed ``.mo``
   is missing or holds other messages than that (compared as parsed catalogs, so neither file
   times nor msgfmt versions matter).

Exit code 0 when all is well, 1 with the list of problems, 2 when GNU gettext is missing. The fix
is nearly always: ``.venv/bin/python scripts/update_translations.py``, translate what it lists in
``src/netwerkkaart/locale/en/LC_MESSAGES/django.po``, run it again, commit ``.po`` and ``.mo``.
"""

from __future__ import annotations

import gettext
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import update_translations as catalogs


def parsed_mo(path: Path) -> dict[object, str]:
    """The messages of a compiled catalog, without its header (which records dates)."""
    with path.open("rb") as handle:
        messages = dict(gettext.GNUTranslations(handle)._catalog)
    messages.pop("", None)
    return messages


def compiled_problems(language: str) -> list[str]:
    po, mo = catalogs.po_path(language), catalogs.mo_path(language)
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / "django.mo"
        result = subprocess.run(
            ["msgfmt", "--check-format", "-o", str(fresh), str(po)],
            capture_output=True,
            text=True,
        )
        if result.returncode != 0:
            return [f"{po.relative_to(catalogs.REPO)} does not compile:\n{result.stderr.strip()}"]
        if not mo.exists():
            return [f"{mo.relative_to(catalogs.REPO)} is missing"]
        expected, committed = parsed_mo(fresh), parsed_mo(mo)
    if expected == committed:
        return []
    differing = sorted(
        str(key)
        for key in expected.keys() | committed.keys()
        if expected.get(key) != committed.get(key)
    )
    shown = "".join(f"\n  {key!r}" for key in differing[:20])
    more = f"\n  … and {len(differing) - 20} more" if len(differing) > 20 else ""
    return [
        f"{mo.relative_to(catalogs.REPO)} is not compiled from its .po "
        f"({len(differing)} messages differ):{shown}{more}"
    ]


def main() -> int:
    missing = catalogs.missing_tools()
    if missing:
        print(f"GNU gettext is needed ({', '.join(missing)} not found).", file=sys.stderr)
        return 2
    changed = catalogs.make_messages()
    if changed:
        # Not a failure by itself: new or changed messages show up as untranslated or fuzzy,
        # removed ones as a .mo that differs; a moved message only changes a location comment.
        print(f"Note: catalogs updated from the source in place: {', '.join(changed)}.")
    problems: list[str] = []
    for language in catalogs.LANGUAGES:
        po = catalogs.po_path(language).relative_to(catalogs.REPO)
        for kind, entries in (
            ("untranslated", catalogs.untranslated(language)),
            ("fuzzy", catalogs.fuzzy(language)),
        ):
            if entries:
                listed = "".join(f"\n  {entry.describe()}" for entry in entries)
                problems.append(f"{po}: {len(entries)} {kind}:{listed}")
        problems.extend(compiled_problems(language))
    if not problems:
        print(f"Translations complete and compiled ({', '.join(catalogs.LANGUAGES)}).")
        return 0
    print("Translation check failed:\n", file=sys.stderr)
    for problem in problems:
        print(f"- {problem}", file=sys.stderr)
    print(
        "\nFix: .venv/bin/python scripts/update_translations.py (fills nl_BE, compiles), translate "
        "what it lists in src/netwerkkaart/locale/en/LC_MESSAGES/django.po, run it again and "
        "commit the .po and .mo files.",
        file=sys.stderr,
    )
    return 1


if __name__ == "__main__":
    sys.exit(main())
