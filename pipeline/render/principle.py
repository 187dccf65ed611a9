"""The Learn and Evaluate page of one principle."""

from __future__ import annotations

from scorer import rubric

from ..models import Principle
from . import urls
from .common import bullets, front_matter, guide_links, mode_bar
from .evaluate import exercise_island
from .markup import attrs, block, esc, island_data, md_inline, rel_url


# The guides a lesson points to, and where.
LESSON_GUIDES = ("how-loops-work", "time-budget", "story-bank", "levels", "failure-stories", "assigned-stories", "follow-ups")


def principle_page(p: Principle, titles: dict[str, str], runtime: dict | None = None, guides: list | None = None) -> str:
    """`runtime`: where the fix-it widget finds the scorer ({scorer, pyodide, pyodide_integrity})."""
    guides = guides or []
    doc, url = p.doc, urls.principle(p.id)
    questions = {q.id: q for q in doc.questions}
    parts = [front_matter(doc.title, doc.summary), f"# {doc.title}\n", f'<p class="lp-lead">{md_inline(doc.summary)}</p>\n',
             mode_bar("Learn", p.id, url), mock_link(p.id, url), "\n## What it means\n", doc.lesson.meaning.strip(),
             "\n## What interviewers listen for\n", bullets(doc.lesson.listen_for),
             "\n## Red flags\n", bullets(doc.lesson.red_flags),
             "\n## Follow-up questions to expect\n", bullets(doc.lesson.followups)]
    followups = guide_links(url, guides, ("follow-ups", "assigned-stories"))
    if followups:
        parts += ["", f"How to answer them: {followups}."]
    if doc.lesson.related:
        related = ", ".join(f"[{titles[r]}](../{r}/index.md)" if r in titles else rubric.PRINCIPLE_TITLES.get(r, r)
                            for r in doc.lesson.related)
        parts += ["\n## Stories that often also show\n", related + "."]
    # Learn first (meaning to model answer), then Evaluate, then the way on to Test and Practice.
    parts += ["\n## Fix-it challenges\n",
              "Rewrite each original yourself: change its wording, or say what it already implies, and never add a "
              "fact you cannot stand behind. Checking scores both with the same scorer as Practice (it loads the "
              "first time you start a fix-it) and shows what changed; then the model rewrite appears.\n",
              fixits_block(p, runtime or {})]
    parts += ["\n## Coaching notes\n", bullets(doc.coaching),
              "\n## Model answer guidance\n", doc.model_answer.strip()]
    parts += ['\n## Evaluate these answers { #evaluate }\n',
              "Score both candidates on ownership, action specificity and quantified impact before you open "
              "the Bar Raiser's reference. Bar Raisers score content, not delivery.\n"]
    for n, exercise in enumerate(p.evaluate.exercises, 1):
        question = questions.get(exercise.question)
        parts += [f"\n### Exercise {n}\n", exercise_island(exercise, question.text if question else "", p.id,
                                                            bool(question and question.initiative)), ""]
    parts += ["\n## Interview questions to practise\n",
              "\n".join(f"- [{q.text.strip()}]({rel_url(url, urls.PRACTICE)}?lp={p.id}&q={q.id})" for q in doc.questions),
              "\n## Next\n",
              f"- [Test yourself: {len(p.quiz.questions)} questions](quiz.md)\n"
              f"- [Practice: score your own {doc.title} answer]({rel_url(url, urls.PRACTICE)}?lp={p.id})\n"
              f"- [Mock this principle: a timed question with follow-ups]({rel_url(url, urls.INTERVIEW)}?lp={p.id})\n"
              "- [All principles and your progress](../../index.md#your-progress)\n"]
    more = guide_links(url, guides, LESSON_GUIDES)
    if more:
        parts += [f"- Guides: {more}\n"]
    return "\n".join(parts) + "\n"


def fixits_block(p: Principle, runtime: dict) -> str:
    """Each fix-it as an island: the original, a box for the reader's rewrite, and the model behind a reveal.

    The model rewrite sits in a closed <details>, so it also reads without JavaScript,
    and out of the search index, so searching never shows it before the reader tries.
    """
    titles = {d.id: d.title for d in rubric.DIMENSIONS}
    lines = ['<div class="lp-fixits">']
    for f in p.doc.fixits:
        name = f"lp-fixit-{f.id}"
        data = {"principle": p.id, "dimension": f.dimension, **runtime}
        lines += [f'<article class="lp-fixit"{attrs(data_fixit=True, data_fixit_id=f.id)}{island_data(data)}>',
                  f'<h3 class="lp-fixit__title">{md_inline(f.title)} <span class="lp-chip">{esc(titles.get(f.dimension, f.dimension))}</span></h3>',
                  f'<p class="lp-fixit__before"><span class="lp-fixit__label">Original</span> &ldquo;<span data-fixit-before>{esc(f.before.strip())}</span>&rdquo;</p>',
                  f'<label class="lp-field lp-field--wide"{attrs(for_=f"{name}-input")}>Your rewrite</label>',
                  f'<textarea{attrs(id=f"{name}-input", class_="lp-fixit__input", data_fixit_input=True, rows="3", spellcheck="true")}></textarea>',
                  '<p class="lp-fixit__actions">'
                  '<button class="md-button md-button--primary" type="button" data-fixit-check>Check my rewrite</button> '
                  '<button class="md-button" type="button" data-fixit-reveal>Show the model rewrite</button></p>',
                  '<p class="lp-fixit__status" data-fixit-status role="status" aria-live="polite"></p>',
                  '<div class="lp-fixit__delta" data-fixit-delta hidden></div>',
                  '<details class="lp-fixit__model" data-fixit-model data-search-exclude><summary>Model rewrite and why</summary>',
                  f'<p class="lp-fixit__after"><span class="lp-fixit__label">Model</span> &ldquo;<span data-fixit-after>{esc(f.after.strip())}</span>&rdquo;</p>',
                  f'<p class="lp-fixit__why" data-fixit-why>{md_inline(f.why)}</p>',
                  "</details>",
                  "</article>"]
    lines.append("</div>")
    return block(lines)


def mock_link(pid: str, page_url: str) -> str:
    """The way into a one-question mock interview on this principle."""
    href = rel_url(page_url, urls.INTERVIEW) + f"?lp={pid}"
    return block([f'<p class="lp-mock-link"><a class="md-button"{attrs(href=href, data_mock_link=pid)}>Mock this principle</a> '
                  "One question you have not seen, a clock, follow-ups and a debrief.</p>"])
