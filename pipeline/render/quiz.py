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
    # Hint, answer and solution are kept out of the search index (data-search-exclude),
    # so searching the site never gives an answer away.
    lines += ["</fieldset>",
              f'<div class="lp-hint" data-search-exclude><button{attrs(type="button", class_="md-button lp-hint__button", data_quiz_hint=True, aria_expanded="false", aria_controls=f"{name}-hint")}>'
              "Show a hint</button>"
              f'<p{attrs(class_="lp-hint__text", id=f"{name}-hint", data_quiz_hint_text=True, hidden=True)}><strong>Hint:</strong> {md_inline(q.hint)}</p></div>',
              '<details class="lp-solution" data-quiz-solution data-search-exclude>'
              "<summary>Answer and solution (opening it before you answer counts as a miss)</summary>",
              f'<p class="lp-solution__answer">Correct answer: <strong{attrs(data_answer=q.answer)}>{esc(q.answer)}</strong> &mdash; '
              f"{md_inline(q.options.get(q.answer, ''))}</p>",
              '<ol class="lp-solution__steps">', *(f"<li>{md_inline(s)}</li>" for s in q.steps), "</ol>",
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
             f"{counts['hard']} hard. The options come in a new order each attempt. A hint is free; opening the "
             "solution before you answer counts that question as missed. Each answer opens its solution and the usual mistakes.")
    return (front_matter(f"{p.title}: test", f"Quiz on {p.title}") + f"# {p.title}: test yourself\n\n"
            + mode_bar("Test", p.id, url) + "\n\n" + intro + "\n\n" + block(island) + "\n\n"
            + f"[Back to the {p.title} lesson](index.md)\n")
