"""The Practice page: the scorer widget's static shell and its data.

The shell reads without JavaScript (it says the scorer needs it); practice.js
fills in the question chooser, the live counts and the result.
"""

from __future__ import annotations

from scorer import rubric

from ..models import Principle
from . import urls
from .common import front_matter, guide_links
from .markup import attrs, block, esc, island_data
from .stories import story_save_panel

DEFAULT_PYODIDE = "assets/pyodide/pyodide.mjs"


def island_payload(principles: dict[str, Principle], scorer_bundle: str, runtime: dict) -> dict:
    """The widget's data: site-relative asset paths (or a full runtime URL) and each principle's questions."""
    return {"scorer": scorer_bundle, "pyodide": runtime.get("pyodide_url") or DEFAULT_PYODIDE,
            "pyodide_integrity": runtime.get("pyodide_integrity"),
            "speaking_wpm": rubric.SPEAKING_WPM,
            "principles": [{"id": pid, "title": title,
                            "questions": [{"id": q.id, "text": q.text.strip(), "initiative": q.initiative}
                                          for q in principles[pid].doc.questions]
                            if pid in principles else []}
                           for pid, title in rubric.PRINCIPLE_TITLES.items()]}


def practice_page(principles: dict[str, Principle], scorer_bundle: str, runtime: dict, guides: list | None = None) -> str:
    options = "".join(f"<option{attrs(value=pid)}>{esc(title)}</option>" for pid, title in rubric.PRINCIPLE_TITLES.items())
    data = island_payload(principles, scorer_bundle, runtime)
    island = [f'<div class="lp-practice" data-scorer data-state="loading" data-runs="0"{island_data(data)}>',
              '<div class="lp-practice__status" data-scorer-status role="status">'
              '<span data-scorer-status-text>The scorer runs in your browser with JavaScript; it is loading.</span>'
              '<progress data-scorer-progress max="3" value="0" hidden></progress></div>',
              '<div class="lp-practice__choose">',
              f'<label class="lp-field">Principle <select data-scorer-lp>{options}</select></label>',
              '<label class="lp-field" data-scorer-question-field hidden>Question '
              '<select data-scorer-question><option value="">Any question (no prompt)</option></select></label>',
              "</div>",
              '<p class="lp-practice__prompt" data-scorer-prompt hidden></p>',
              '<label class="lp-field lp-field--wide" for="lp-practice-answer">Your answer</label>',
              '<textarea id="lp-practice-answer" class="lp-practice__input" data-scorer-input rows="12" spellcheck="true" '
              'aria-describedby="lp-practice-count lp-practice-help" '
              'placeholder="Situation, task, what you did yourself, and the result with a number."></textarea>',
              '<p class="lp-practice__meta"><span id="lp-practice-count" data-scorer-count>0 words</span>'
              '<span id="lp-practice-help" class="lp-practice__help">Ctrl+Enter (⌘+Enter on a Mac) scores.</span>'
              '<span data-scorer-draft class="lp-practice__draft"></span></p>',
              '<p class="lp-practice__actions"><button class="md-button md-button--primary" type="button" data-scorer-run>'
              "Score my answer</button></p>",
              '<div class="lp-practice__result" data-scorer-result tabindex="-1" hidden></div>',
              # The story bank's save form; its own widget enables it after a scoring run.
              *story_save_panel(),
              "</div>"]
    return (front_matter("Practice", "Score your own answer in your browser")
            + "# Practice: score your own answer\n\n"
            + "Write or paste a STAR answer, choose the principle it is for, and score it. The scorer runs "
              "inside this page; your answer never leaves your device.\n\n" + block(island) + "\n"
            + _guides_note(guides or []))


def _guides_note(guides: list) -> str:
    links = guide_links(urls.PRACTICE, guides, ("time-budget", "story-bank", "assigned-stories", "follow-ups", "levels"))
    return f"\nBefore you write: {links}.\n" if links else ""
