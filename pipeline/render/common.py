"""Pieces every page shares: front matter, the mode switcher, bullet lists."""

from __future__ import annotations

from . import urls
from .markup import attrs, block, rel_url


def front_matter(title: str, description: str) -> str:
    safe = lambda s: s.replace('"', "'")  # noqa: E731 - keeps YAML front matter one-line and valid
    return f'---\ntitle: "{safe(title)}"\ndescription: "{safe(description)}"\n---\n\n'


def mode_bar(here: str, pid: str, page_url: str) -> str:
    """The Learn / Evaluate / Test / Practice switcher shown on every principle page."""
    targets = {
        "Learn": rel_url(page_url, urls.principle(pid)),
        "Evaluate": rel_url(page_url, urls.principle(pid)) + "#evaluate",
        "Test": rel_url(page_url, urls.quiz(pid)),
        "Practice": rel_url(page_url, urls.PRACTICE) + f"?lp={pid}",
    }
    links = [
        f'<a class="lp-mode{" lp-mode--here" if name == here else ""}"'
        f'{attrs(href=href, aria_current="page" if name == here else None)}>{name}</a>'
        for name, href in targets.items()
    ]
    return block([f'<nav class="lp-modes" aria-label="Preparation modes">{"".join(links)}</nav>'])


def bullets(items: list[str]) -> str:
    return "\n".join(f"- {item.strip()}" for item in items)


def guide_links(page_url: str, guides: list, slugs: tuple[str, ...]) -> str:
    """Markdown links to those of `slugs` that exist, in that order, separated by middle dots."""
    titles = {g.slug: g.title for g in guides}
    return " · ".join(f"[{titles[s]}]({rel_url(page_url, urls.guide(s))})" for s in slugs if s in titles)
