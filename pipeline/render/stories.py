"""The story bank: its page's shell and data, and the save panel inside Practice.

Both widgets fill themselves from local storage in the reader's browser; the
build only supplies the principles, the rubric's dimensions and the links.
"""

from __future__ import annotations

from scorer import rubric

from . import urls
from .common import front_matter
from .markup import attrs, block, esc, island_data, rel_url


def _principles(page_url: str) -> list[dict]:
    return [{"id": p.id, "title": p.title, "href": rel_url(page_url, urls.principle(p.id)),
             "practice": rel_url(page_url, urls.PRACTICE) + f"?lp={p.id}"}
            for p in rubric.PRINCIPLES]


def stories_page() -> str:
    data = {"principles": _principles(urls.STORIES),
            "dimensions": [{"id": d.id, "title": d.title, "max": d.max} for d in rubric.DIMENSIONS],
            "practice": rel_url(urls.STORIES, urls.PRACTICE), "max_principles": 4}
    island = [f'<div class="lp-stories" data-stories{island_data(data)}>',
              "<p>Your story bank lives in this browser and needs JavaScript. Score an answer in "
              f'<a{attrs(href=data["practice"])}>Practice</a> and save it to start it.</p>',
              "</div>"]
    return (front_matter("Story bank", "Your stories, mapped to principles, on your device only")
            + "# Story bank\n\n"
            + "The stories you saved from Practice, which principles they cover, and how each improved. "
              "They are kept in this browser only; export them to keep a copy.\n\n"
            + block(island) + "\n\n"
            + "## Plan my loop\n\n"
            + "Choose the principles of your loop. Each interview gets the saved story that fits its principle best, "
              "no story is told twice, and the principles with no good story are listed, so you know what to write next.\n\n"
            + block([f'<div class="lp-loop-plan" data-loop-plan{island_data({"principles": data["principles"]})}>',
                     "<p>The planner reads your story bank in this browser and needs JavaScript.</p>", "</div>"]) + "\n")


def story_save_panel() -> list[str]:
    """The save form inside the Practice widget; story-save.js shows it after a scoring run."""
    boxes = "".join(
        f'<label class="lp-story-save__lp"><input type="checkbox" data-story-lp{attrs(value=p.id)}> {esc(p.title)}</label>'
        for p in rubric.PRINCIPLES)
    return ['<div class="lp-story-save" data-story-save-panel hidden>',
            '<p class="lp-story-save__heading"><strong>Keep this answer in your story bank</strong></p>',
            '<div class="lp-story-save__row">',
            '<label class="lp-field">Story <select data-story-choose><option value="">A new story</option></select></label>',
            '<label class="lp-field">Story title <input type="text" data-story-title maxlength="120" autocomplete="off"></label>',
            "</div>",
            '<fieldset class="lp-story-save__lps"><legend>Principles this story serves</legend>',
            boxes, "</fieldset>",
            '<p class="lp-story-save__actions"><button class="md-button" type="button" data-story-save>Save to my story bank</button> ',
            f'<a{attrs(href=rel_url(urls.PRACTICE, urls.STORIES))}>Open the story bank</a></p>',
            '<p class="lp-story-save__status" data-story-save-status role="status" aria-live="polite"></p>',
            "</div>"]
