"""The mock interview page: the widget's static shell and everything it draws from.

The questions, their `initiative` premise, each principle's follow-ups and the
links for "what to practise next" travel in the island; interview.js runs the
loop and keeps the history in this browser.
"""

from __future__ import annotations

from scorer import rubric

from ..models import Principle
from . import urls
from .common import front_matter
from .markup import block, island_data, rel_url
from .practice import DEFAULT_PYODIDE

# Two minutes is the usual budget for a spoken STAR answer; the timer gives a
# gentle sign there and another at three.
BUDGET_SECONDS = 120
SIZES = (1, 2, 3, 4, 5)

# Level-based loops: the principles such a loop commonly draws on, one interview each.
PRESETS = (
    {"id": "sde2", "title": "SDE 2 onsite",
     "principles": ["customer-obsession", "ownership", "dive-deep", "deliver-results"]},
    {"id": "manager", "title": "Manager onsite",
     "principles": ["hire-and-develop-the-best", "earn-trust", "have-backbone-disagree-and-commit", "think-big",
                    "deliver-results"]},
    {"id": "new-grad", "title": "New graduate loop",
     "principles": ["learn-and-be-curious", "bias-for-action", "ownership"]},
)

DEBRIEF_RULE = ("A loop is a hire when every interview ends at Hire or better after its follow-ups, with one "
                "exception allowed in a loop of three or more, as long as that one is not a No Hire on a question "
                "that asks for a story you started yourself.")
FOLLOWUP_RULE = ("Each follow-up reply is read for what that probe needs: a number for how it was measured, "
                 "an action in the first person for what you did yourself, a lesson for what you would do "
                 "differently. More replies that show it than miss it lift the verdict by one band; more misses "
                 "lower it by one; a skipped probe counts neither way. An auto-fail stands, and an answer off "
                 "the principle stays at Lean No Hire at best.")


def island_payload(principles: dict[str, Principle], scorer_bundle: str, runtime: dict) -> dict:
    page = urls.INTERVIEW
    return {
        "scorer": scorer_bundle, "pyodide": runtime.get("pyodide_url") or DEFAULT_PYODIDE,
        "pyodide_integrity": runtime.get("pyodide_integrity"),
        "budget_seconds": BUDGET_SECONDS, "sizes": list(SIZES),
        "presets": [p for p in PRESETS if all(pid in principles for pid in p["principles"])],
        "dimensions": [{"id": d.id, "title": d.title, "max": d.max} for d in rubric.DIMENSIONS],
        "stories": rel_url(page, urls.STORIES), "practice": rel_url(page, urls.PRACTICE),
        "rule": DEBRIEF_RULE,
        "principles": [{"id": pid, "title": p.title, "href": rel_url(page, urls.principle(pid)),
                        "fixits": rel_url(page, urls.principle(pid)) + "#fix-it-challenges",
                        "followups": [f.strip() for f in p.doc.lesson.followups],
                        "questions": [{"id": q.id, "text": q.text.strip(), "initiative": q.initiative}
                                      for q in p.doc.questions]}
                       for pid, p in principles.items()],
        # Every principle id, so a story saved from here validates like one saved from Practice.
        "all_principles": list(rubric.PRINCIPLE_TITLES),
    }


def interview_page(principles: dict[str, Principle], scorer_bundle: str, runtime: dict) -> str:
    data = island_payload(principles, scorer_bundle, runtime)
    island = [f'<div class="lp-interview" data-interview data-state="loading"{island_data(data)}>',
              "<p>The mock interview runs in your browser and needs JavaScript.</p>",
              "</div>"]
    return (front_matter("Mock interview", "A timed loop of questions, follow-ups and a debrief, on your device")
            + "# Mock interview\n\n"
            + "A question you did not choose, a clock, an interviewer who digs into your answer, and a debrief "
              "that says hire or no hire and why. Type your answers: speech recognition in browsers sends your "
              "audio to a server, so it is not offered here. Everything you type stays on this device.\n\n"
            + block(island) + "\n\n"
            + "## How the debrief decides\n\n"
            + "Each answer gets the scorer's verdict (total and band), with the question's premise: when the "
              "question asks for something you started yourself, an assigned story is an auto-fail. "
            + FOLLOWUP_RULE + "\n\n" + DEBRIEF_RULE + "\n")
