"""Evaluate mode in headless Chromium: score first, then the reference and feedback on the reader's calibration."""

from __future__ import annotations

import json

import pytest

pytestmark = pytest.mark.browser

LESSON = "principles/customer-obsession/"


def exercise_data(root) -> dict:
    return json.loads(root.get_attribute("data-island"))


def weaker_and_stronger(data: dict) -> tuple[dict, dict]:
    ordered = sorted(data["candidates"], key=lambda c: c["total"])
    return ordered[0], ordered[-1]


def test_calibration_refuses_early_reveal_then_gives_feedback_and_keeps_history(watch):
    page = watch.goto(LESSON)
    first = page.locator("[data-calibrate][data-enhanced='true']").first
    first.wait_for()
    data = exercise_data(first)
    weaker, stronger = weaker_and_stronger(data)
    inputs = first.locator("input[data-calibrate-score]")
    assert inputs.count() == 2 * len(data["calibrated"]) == 6
    # Before the reveal nothing hints at the reference.
    assert not first.locator("details.lp-reference").is_visible()
    assert first.locator("mark.lp-marker[title]").count() == 0
    assert not first.locator("[data-calibrate-feedback]").is_visible()

    reveal = first.locator("button[data-calibrate-reveal]")
    reveal.click()
    assert "Score both candidates" in first.locator("[data-calibrate-message]").inner_text()
    assert first.get_attribute("data-revealed") is None
    assert not first.locator("details.lp-reference").is_visible()

    # Over-score the weaker candidate by a wide margin; one value out of range is refused too.
    maxima = {d["id"]: d["max"] for d in data["dimensions"]}
    for dim in data["calibrated"]:
        first.locator(f'input[data-candidate="{weaker["label"]}"][data-dimension="{dim}"]').fill(str(maxima[dim] - 2))
        first.locator(f'input[data-candidate="{stronger["label"]}"][data-dimension="{dim}"]').fill(str(stronger["scores"][dim]))
    bad = first.locator(f'input[data-candidate="{stronger["label"]}"][data-dimension="ownership_signal"]')
    bad.fill(str(maxima["ownership_signal"] + 5))
    reveal.click()
    assert "1 still missing or out of range" in first.locator("[data-calibrate-message]").inner_text()
    assert bad.get_attribute("aria-invalid") == "true"
    assert first.get_attribute("data-revealed") is None
    bad.fill(str(stronger["scores"]["ownership_signal"]))
    reveal.click()

    feedback = first.locator("[data-calibrate-feedback]")
    feedback.wait_for()
    assert first.get_attribute("data-revealed") == ""
    table = first.locator("details.lp-reference table.lp-score-table")
    assert table.is_visible() and "Weight" in table.inner_text()
    for c in data["candidates"]:
        assert first.locator(f'[data-reference-total="{c["label"]}"]').inner_text().startswith(str(c["total"]))
    assert first.locator("mark.lp-marker[title]").count() > 0  # the markers now say why they matter
    assert "biased toward fluency" in feedback.inner_text()
    assert feedback.locator("[data-calibrate-fluency]").get_attribute("data-calibrate-fluency") == "biased"
    diff = maxima["ownership_signal"] - 2 - weaker["scores"]["ownership_signal"]
    assert feedback.locator(f'[data-calibrate-diff="{weaker["label"]}:ownership_signal"]').get_attribute("data-diff") == str(diff)

    first.locator("input[data-calibrate-score]").first.press("Enter")  # read-only now: records nothing more

    # The second exercise by keyboard, close to the reference: no fluency warning.
    second = page.locator("[data-calibrate]").nth(1)
    data2 = exercise_data(second)
    fields = second.locator("input[data-calibrate-score]")
    fields.first.focus()
    for i in range(fields.count()):
        field = fields.nth(i)
        label = field.get_attribute("data-candidate")
        ref = next(c for c in data2["candidates"] if c["label"] == label)["scores"][field.get_attribute("data-dimension")]
        page.keyboard.type(str(ref + (1 if i % 2 else 0)))
        if i < fields.count() - 1:
            page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    second.locator("[data-calibrate-feedback]").wait_for()
    assert second.locator("[data-calibrate-fluency]").get_attribute("data-calibrate-fluency") == "ok"
    assert "biased toward fluency" not in second.locator("[data-calibrate-feedback]").inner_text()

    runs = json.loads(page.evaluate("localStorage.getItem('lpcoach:calibration')"))["data"]["runs"]
    assert [(r["exercise"], r["biased"]) for r in runs] == [(data["id"], True), (data2["id"], False)]

    # The home page shows both exercises calibrated and a shrinking bias.
    page.locator("a.md-header__button.md-logo").click()
    page.locator("[data-progress][data-enhanced='true']").wait_for()
    assert page.locator('[data-progress-lp="customer-obsession"] [data-progress-calibrated]').inner_text() == "2/2"
    assert page.locator("[data-progress-bias]").get_attribute("data-progress-bias") == "shrinking"
    assert watch.errors == [] and watch.off_host() == []


def _answers_from_content() -> dict[str, dict[str, str]]:
    import yaml

    from tests.conftest import REPO

    doc = yaml.safe_load((REPO / "content/principles/customer-obsession/evaluate.yaml").read_text(encoding="utf-8"))
    return {e["id"]: {c["label"]: c["answer"] for c in e["candidates"]} for e in doc["exercises"]}


def _words(text: str) -> str:
    return " ".join(text.split())


def test_no_verdict_before_reveal_then_marks_without_changing_the_text(watch):
    page = watch.goto(LESSON)
    first = page.locator("[data-calibrate][data-enhanced='true']").first
    first.wait_for()
    data = exercise_data(first)
    authored = _answers_from_content()[data["id"]]
    # Before the reveal: the answers read whole, with no mark, no tooltip, no reference.
    assert first.locator("mark").count() == 0
    assert first.locator("[title]").count() == 0
    assert not first.locator("details.lp-reference").is_visible()
    for label, answer in authored.items():
        shown = first.locator(f'[data-answer-of="{label}"] [data-answer-text]').inner_text()
        assert _words(shown) == _words(answer)  # no gap where a mark will be
    visible = first.inner_text()
    for c in data["candidates"]:
        assert c["band"] not in visible
    # Reveal: marks appear, each with its why, and the text is still exactly the answer.
    for c in data["candidates"]:
        for dim in data["calibrated"]:
            first.locator(f'input[data-candidate="{c["label"]}"][data-dimension="{dim}"]').fill(str(c["scores"][dim]))
    first.locator("button[data-calibrate-reveal]").click()
    first.locator("[data-calibrate-feedback]").wait_for()
    expected = sum(len(m) for m in data["markers"].values())
    assert 0 < first.locator("mark.lp-marker[data-marker][title]").count() <= expected
    for label, answer in authored.items():
        assert _words(first.locator(f'[data-answer-of="{label}"] [data-answer-text]').inner_text()) == _words(answer)
    # Score again: the marks go, the text stays whole.
    first.locator("button[data-calibrate-again]").click()
    assert first.locator("mark").count() == 0
    assert watch.errors == []


def test_search_index_holds_no_bar_raiser_verdict(built_site):
    index = (built_site / "search" / "search_index.json").read_text(encoding="utf-8")
    assert "Bar Raiser notes" not in index and "Model rewrite" not in index
