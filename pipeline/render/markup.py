"""Small HTML helpers for the widget islands embedded in Markdown pages.

Islands are emitted as one HTML block with no blank lines, so Python-Markdown
passes them through untouched; author text inside them is converted from
Markdown here, and every attribute value is escaped.
"""

from __future__ import annotations

import functools
import html
import json
import posixpath
import re
from typing import Any, Iterable

import markdown as _markdown

_MD = _markdown.Markdown(extensions=["sane_lists"])


def esc(text: str) -> str:
    return html.escape(str(text), quote=True)


# Text with none of these needs no Markdown parser: escaping gives the same HTML.
_MARKDOWN_SYNTAX = re.compile(r"[*_`\[\]!<>&\\#|~\t]|\n|^\s*(?:[-+]|\d+[.)])\s|^ {4}|  $|^$")


@functools.lru_cache(maxsize=None)
def md_block(text: str) -> str:
    """Author Markdown to HTML, block level."""
    text = text.strip()
    if not _MARKDOWN_SYNTAX.search(text):
        return f"<p>{html.escape(text, quote=False)}</p>"
    _MD.reset()
    return _MD.convert(text)


def md_inline(text: str) -> str:
    """Author Markdown to HTML without the wrapping paragraph."""
    out = md_block(text)
    if out.startswith("<p>") and out.endswith("</p>") and out.count("<p>") == 1:
        return out[3:-4]
    return out


def attrs(**values: Any) -> str:
    """Render keyword attributes; `data_x` becomes `data-x`, True is a bare attribute."""
    parts = []
    for key, value in values.items():
        if value is None or value is False:
            continue
        name = key.rstrip("_").replace("_", "-")
        parts.append(name if value is True else f'{name}="{esc(value)}"')
    return (" " + " ".join(parts)) if parts else ""


def island_data(data: Any) -> str:
    """A widget's data as an escaped `data-island` JSON attribute.

    Not a <script type="application/json">: Material's instant navigation
    re-creates inline scripts without their attributes and would run the JSON.
    """
    return attrs(data_island=json.dumps(data, ensure_ascii=False, separators=(",", ":")))


def block(lines: Iterable[str]) -> str:
    """Join HTML into one Markdown-safe block: no blank lines inside."""
    text = "\n".join(lines)
    return "\n".join(line for line in text.splitlines() if line.strip())


def rel_url(from_url: str, to_url: str) -> str:
    """A relative link between two directory-style site URLs ('' is the root)."""
    start = posixpath.join("/", from_url)
    target = posixpath.join("/", to_url)
    relative = posixpath.relpath(target, start if start.endswith("/") else posixpath.dirname(start))
    if (to_url == "" or to_url.endswith("/")) and not relative.endswith("/"):
        relative += "/"
    return "./" if relative in (".", "./") else relative
