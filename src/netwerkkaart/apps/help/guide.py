"""The user guide for coordinators, read from its one source: ``docs/handleiding.md`` (Dutch) and
``docs/handleiding.en.md`` (English).

The guide is one Markdown file per language, split into help pages by a marker line
``<!-- page: slug -->`` before each page's ``##`` heading (the same slugs in both languages, so a
page keeps its address when the language changes). The section on reading the measures is not
written twice: the block between ``<!-- measures -->`` and ``<!-- /measures -->`` is generated
from the core's explanations (:mod:`netwerkkaart.core.network.explanations`); a test keeps the
files in step, and ``python -m netwerkkaart.apps.help.guide`` rewrites the block.

Markdown is rendered by markdown-it-py (CommonMark, raw HTML off: the guide cannot inject markup).
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from markdown_it import MarkdownIt

from netwerkkaart.core.network import explanations

FILES = {"nl": "handleiding.md", "en": "handleiding.en.md"}
# Packaged copies (a wheel, see pyproject.toml) first, then the repository's docs/ folder.
PLACES = (Path(__file__).parent / "guide", Path(__file__).resolve().parents[4] / "docs")

PAGE_MARK = re.compile(r"^<!-- page: ([a-z0-9-]+) -->\s*$", re.MULTILINE)
MEASURES_BLOCK = re.compile(r"(<!-- measures -->\n)(.*?)(<!-- /measures -->)", re.DOTALL)
COMMENT_LINE = re.compile(r"^<!--.*-->\s*$", re.MULTILINE)
# A link to another file of docs/ ("[data-format.md](data-format.md)"): right on GitHub, a dead
# address on the site, which serves no such files. The site names the file instead.
DOCS_LINK = re.compile(r"\[([^\]]+)\]\((?![a-z]+:|/|#)([^)\s]+\.md)\)")

# The measures as the dashboard groups them: the whole network first, then each actor.
WHOLE = [m for m in explanations.MEASURES if m not in ("in_degree", "out_degree", "partners",
         "intensity", "betweenness", "closeness", "constraint", "effective_size", "core",
         "community", "brokerage")]  # fmt: skip
PER_ACTOR = [m for m in explanations.MEASURES if m not in WHOLE]
HEADINGS = {
    "nl": ("Over het hele netwerk", "Over één actor"),
    "en": ("About the whole network", "About one actor"),
}


class GuideMissing(FileNotFoundError):
    """The guide's file is not where it should be (a broken installation)."""


@dataclass(frozen=True)
class Page:
    slug: str
    title: str
    markdown: str  # without its heading

    def html(self) -> str:
        return render(self.markdown)


@dataclass(frozen=True)
class Guide:
    title: str
    intro: str  # Markdown before the first page
    pages: tuple[Page, ...]

    def page(self, slug: str) -> Page:
        for page in self.pages:
            if page.slug == slug:
                return page
        raise KeyError(slug)

    def intro_html(self) -> str:
        return render(self.intro)


def guide_path(lang: str) -> Path:
    name = FILES["en" if lang == "en" else "nl"]
    for place in PLACES:
        if (place / name).is_file():
            return place / name
    raise GuideMissing(name)


def guide(lang: str = "nl") -> Guide:
    """The guide in ``lang``, split into pages (read again when the file changes)."""
    path = guide_path(lang)
    return _parse(path.read_text(encoding="utf-8"), path.stat().st_mtime_ns)


@lru_cache(maxsize=4)
def _parse(text: str, _version: int) -> Guide:
    parts = PAGE_MARK.split(text)
    head, rest = parts[0], parts[1:]
    title_match = re.search(r"^# (.+)$", head, re.MULTILINE)
    title = title_match.group(1).strip() if title_match else "Netwerkkaart"
    intro = re.sub(r"^# .+$", "", head, count=1, flags=re.MULTILINE)
    pages = []
    for slug, body in zip(rest[0::2], rest[1::2], strict=True):
        heading = re.search(r"^## (.+)$", body, re.MULTILINE)
        if heading is None:
            raise ValueError(f"help page {slug!r} has no '## ' heading")
        content = body[heading.end() :]
        # A page is shown on its own: its sub-sections become the page's second level.
        content = re.sub(r"^#(#{2,5}) ", r"\1 ", content, flags=re.MULTILINE)
        pages.append(Page(slug, heading.group(1).strip(), content))
    return Guide(title, intro, tuple(pages))


_MARKDOWN = MarkdownIt("commonmark", {"html": False, "typographer": False}).enable("table")


def render(markdown: str) -> str:
    """Markdown as HTML, with the guide's marker comments left out and links to the other files
    of ``docs/`` written as the file's name (``docs/data-format.md``), not as dead links."""
    markdown = DOCS_LINK.sub(lambda m: f"`docs/{m.group(2)}`", COMMENT_LINE.sub("", markdown))
    return _MARKDOWN.render(markdown)


def measures_markdown(lang: str) -> str:
    """The measures section of the guide: every measure's name and explanation from the core."""
    lines: list[str] = []
    for heading, measures in zip(HEADINGS["en" if lang == "en" else "nl"], (WHOLE, PER_ACTOR),
                                 strict=True):  # fmt: skip
        lines += [f"#### {heading}", ""]
        for measure in measures:
            name = explanations.label(measure, lang)
            lines.append(f"- **{name}**: {explanations.explain(measure, lang)}")
        lines.append("")
    return "\n".join(lines)


def with_measures(text: str, lang: str) -> str:
    """``text`` (a guide file) with its measures block regenerated."""
    return MEASURES_BLOCK.sub(lambda m: m.group(1) + measures_markdown(lang) + m.group(3), text)


def main() -> None:
    """Rewrite the measures block of both guide files in docs/ (after the explanations change)."""
    for lang, name in FILES.items():
        path = PLACES[1] / name
        path.write_text(with_measures(path.read_text(encoding="utf-8"), lang), encoding="utf-8")
        sys.stdout.write(f"{path}\n")


if __name__ == "__main__":
    main()
