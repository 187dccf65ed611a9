"""The built site in headless Chromium, served under a sub-path."""

from __future__ import annotations

import pytest

from scorer import rubric

pytestmark = pytest.mark.browser


def test_home_lists_every_principle_and_the_four_modes(watch):
    page = watch.goto("")
    assert page.title().startswith("LP Coach")
    cards = page.locator("[data-principle-card]")
    assert cards.count() == len(rubric.PRINCIPLES)
    text = page.locator("article").inner_text()
    for principle in rubric.PRINCIPLES:
        assert principle.title in text
    for mode in ("Learn", "Evaluate", "Test", "Practice"):
        assert page.locator(".lp-card h3", has_text=mode).count() == 1
    assert watch.errors == [] and watch.off_host() == []


def test_customer_obsession_pages_read_and_navigate_instantly(watch, served):
    _, log = served
    page = watch.goto("")
    page.evaluate("window.__sameDocument = true")
    page.locator('[data-principle-card="customer-obsession"] a.lp-principle__title').click()
    page.wait_for_url("**/principles/customer-obsession/")
    page.locator("h1", has_text="Customer Obsession").wait_for()
    # Instant navigation swaps the page in place: the old window object survives.
    assert page.evaluate("window.__sameDocument === true")
    assert page.locator("[data-calibrate]").count() >= 2
    assert page.locator("table.lp-score-table").count() >= 2
    page.locator("a.lp-mode", has_text="Test").click()
    page.wait_for_url("**/principles/customer-obsession/quiz/")
    page.locator("h1", has_text="test yourself").wait_for()  # the URL changes before the content swaps
    questions = page.locator("[data-quiz-question]")
    assert questions.count() >= 10
    assert page.evaluate("window.__sameDocument === true")
    assert watch.errors == [] and watch.off_host() == []
    assert not [entry for entry in log if entry[1] >= 400], log


def test_search_finds_lesson_and_quiz_text(watch):
    page = watch.goto("")
    page.keyboard.press("/")  # Material's shortcut opens search
    page.locator("input.md-search__input").fill("Bar Raiser")
    page.locator(".md-search-result__item").first.wait_for(timeout=10000)
    assert page.locator(".md-search-result__item").count() > 0
    assert watch.errors == [] and watch.off_host() == []
