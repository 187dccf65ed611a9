"""The Test page: a principle's quiz, readable without JavaScript."""

from __future__ import annotations

from ..models import Principle, QuizQuestion
from . import urls
from .common import front_matter, mode_bar
from .markup import attrs, block, esc, island_data, md_block, md_inline, rel_url


def _question(q: QuizQuestion, n: int) -> list[str]:
    name = f"lp-q-{q.id}"
    lines = [f'<li class="lp-question"{attrs(data_quiz_question=True, data_question_id=q.id, data_difficulty=q.difficulty)}>',
             f'<div class="lp-question__head"><span class="lp-badge lp-badge--{esc(q.difficulty)}">{esc(q.difficulty)}</span></div>',
             f'<div class="lp-question__stem" id="{esc(name)}-stem">{md_block(q.stem)}</div>',
             # The group is named by its number and its stem, so a screen reader announces both.
             f'<fieldset class="lp-options" aria-labelledby="{esc(name)}-legend {esc(name)}-stem">'
             f'<legend class="lp-visually-hidden" id="{esc(name)}-legend">Question {n}, {esc(q.difficulty)}: choose one answer</legend>']
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
    data = {"principle": p.id, "title": p.title, "practice": rel_url(url, urls.PRACTICE) + f"?lp={p.id}",
            "lesson": rel_url(url, urls.principle(p.id)),
            "questions": [{"id": q.id, "difficulty": q.difficulty, "answer": q.answer} for q in p.quiz.questions]}
    island = [f'<div class="lp-quiz"{attrs(data_quiz=True, data_principle=p.id)}{island_data(data)}>',
              '<ol class="lp-quiz__questions">']
    for n, q in enumerate(p.quiz.questions, 1):
        island += _question(q, n)
    island += ["</ol>", '<div class="lp-quiz__result" data-quiz-result aria-live="polite"></div>', "</div>"]
    intro = (f"{len(p.quiz.questions)} questions: {counts['easy']} easy, {counts['medium']} medium, "
             f"{counts['hard']} hard. Each answer opens its solution, a hint and the usual mistakes.")
    return (front_matter(f"{p.title}: test", f"Quiz on {p.title}") + f"# {p.title}: test yourself\n\n"
            + mode_bar("Test", p.id, url) + "\n\n" + intro + "\n\n" + block(island) + "\n\n"
            + f"[Back to the {p.title} lesson](index.md)\n")
