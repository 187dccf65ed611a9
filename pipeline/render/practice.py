"""The Practice page: the scorer widget's static shell and its data."""

from __future__ import annotations

from scorer import rubric

from ..models import Principle
from .common import front_matter
from .markup import attrs, block, esc, island_data


def practice_page(principles: dict[str, Principle], scorer_bundle: str, runtime: dict) -> str:
    options = "".join(f"<option{attrs(value=pid)}>{esc(title)}</option>" for pid, title in rubric.PRINCIPLE_TITLES.items())
    data = {"scorer": scorer_bundle, "pyodide": runtime.get("pyodide_url") or "assets/pyodide/pyodide.mjs",
            "pyodide_integrity": runtime.get("pyodide_integrity"),
            "principles": [{"id": pid, "title": title,
                            "questions": [{"id": q.id, "text": q.text} for q in principles[pid].doc.questions] if pid in principles else []}
                           for pid, title in rubric.PRINCIPLE_TITLES.items()]}
    island = [f'<div class="lp-practice" data-scorer data-state="loading" data-runs="0"{island_data(data)}>',
              '<p class="lp-practice__status" data-scorer-status role="status">'
              "The scorer runs in your browser with JavaScript; it is loading.</p>",
              f'<p><label class="lp-field">Principle <select data-scorer-lp>{options}</select></label></p>',
              '<p><label class="lp-field lp-field--wide">Your answer '
              '<textarea data-scorer-input rows="12" spellcheck="true"></textarea></label></p>',
              '<p><button class="md-button md-button--primary" type="button" data-scorer-run>Score my answer</button></p>',
              '<div class="lp-practice__result" data-scorer-result hidden></div>',
              # The story bank's save form; its own widget enables it after a scoring run.
              '<div class="lp-story-save" data-story-save-panel hidden>',
              '<p><label class="lp-field">Story title <input type="text" data-story-title maxlength="120"></label></p>',
              '<p><button class="md-button" type="button" data-story-save>Save to my story bank</button></p>',
              "</div>",
              "</div>"]
    return (front_matter("Practice", "Score your own answer in your browser")
            + "# Practice: score your own answer\n\n"
            + "Write or paste a STAR answer, choose the principle it is for, and score it. The scorer runs "
              "inside this page; your answer never leaves your device.\n\n" + block(island) + "\n")
