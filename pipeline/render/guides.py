"""The guides section: an index page and one page per guide, from content/guides/."""

from __future__ import annotations

from ..guides import Guide
from . import urls
from .common import front_matter
from .markup import attrs, block, esc, rel_url


def index_page(guides: list[Guide]) -> str:
    items = [f'<li class="lp-guide-card"{attrs(data_guide=g.slug)}>'
             f'<a{attrs(href=rel_url(urls.GUIDES, urls.guide(g.slug)))}>{esc(g.title)}</a>'
             f"<span>{esc(g.summary)}</span></li>" for g in guides]
    listing = block(['<ul class="lp-guides">', *items, "</ul>"]) if items else "No guides yet."
    return (front_matter("Guides", "How real Amazon loops work, and how to prepare your stories for them")
            + "# Guides\n\n"
            + "Short guides on what the lessons and exercises do not cover: how a real loop and the Bar Raiser "
              "work, how long to speak, how to build and reuse a story bank, what changes by level, and how to "
              "handle the hard parts: failure stories, assigned work and follow-up questions.\n\n"
            + listing + "\n")


def guide_page(guide: Guide, guides: list[Guide]) -> str:
    here = urls.guide(guide.slug)
    index = [g.slug for g in guides].index(guide.slug)
    around = []
    if index > 0:
        prev = guides[index - 1]
        around.append(f"Previous: [{prev.title}]({rel_url(here, urls.guide(prev.slug))})")
    if index + 1 < len(guides):
        nxt = guides[index + 1]
        around.append(f"Next: [{nxt.title}]({rel_url(here, urls.guide(nxt.slug))})")
    footer = " · ".join([*around, f"[All guides]({rel_url(here, urls.GUIDES)})",
                         f"[Practise your own story]({rel_url(here, urls.PRACTICE)})"])
    return (front_matter(guide.title, guide.summary) + f"# {guide.title}\n\n"
            + f'<p class="lp-lead">{esc(guide.summary)}</p>\n\n' + guide.body + "\n\n---\n\n" + footer + "\n")
