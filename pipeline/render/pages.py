"""Page renderers: each takes content models and returns a page's Markdown."""

from __future__ import annotations

from scorer import rubric

from ..models import Principle, QuizQuestion
from . import urls
from .evaluate import exercise_island
from .markup import attrs, block, esc, json_script, md_block, md_inline, rel_url

MODES = (
    ("Learn", "What the principle means, what interviewers listen for, the red flags and the fix-its."),
    ("Evaluate", "Score two answers to the same question yourself, then compare with a Bar Raiser."),
    ("Test", "Ten or more questions, easy to hard, each with its solution, a hint and the usual mistakes."),
    ("Practice", "Paste your own answer and get a score with every phrase that earned or cost points."),
)


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


def _bullets(items: list[str]) -> str:
    return "\n".join(f"- {item.strip()}" for item in items)


def principle_page(p: Principle, titles: dict[str, str]) -> str:
    doc, url = p.doc, urls.principle(p.id)
    questions = {q.id: q.text for q in doc.questions}
    parts = [front_matter(doc.title, doc.summary), f"# {doc.title}\n", f'<p class="lp-lead">{md_inline(doc.summary)}</p>\n',
             mode_bar("Learn", p.id, url), "\n## What it means\n", doc.lesson.meaning.strip(),
             "\n## What interviewers listen for\n", _bullets(doc.lesson.listen_for),
             "\n## Red flags\n", _bullets(doc.lesson.red_flags),
             "\n## Follow-up questions to expect\n", _bullets(doc.lesson.followups)]
    if doc.lesson.related:
        related = ", ".join(f"[{titles[r]}](../{r}/index.md)" if r in titles else rubric.PRINCIPLE_TITLES.get(r, r)
                            for r in doc.lesson.related)
        parts += ["\n## Stories that often also show\n", related + "."]
    parts += ['\n## Evaluate these answers { #evaluate }\n',
              "Score both candidates on ownership, action specificity and quantified impact before you open "
              "the Bar Raiser's reference. Bar Raisers score content, not delivery.\n"]
    for n, exercise in enumerate(p.evaluate.exercises, 1):
        parts += [f"\n### Exercise {n}\n", exercise_island(exercise, questions.get(exercise.question, ""), p.id), ""]
    parts += ["\n## Fix-it challenges\n", fixits_block(p, url)]
    parts += ["\n## Coaching notes\n", _bullets(doc.coaching),
              "\n## Model answer guidance\n", doc.model_answer.strip(),
              "\n## Interview questions to practise\n",
              "\n".join(f"- [{q.text.strip()}]({rel_url(url, urls.PRACTICE)}?lp={p.id}&q={q.id})" for q in doc.questions),
              "\n## Next\n",
              f"- [Test yourself: {len(p.quiz.questions)} questions](quiz.md)\n"
              f"- [Practice: score your own {doc.title} answer]({rel_url(url, urls.PRACTICE)}?lp={p.id})\n"]
    return "\n".join(parts) + "\n"


def fixits_block(p: Principle, page_url: str) -> str:
    titles = {d.id: d.title for d in rubric.DIMENSIONS}
    lines = ['<div class="lp-fixits">']
    for f in p.doc.fixits:
        lines += [f'<article class="lp-fixit"{attrs(data_fixit=f.id)}>',
                  f'<h3 class="lp-fixit__title">{md_inline(f.title)} <span class="lp-chip">{esc(titles.get(f.dimension, f.dimension))}</span></h3>',
                  f'<p class="lp-fixit__before"><span class="lp-fixit__label">Before</span> &ldquo;{esc(f.before.strip())}&rdquo;</p>',
                  f'<p class="lp-fixit__after"><span class="lp-fixit__label">After</span> &ldquo;{esc(f.after.strip())}&rdquo;</p>',
                  f'<p class="lp-fixit__why">{md_inline(f.why)}</p>',
                  f'<p><a class="md-button lp-fixit__try"{attrs(href=rel_url(page_url, urls.PRACTICE) + f"?lp={p.id}", data_fixit_try=f.id)}>'
                  "Try your own rewrite in Practice</a></p>",
                  "</article>"]
    lines.append("</div>")
    return block(lines)


