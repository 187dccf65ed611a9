"""Test mode in headless Chromium: answering by mouse and keyboard, the result, persistence and retry."""

from __future__ import annotations

import json

import pytest

pytestmark = pytest.mark.browser

QUIZ = "principles/customer-obsession/quiz/"


def quiz_data(page) -> dict:
    return json.loads(page.locator("[data-quiz]").get_attribute("data-island"))


def option_values(question) -> list[str]:
    return [question.locator('input[type="radio"]').nth(i).get_attribute("value")
            for i in range(question.locator('input[type="radio"]').count())]


def click_option(question, value: str) -> None:
    question.locator(f'label.lp-option:has(input[value="{value}"])').click()


def answer_by_keyboard(page, question, value: str, key: str) -> None:
    """Focus the group's first option, arrow to `value` (which must not commit), then check it with `key`."""
    values = option_values(question)
    first = question.locator('input[type="radio"]').first
    first.focus()
    if values.index(value) == 0:
        page.keyboard.press("Space")  # selects and checks the focused first option
        return
    for _ in range(values.index(value)):
        page.keyboard.press("ArrowDown")
    assert question.get_attribute("data-answered") is None, "moving with the arrow keys must not answer"
    assert question.locator(f'input[value="{value}"]').is_checked()
    page.keyboard.press(key)


def wrong_choice(question, answer: str) -> str:
    """The last wrong option in page order: never the first, so the keyboard path always has one to reach."""
    return [v for v in option_values(question) if v != answer][-1]


def test_quiz_by_click_and_keyboard_scores_persists_and_retries_missed(watch):
    page = watch.goto(QUIZ)
    root = page.locator("[data-quiz][data-enhanced='true']")
    root.wait_for()
    data = quiz_data(page)
    questions = page.locator("[data-quiz-question]")
    total = questions.count()
    assert total == len(data["questions"]) >= 10
    assert page.locator("[data-quiz-result]").inner_text().strip() == ""

    # Miss every hard question (one by keyboard with Enter), answer the rest right
    # (one by keyboard with Enter, one by clicking its label).
    missed_ids, keyboard_right_done, keyboard_wrong_done = [], False, False
    for i, q in enumerate(data["questions"]):
        question = questions.nth(i)
        if q["difficulty"] == "hard":
            choice = wrong_choice(question, q["answer"])
            missed_ids.append(q["id"])
            if not keyboard_wrong_done and option_values(question).index(choice) > 0:
                answer_by_keyboard(page, question, choice, "Enter")
                keyboard_wrong_done = True
            else:
                click_option(question, choice)
            assert question.get_attribute("data-answered") == "wrong"
            assert question.locator("[data-quiz-feedback='wrong']").is_visible()
        else:
            if not keyboard_right_done and option_values(question).index(q["answer"]) > 0:
                answer_by_keyboard(page, question, q["answer"], "Enter")
                keyboard_right_done = True
            else:
                click_option(question, q["answer"])
            assert question.get_attribute("data-answered") == "correct"
        # The solution and the usual mistakes open at once.
        assert question.locator("details[data-quiz-solution]").get_attribute("open") is not None
        assert question.locator(".lp-solution__mistakes").is_visible()
        assert page.locator("[data-quiz-progress] progress").evaluate("p => p.value") == i + 1
        if i < total - 1:
            assert page.locator("[data-quiz-score]").count() == 0
    assert keyboard_right_done and keyboard_wrong_done

    right = total - len(missed_ids)
    expected = f"{right}/{total}"
    assert page.locator("[data-quiz-result] [data-quiz-score]").inner_text() == expected
    hard_total = sum(q["difficulty"] == "hard" for q in data["questions"])
    assert page.locator('[data-quiz-level="hard"]').inner_text().strip().endswith(f"0/{hard_total}")
    assert page.locator("[data-quiz-verdict]").get_attribute("data-quiz-verdict") == "basics"

    # A reload restores every answer and the score.
    page.reload()
    page.locator("[data-quiz][data-enhanced='true']").wait_for()
    assert page.locator("[data-quiz-score]").inner_text() == expected
    assert page.locator("[data-quiz-question][data-answered='wrong']").count() == len(missed_ids)

    # So does an instant navigation away and back.
    page.locator("a.lp-mode", has_text="Learn").click()
    page.wait_for_url("**/principles/customer-obsession/")
    page.locator("a.lp-mode", has_text="Test").click()
    page.wait_for_url("**/customer-obsession/quiz/")
    page.locator("[data-quiz][data-enhanced='true']").wait_for()
    assert page.locator("[data-quiz-score]").inner_text() == expected

    # Retry shows only the missed questions, cleared; answering them right shows 10/10 as a retry,
    # while the best stays the first attempt's.
    page.locator("[data-quiz-retry]").click()
    visible = page.locator("[data-quiz-question]:visible")
    assert visible.count() == len(missed_ids)
    assert [visible.nth(i).get_attribute("data-question-id") for i in range(visible.count())] == missed_ids
    assert page.locator("[data-quiz-question]:visible[data-answered]").count() == 0
    for qid in missed_ids:
        answer = next(q["answer"] for q in data["questions"] if q["id"] == qid)
        click_option(page.locator(f'[data-quiz-question][data-question-id="{qid}"]'), answer)
    assert page.locator("[data-quiz-score]").inner_text() == f"{total}/{total}"
    assert page.locator("[data-quiz-question]:visible").count() == total
    assert page.locator("[data-quiz-retry-note]").is_visible()
    assert page.locator("[data-quiz-best]").get_attribute("data-quiz-best") == expected
    # No dead end: the result leads on to Practice for this principle.
    practice = page.locator("[data-quiz-result] a", has_text="Practice")
    assert practice.get_attribute("href") == "../../../practice/?lp=customer-obsession"
    stored = json.loads(page.evaluate("localStorage.getItem('lpcoach:quiz')"))
    assert stored["data"]["best"]["customer-obsession"]["score"] == right
    assert stored["data"]["retries"]["customer-obsession"] == {**stored["data"]["retries"]["customer-obsession"],
                                                              "score": total, "total": total, "count": 1}
    assert set(stored["data"]["answers"]) == {q["id"] for q in data["questions"]}
    assert watch.errors == [] and watch.off_host() == []


