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
    return next(v for v in option_values(question) if v != answer)


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
        # The solution, hint and mistakes open at once.
        assert question.locator("details.lp-solution").get_attribute("open") is not None
        assert question.locator(".lp-solution__hint").is_visible()
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

    # Retry shows only the missed questions, cleared; answering them right completes 10/10.
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
    assert page.locator("[data-quiz-verdict]").get_attribute("data-quiz-verdict") == "strong"
    # No dead end: the result leads on to Practice for this principle.
    practice = page.locator("[data-quiz-result] a", has_text="Practice")
    assert practice.get_attribute("href") == "../../../practice/?lp=customer-obsession"
    stored = json.loads(page.evaluate("localStorage.getItem('lpcoach:quiz')"))
    assert stored["data"]["best"]["customer-obsession"]["score"] == total
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