def _question(q: QuizQuestion, n: int) -> list[str]:
    name = f"lp-q-{q.id}"
    lines = [f'<li class="lp-question"{attrs(data_quiz_question=True, data_question_id=q.id, data_difficulty=q.difficulty)}>',
             f'<div class="lp-question__head"><span class="lp-badge lp-badge--{esc(q.difficulty)}">{esc(q.difficulty)}</span></div>',
             f'<div class="lp-question__stem" id="{esc(name)}-stem">{md_block(q.stem)}</div>',
             f'<fieldset class="lp-options" aria-labelledby="{esc(name)}-stem"><legend class="lp-visually-hidden">Question {n}: choose one answer</legend>']
    for key, text in q.options.items():
        lines.append(f'<label class="lp-option"><input{attrs(type="radio", name=name, value=key)}> '
                     f'<span class="lp-option__key">{esc(key)}.</span> <span class="lp-option__text">{md_inline(text)}</span></label>')
    lines += ["</fieldset>",
              '<details class="lp-solution"><summary>Answer and solution</summary>',
              f'<p class="lp-solution__answer">Correct answer: <strong{attrs(data_answer=q.answer)}>{esc(q.answer)}</strong> &mdash; '
              f"{md_inline(q.options.get(q.answer, ''))}</p>",
              '<ol class="lp-solution__steps">', *(f"<li>{md_inline(s)}</li>" for s in q.steps), "</ol>",
              f'<p class="lp-solution__hint"><strong>Hint:</strong> {md_inline(q.hint)}</p>',
              '<p class="lp-solution__mistakes-title"><strong>Common mistakes:</strong></p>',
              '<ul class="lp-solution__mistakes">', *(f"<li>{md_inline(m)}</li>" for m in q.mistakes), "</ul>",
              "</details>", "</li>"]
    return lines


def quiz_page(p: Principle) -> str:
    url = urls.quiz(p.id)
    counts = {level: sum(q.difficulty == level for q in p.quiz.questions) for level in ("easy", "medium", "hard")}
    data = {"principle": p.id, "title": p.title,
            "questions": [{"id": q.id, "difficulty": q.difficulty, "answer": q.answer} for q in p.quiz.questions]}
    island = [f'<div class="lp-quiz"{attrs(data_quiz=True, data_principle=p.id)}>',
              json_script(data, class_="lp-data"), '<ol class="lp-quiz__questions">']
    for n, q in enumerate(p.quiz.questions, 1):
        island += _question(q, n)
    island += ["</ol>", '<div class="lp-quiz__result" data-quiz-result aria-live="polite"></div>', "</div>"]
    intro = (f"{len(p.quiz.questions)} questions: {counts['easy']} easy, {counts['medium']} medium, "
             f"{counts['hard']} hard. Each answer opens its solution, a hint and the usual mistakes.")
    return (front_matter(f"{p.title}: test", f"Quiz on {p.title}") + f"# {p.title}: test yourself\n\n"
            + mode_bar("Test", p.id, url) + "\n\n" + intro + "\n\n" + block(island) + "\n\n"
            + f"[Back to the {p.title} lesson](index.md)\n")


def home_page(principles: dict[str, Principle]) -> str:
    cards = []
    for name, text in MODES:
        cards.append(f'<li class="lp-card"><h3>{name}</h3><p>{esc(text)}</p></li>')
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
            + "## Four ways to prepare\n\n" + block(['<ul class="lp-cards">', *cards, "</ul>"]) + "\n\n"
            + "## Your progress\n\n"
            + block(['<div class="lp-progress" data-progress>', json_script(progress, class_="lp-data"),
                     "<p>Your quiz scores, calibrations and practice scores appear here once you start. "
                     "They are kept in this browser only.</p>", "</div>"]) + "\n\n"
            + "## The sixteen principles\n\n" + block(grid) + "\n")


def practice_page(principles: dict[str, Principle], scorer_bundle: str, runtime: dict) -> str:
    options = "".join(f"<option{attrs(value=pid)}>{esc(title)}</option>" for pid, title in rubric.PRINCIPLE_TITLES.items())
    data = {"scorer": scorer_bundle, "pyodide": runtime.get("pyodide_url") or "assets/pyodide/pyodide.mjs",
            "pyodide_integrity": runtime.get("pyodide_integrity"),
            "principles": [{"id": pid, "title": title,
                            "questions": [{"id": q.id, "text": q.text} for q in principles[pid].doc.questions] if pid in principles else []}
                           for pid, title in rubric.PRINCIPLE_TITLES.items()]}
    island = ['<div class="lp-practice" data-scorer data-state="loading" data-runs="0">',
              json_script(data, class_="lp-data"),
              '<p class="lp-practice__status" data-scorer-status role="status">'
              "The scorer runs in your browser with JavaScript; it is loading.</p>",
              f'<p><label class="lp-field">Principle <select data-scorer-lp>{options}</select></label></p>',
              '<p><label class="lp-field lp-field--wide">Your answer '
              '<textarea data-scorer-input rows="12" spellcheck="true"></textarea></label></p>',
              '<p><button class="md-button md-button--primary" type="button" data-scorer-run>Score my answer</button></p>',
              '<div class="lp-practice__result" data-scorer-result hidden></div>',
              "</div>"]
    return (front_matter("Practice", "Score your own answer in your browser")
            + "# Practice: score your own answer\n\n"
            + "Write or paste a STAR answer, choose the principle it is for, and score it. The scorer runs "
              "inside this page; your answer never leaves your device.\n\n" + block(island) + "\n")


def stories_page() -> str:
    island = ['<div class="lp-stories" data-stories>',
              "<p>Your story bank lives in this browser. Save a scored answer from Practice to start it.</p>",
              "</div>"]
    return (front_matter("Story bank", "Your stories, mapped to principles, on your device only")
            + "# Story bank\n\n" + block(island) + "\n")