def test_quiz_clears_a_corrupt_saved_value_with_a_notice(watch):
    page = watch.goto(QUIZ)
    page.locator("[data-quiz][data-enhanced='true']").wait_for()  # mounted: it will not read storage again
    page.evaluate("localStorage.setItem('lpcoach:quiz', '{\"v\":1,\"data\":{\"answers\":[1,2]}')")
    page.reload()
    notice = page.locator("[data-quiz] > .lp-notice")
    notice.wait_for()
    assert "cleared" in notice.inner_text()
    assert page.evaluate("localStorage.getItem('lpcoach:quiz')") is None
    # The quiz still works after the notice.
    question = page.locator("[data-quiz-question]").first
    click_option(question, quiz_data(page)["questions"][0]["answer"])
    assert question.get_attribute("data-answered") == "correct"
    assert watch.errors == [] and watch.off_host() == []


def _order(question) -> list[str]:
    return option_values(question)


def test_options_are_shuffled_each_attempt_and_keep_their_content_keys(watch):
    page = watch.goto(QUIZ)
    page.locator("[data-quiz][data-enhanced='true']").wait_for()
    data = quiz_data(page)
    questions = page.locator("[data-quiz-question]")
    first = [_order(questions.nth(i)) for i in range(questions.count())]
    # The values are still the content keys, and the letters shown run A, B, C... in page order.
    for order in first:
        assert len(set(order)) == len(order) and all(len(v) == 1 and v.isupper() for v in order)
    q0 = questions.nth(0)
    shown = [q0.locator(".lp-option__key").nth(i).inner_text() for i in range(len(first[0]))]
    assert shown == [f"{chr(65 + i)}." for i in range(len(first[0]))]
    # Shuffled: with ten questions of three or more options, content order everywhere is vanishingly unlikely.
    assert any(order != sorted(order) for order in first)
    # A right answer by content key is right whatever letter it shows under.
    click_option(q0, data["questions"][0]["answer"])
    assert q0.get_attribute("data-answered") == "correct"
    shown_letter = q0.locator(f'label.lp-option:has(input[value="{data["questions"][0]["answer"]}"]) .lp-option__key').inner_text()
    assert q0.locator("[data-answer]").inner_text() + "." == shown_letter
    # A new attempt (reload) deals a new order.
    page.reload()
    page.locator("[data-quiz][data-enhanced='true']").wait_for()
    second = [_order(questions.nth(i)) for i in range(questions.count())]
    assert second != first
    assert watch.errors == []


def test_hint_shows_before_answering_and_costs_nothing(watch):
    page = watch.goto(QUIZ)
    page.locator("[data-quiz][data-enhanced='true']").wait_for()
    data = quiz_data(page)
    question = page.locator("[data-quiz-question]").first
    hint = question.locator("[data-quiz-hint-text]")
    assert not hint.is_visible()
    question.locator("button[data-quiz-hint]").click()
    assert hint.is_visible() and hint.inner_text().strip()
    assert question.get_attribute("data-answered") is None and question.get_attribute("data-forfeit") is None
    assert question.locator("details[data-quiz-solution]").get_attribute("open") is None
    click_option(question, data["questions"][0]["answer"])
    assert question.get_attribute("data-answered") == "correct"  # a hint never turns a right answer wrong
    assert watch.errors == []


def test_opening_the_solution_first_forfeits_and_counts_wrong(watch):
    page = watch.goto(QUIZ)
    page.locator("[data-quiz][data-enhanced='true']").wait_for()
    data = quiz_data(page)
    questions = page.locator("[data-quiz-question]")
    question = questions.first
    question.locator("details[data-quiz-solution] > summary").click()
    page.wait_for_function("document.querySelector('[data-quiz-question]').dataset.forfeit === 'true'")
    assert question.get_attribute("data-answered") == "wrong"
    assert question.locator('input[type="radio"]:enabled').count() == 0  # no answering after the fact
    for i, q in enumerate(data["questions"][1:], 1):
        click_option(questions.nth(i), q["answer"])
    total = len(data["questions"])
    assert page.locator("[data-quiz-score]").inner_text() == f"{total - 1}/{total}"
    # The forfeit survives a reload.
    page.reload()
    page.locator("[data-quiz][data-enhanced='true']").wait_for()
    assert page.locator("[data-quiz-question]").first.get_attribute("data-forfeit") == "true"
    assert page.locator("[data-quiz-score]").inner_text() == f"{total - 1}/{total}"
    assert watch.errors == []


def test_the_search_index_holds_no_answers_solutions_or_hints(built_site):
    import yaml

    from tests.conftest import REPO

    index = (built_site / "search" / "search_index.json").read_text(encoding="utf-8")
    for marker in ("Correct answer", "Hint:", "Common mistakes"):
        assert marker not in index
    quiz = yaml.safe_load((REPO / "content/principles/customer-obsession/quiz.yaml").read_text())
    texts = [q["hint"] for q in quiz["questions"]] + [s for q in quiz["questions"] for s in q["steps"]]
    docs = json.loads(index)["docs"]
    corpus = " ".join(d["text"] + " " + d["title"] for d in docs)
    leaked = [t for t in texts if t.strip()[:40] in corpus]
    assert leaked == []
