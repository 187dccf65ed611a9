"""The home page's progress grid in headless Chromium: export, import into a fresh profile, reset, corrupt data."""

from __future__ import annotations

import json

import pytest

from tests.conftest import PageWatch

pytestmark = pytest.mark.browser

NOW = "2026-01-02T03:04:05.000Z"
QUIZ = {"v": 1, "data": {"answers": {"ownership-q01": {"choice": "B", "at": NOW}},
                         "best": {"ownership": {"score": 7, "total": 10, "at": NOW}}}}
CALIBRATION = {"v": 1, "data": {"runs": [
    {"exercise": "ownership-ex-settlement-job", "principle": "ownership", "at": NOW, "weaker": "B", "over": 30,
     "distance": 9, "biased": True, "scores": {"A": {"ownership_signal": 27}, "B": {"ownership_signal": 25}}}]}}
PRACTICE = {"v": 1, "data": {"dive-deep": {"best": 81, "last": 70, "band": "Hire", "runs": 3, "at": NOW}}}


def seed(page) -> None:
    page.evaluate("""([quiz, cal, practice]) => {
        localStorage.setItem('lpcoach:quiz', JSON.stringify(quiz));
        localStorage.setItem('lpcoach:calibration', JSON.stringify(cal));
        localStorage.setItem('lpcoach:practice-scores', JSON.stringify(practice));
    }""", [QUIZ, CALIBRATION, PRACTICE])


def grid_cell(page, lp: str, kind: str) -> str:
    """The cell's value as its data attribute holds it ('' when there is none yet)."""
    return page.locator(f'[data-progress-lp="{lp}"] [data-progress-{kind}]').get_attribute(f"data-progress-{kind}")


def mounted_home(watch_or_page, base: str | None = None):
    page = watch_or_page.goto("") if base is None else watch_or_page
    page.locator("[data-progress][data-enhanced='true']").wait_for()
    return page


def test_grid_export_import_into_a_fresh_profile_and_reset(watch, browser, served, tmp_path):
    page = mounted_home(watch)
    assert page.locator("[data-progress-lp]").count() == 16
    assert page.locator("[data-progress-bias]").get_attribute("data-progress-bias") == "none"
    seed(page)
    page.reload()
    page.locator("[data-progress][data-enhanced='true']").wait_for()
    assert grid_cell(page, "ownership", "quiz") == "7/10"
    assert grid_cell(page, "ownership", "calibrated") == "1/2"
    assert grid_cell(page, "dive-deep", "practice") == "81 Hire"
    assert page.locator("[data-progress-bias]").get_attribute("data-progress-bias") == "single"

    with page.expect_download() as info:
        page.locator("[data-progress-export]").click()
    exported = tmp_path / "progress.json"
    info.value.save_as(exported)
    doc = json.loads(exported.read_text())
    assert doc["format"] == "lp-coach-progress" and doc["version"] == 1
    assert doc["data"]["quiz"] == QUIZ["data"] and doc["data"]["practice-scores"] == PRACTICE["data"]

    # A fresh browser profile: a broken file is refused and changes nothing; the export restores everything.
    base, _ = served
    fresh = PageWatch(browser.new_context(), base)
    try:
        other = fresh.goto("")
        other.locator("[data-progress][data-enhanced='true']").wait_for()
        assert grid_cell(other, "ownership", "quiz") == ""
        broken = json.loads(exported.read_text())
        broken["data"]["calibration"]["runs"][0]["over"] = "lots"
        other.locator("[data-progress-import]").set_input_files(
            files=[{"name": "broken.json", "mimeType": "application/json", "buffer": json.dumps(broken).encode()}])
        other.locator("[data-progress][data-progress-import-state='refused']").wait_for()
        assert "nothing was imported" in other.locator("[data-progress-message]").inner_text()
        assert other.evaluate("Object.keys(localStorage).filter(k => k.startsWith('lpcoach:'))") == []
        other.locator("[data-progress-import]").set_input_files(
            files=[{"name": "junk.json", "mimeType": "application/json", "buffer": b"{not json"}])
        other.locator("[data-progress-message]", has_text="not JSON").wait_for()

        other.locator("[data-progress-import]").set_input_files(str(exported))
        other.locator("[data-progress][data-progress-import-state='done']").wait_for()
        assert grid_cell(other, "ownership", "quiz") == "7/10"
        assert grid_cell(other, "ownership", "calibrated") == "1/2"
        assert grid_cell(other, "dive-deep", "practice") == "81 Hire"
        other.reload()
        other.locator("[data-progress][data-enhanced='true']").wait_for()
        assert grid_cell(other, "ownership", "quiz") == "7/10"
        assert fresh.errors == [] and fresh.off_host() == []
    finally:
        fresh.context.close()

    # Reset asks first; "keep it" keeps everything, confirming deletes it.
    page.locator("[data-progress-reset]").click()
    page.locator("[data-progress-reset-cancel]").click()
    assert grid_cell(page, "ownership", "quiz") == "7/10"
    assert not page.locator("[data-progress-reset-confirm]").is_visible()
    page.locator("[data-progress-reset]").click()
    page.locator("[data-progress-reset-confirm]").click()
    assert grid_cell(page, "ownership", "quiz") == ""
    assert page.evaluate("Object.keys(localStorage).filter(k => k.startsWith('lpcoach:'))") == []
    assert watch.errors == [] and watch.off_host() == []


def test_corrupt_progress_is_cleared_with_a_notice(watch):
    page = mounted_home(watch)
    page.evaluate("""() => {
        localStorage.setItem('lpcoach:calibration', '{"v":1,"data":{"runs":"many"}}');
        localStorage.setItem('lpcoach:quiz', 'not json at all');
    }""")
    page.reload()
    notice = page.locator("[data-progress] > .lp-notice")
    notice.wait_for()
    assert "quiz answers and calibration history could not be read and were cleared" in notice.inner_text()
    assert page.evaluate("localStorage.getItem('lpcoach:calibration') === null && localStorage.getItem('lpcoach:quiz') === null")
    assert page.locator("[data-progress-lp]").count() == 16
    assert watch.errors == [] and watch.off_host() == []


def test_widgets_work_when_storage_is_disabled(browser, served):
    base, _ = served
    context = browser.new_context()
    context.add_init_script(
        "Object.defineProperty(window, 'localStorage', {get() { throw new DOMException('denied', 'SecurityError'); }})")
    watch = PageWatch(context, base)
    try:
        page = watch.goto("principles/customer-obsession/quiz/")
        page.locator("[data-quiz][data-enhanced='true']").wait_for()
        assert "does not allow local storage" in page.locator("[data-quiz] > .lp-notice").inner_text()
        question = page.locator("[data-quiz-question]").first
        question.locator("label.lp-option").first.click()
        assert question.get_attribute("data-answered") in ("correct", "wrong")

        page = watch.goto("principles/customer-obsession/")
        first = page.locator("[data-calibrate][data-enhanced='true']").first
        first.wait_for()
        for field in first.locator("input[data-calibrate-score]").all():
            field.fill("5")
        first.locator("button[data-calibrate-reveal]").click()
        assert "could not be kept" in first.locator("[data-calibrate-feedback]").inner_text()

        page = watch.goto("")
        page.locator("[data-progress][data-enhanced='true']").wait_for()
        assert page.locator("[data-progress-lp]").count() == 16
        assert page.locator("[data-mount-error]").count() == 0
        # The theme's own palette code also touches storage; only its refusal may be logged.
        assert [e for e in watch.errors if "denied" not in e] == [] and watch.off_host() == []
    finally:
        context.close()
