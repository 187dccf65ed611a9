"""The home page: what LP Coach is, the four modes, progress and all principles."""

from __future__ import annotations

from scorer import rubric

from ..models import Principle
from . import urls
from .common import front_matter
from .markup import attrs, block, esc, island_data, md_inline

MODES = (
    ("Learn", "What the principle means, what interviewers listen for, the red flags and fix-its you rewrite yourself."),
    ("Evaluate", "Score two answers to the same question yourself, then compare with a Bar Raiser."),
    ("Test", "Ten or more questions, easy to hard, each with a hint, its solution and the usual mistakes."),
    ("Practice", "Paste your own answer and get a score with every phrase that earned or cost points."),
)
# Where "start here" and the mode cards lead: one lesson to begin with.
FIRST = "ownership"


def _mode_href(name: str, pid: str) -> str:
    return {"Learn": urls.principle(pid), "Evaluate": urls.principle(pid) + "#evaluate",
            "Test": urls.quiz(pid), "Practice": urls.PRACTICE}[name]


def start_here(pid: str, title: str) -> str:
    steps = [f'<a{attrs(href=urls.principle(pid))}>Read one lesson</a>: {esc(title)} is a good first one.',
             f'<a{attrs(href=urls.principle(pid) + "#evaluate")}>Do its Evaluate exercises</a>: score two answers '
             "yourself before you see the Bar Raiser's view.",
             f'<a{attrs(href=urls.quiz(pid))}>Take its quiz</a>.',
             f'<a{attrs(href=urls.PRACTICE + "?lp=" + pid)}>Practise your own story</a>, then save it to your story bank.']
    return block(['<ol class="lp-start" data-start-here>', *(f"<li>{s}</li>" for s in steps), "</ol>"])


def about_scores(guides: list) -> str:
    loop = next((g for g in guides if g.slug == "how-loops-work"), None)
    href = urls.guide(loop.slug) if loop else urls.GUIDES
    return block([
        '<div class="lp-about-scores" data-about-scores>',
        "<p>The scores here are <strong>LP Coach's own model</strong> of how a Bar Raiser reasons about one answer: "
        "five dimensions adding up to 100, and bands from No Hire to Strong Hire. No interviewer adds up points.</p>",
        "<p>In a real Amazon loop, each interviewer owns two or three principles, asks about them, writes "
        "evidence-based feedback close to your own words and casts a vote. In the debrief the panel weighs that "
        "evidence together, and the Bar Raiser, an interviewer from outside the hiring team, can veto the hire. "
        f'<a{attrs(href=href)}>How a loop works</a>.</p>',
        "</div>"])



def home_page(principles: dict[str, Principle], guides: list | None = None) -> str:
    guides = guides or []
    first = FIRST if FIRST in principles else next(iter(principles), FIRST)
    cards = []
    for name, text in MODES:
        # The whole card is the link, so it reads and clicks as one target.
        cards.append(f'<li class="lp-card"{attrs(data_mode_card=name.lower())}><a class="lp-card__link"{attrs(href=_mode_href(name, first))}>'
                     f'<h3>{name}</h3><p>{esc(text)}</p></a></li>')
    grid = ['<ul class="lp-principles">']
    for pid, title in rubric.PRINCIPLE_TITLES.items():
        p = principles.get(pid)
        if p is None:
            grid.append(f'<li class="lp-principle lp-principle--soon"{attrs(data_principle_card=pid)}>'
                        f'<span class="lp-principle__title">{esc(title)}</span> <span class="lp-chip">coming soon</span></li>')
            continue
        grid.append(
            f'<li class="lp-principle"{attrs(data_principle_card=pid)}>'
            f'<a class="lp-principle__title"{attrs(href=urls.principle(pid))}>{esc(title)}</a>'
            f'<span class="lp-principle__summary">{md_inline(p.doc.summary)}</span>'
            f'<span class="lp-principle__links"><a{attrs(href=urls.principle(pid))}>Learn</a> · '
            f'<a{attrs(href=urls.principle(pid) + "#evaluate")}>Evaluate</a> · '
            f'<a{attrs(href=urls.quiz(pid))}>Test</a> · '
            f'<a{attrs(href=urls.PRACTICE + "?lp=" + pid)}>Practice</a></span></li>')
    grid.append("</ul>")
    progress = {"principles": [{"id": pid, "title": title, "available": pid in principles,
                                "quiz": [q.id for q in principles[pid].quiz.questions] if pid in principles else [],
                                "exercises": [e.id for e in principles[pid].evaluate.exercises] if pid in principles else []}
                               for pid, title in rubric.PRINCIPLE_TITLES.items()]}
    return (front_matter("LP Coach", "Prepare for Leadership Principle interviews, privately, in your browser")
            + "# LP Coach\n\n"
            + '<p class="lp-lead">Prepare for behavioral interviews built on the sixteen Amazon Leadership Principles. '
              "Read what each principle asks of you, calibrate your judgement on pairs of real-sounding answers, "
              "test yourself, then score your own answer the way a Bar Raiser would, with every phrase that earned "
              "or cost points highlighted.</p>\n\n"
            + "Everything runs in your browser. Your answers, scores and progress stay on this device: "
              "there is no account, no server and nothing to send.\n\n"
            + "## Start here\n\n" + start_here(first, rubric.PRINCIPLE_TITLES.get(first, first)) + "\n\n"
            + "## Four ways to prepare\n\n" + block(['<ul class="lp-cards">', *cards, "</ul>"]) + "\n\n"
            + f'<p class="lp-mock-intro">Then rehearse the real thing in a <a{attrs(href=urls.INTERVIEW)}>mock interview</a>: questions you did not '
              "choose, a clock, follow-ups and a hire or no-hire debrief.</p>\n\n"
            + f'<p class="lp-guides-intro">The <a{attrs(href=urls.GUIDES)}>guides</a> cover the rest: the two-minute answer, '
              "a story bank of 12 to 20 stories, what changes by level, failure stories, assigned work and follow-ups.</p>\n\n"
            + "## About the scores\n\n" + about_scores(guides) + "\n\n"
            + "## The sixteen principles\n\n" + block(grid) + "\n\n"
            + "## Your progress\n\n"
            + block([f'<div class="lp-progress" data-progress{island_data(progress)}>',
                     "<p>Your quiz scores, calibrations and practice scores appear here once you start. "
                     "They are kept in this browser only.</p>", "</div>"]) + "\n\n"
            + "## Your mock interviews\n\n"
            + block([f'<div class="lp-interview-trend" data-interview-trend{island_data({"interview": urls.INTERVIEW})}>',
                     f'<p>Your mock interviews appear here once you <a{attrs(href=urls.INTERVIEW)}>sit one</a>.</p>',
                     "</div>"]) + "\n")
