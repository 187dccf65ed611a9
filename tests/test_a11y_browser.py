"""Accessibility in headless Chromium: axe-core in light and dark mode, and no sideways scrolling on a phone."""

from __future__ import annotations

import pytest

from tests.conftest import REPO, PageWatch

pytestmark = pytest.mark.browser

AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
# Each page with the widget state axe should see: the island mounted, and on
# the lesson and the quiz the revealed / answered states as well.
PAGES = {
    "home": ("", "[data-progress][data-enhanced='true']"),
    "lesson": ("principles/customer-obsession/", "[data-calibrate][data-enhanced='true']"),
    "quiz": ("principles/customer-obsession/quiz/", "[data-quiz][data-enhanced='true']"),
    "practice": ("practice/", "[data-scorer][data-mounted]"),
    "interview": ("interview/", "[data-interview][data-state='setup']"),
    "stories": ("stories/", "[data-loop-plan][data-enhanced='true']"),
}


def serious_violations(page) -> list[str]:
    if not AXE.exists():
        pytest.fail("axe-core is missing: run `make setup` (npm ci) first")
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("""async () => {
        const r = await axe.run(document, {resultTypes: ["violations"]});
        return r.violations.filter(v => v.impact === "serious" || v.impact === "critical")
          .map(v => `${v.id} (${v.impact}): ` + v.nodes.slice(0, 5).map(n => n.target.join(" ")).join(" | "));
    }""")
    return result


def exercise_widgets(page, name: str) -> None:
    """Bring each widget into the states a reader sees after using it, so axe checks those too."""
    if name == "lesson":
        first = page.locator("[data-calibrate]").first
        first.locator("button[data-calibrate-reveal]").click()  # the refusal message
        for field in first.locator("input[data-calibrate-score]").all():
            field.fill("10")
        first.locator("button[data-calibrate-reveal]").click()
        first.locator("[data-calibrate-feedback]").wait_for()
    elif name == "quiz":
        for question in page.locator("[data-quiz-question]").all():
            question.locator("label.lp-option").first.click()
        page.locator("[data-quiz-score]").wait_for()
    elif name == "home":
        page.locator("[data-progress-reset]").click()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_serious_violation(browser, served, scheme):
    base, _ = served
    watch = PageWatch(browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme), base)
    try:
        found = {}
        for name, (path, ready) in PAGES.items():
            page = watch.goto(path)
            page.locator(ready).first.wait_for()
            expected = "slate" if scheme == "dark" else "default"
            assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == expected
            exercise_widgets(page, name)
            violations = serious_violations(page)
            if violations:
                found[name] = violations
        assert found == {}, "\n".join(f"{k}: {v}" for k, v in found.items())
        assert watch.errors == [] and watch.off_host() == []
    finally:
        watch.context.close()


def test_no_horizontal_scroll_at_390_px(browser, served):
    base, _ = served
    watch = PageWatch(browser.new_context(viewport={"width": 390, "height": 844}), base)
    try:
        wide = {}
        for name, (path, ready) in PAGES.items():
            page = watch.goto(path)
            page.locator(ready).first.wait_for()
            exercise_widgets(page, name)
            sizes = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
            if sizes[0] > sizes[1]:
                wide[name] = sizes
        assert wide == {}
        assert watch.errors == [] and watch.off_host() == []
    finally:
        watch.context.close()


def test_keyboard_reaches_the_widgets_controls(watch):
    """Tab order reaches the quiz options and the calibration inputs; focus is visible."""
    page = watch.goto("principles/customer-obsession/")
    page.locator("[data-calibrate][data-enhanced='true']").first.wait_for()
    page.locator("input[data-calibrate-score]").first.focus()
    for _ in range(6):
        page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.matches('button[data-calibrate-reveal]')")
    assert focused
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"
    # After an instant navigation the theme's landmarks keep their names, and the quiz is reachable by Tab.
    page.locator("a.lp-mode", has_text="Test").click()
    page.wait_for_url("**/quiz/")
    page.locator("[data-quiz][data-enhanced='true']").wait_for()
    assert page.evaluate("document.querySelector('.md-search').getAttribute('aria-label')") == "Search"
    assert page.evaluate("document.querySelector('.md-progress').getAttribute('aria-label')") == "Page loading"
    page.locator("a.lp-mode", has_text="Test").focus()
    for _ in range(12):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.matches('[data-quiz-question] input[type=radio]')"):
            break
    assert page.evaluate("document.activeElement.name").startswith("lp-q-")
    assert watch.errors == [] and watch.off_host() == []
