"""The guides: Markdown pages in content/guides/, each with a small front matter.

    ---
    title: How an Amazon loop and the Bar Raiser work
    summary: One sentence for the index page.
    order: 1
    ---
    Markdown body...

Loading reports every problem with its file and line, like the rest of the content.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from .problems import Problems

FIELDS = ("title", "summary", "order")


@dataclass(frozen=True)
class Guide:
    slug: str
    title: str
    summary: str
    order: int
    body: str
    file: str


def _split(text: str) -> tuple[str, str, int] | None:
    """(front matter, body, the body's first line) or None without a front matter."""
    if not text.startswith("---\n"):
        return None
    end = text.find("\n---\n", 4)
    if end < 0:
        return None
    return text[4:end], text[end + 5:], text.count("\n", 0, end + 5) + 1


def load_guide(path: Path, display: str, problems: Problems) -> Guide | None:
    text = path.read_text(encoding="utf-8")
    parts = _split(text)
    if parts is None:
        problems.add(display, 1, "a guide must start with a front matter (---, title, summary, order, ---)")
        return None
    front, body, _ = parts
    try:
        meta = yaml.safe_load(front) or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        problems.add(display, 2 + (mark.line if mark else 0), f"YAML syntax error in the front matter: {error}")
        return None
    ok = isinstance(meta, dict)
    for key in FIELDS:
        if not ok or key not in meta:
            problems.add(display, 1, f"guide front matter is missing '{key}'")
            ok = False
    for key in meta if isinstance(meta, dict) else ():
        if key not in FIELDS:
            problems.add(display, 1, f"unknown key '{key}' in the guide's front matter; allowed: {', '.join(FIELDS)}")
            ok = False
    if ok and not isinstance(meta["order"], int):
        problems.add(display, 1, "guide 'order' must be a whole number")
        ok = False
    if ok and not body.strip():
        problems.add(display, 1, "the guide has no text")
        ok = False
    if not ok:
        return None
    return Guide(path.stem, str(meta["title"]), str(meta["summary"]), meta["order"], body.strip(), display)


def load_guides(folder: Path, display_of, problems: Problems) -> list[Guide]:
    if not folder.is_dir():
        return []
    guides = [g for path in sorted(folder.glob("*.md")) if (g := load_guide(path, display_of(path), problems))]
    return sorted(guides, key=lambda g: (g.order, g.slug))
