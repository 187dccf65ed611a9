"""The story bank in headless Chromium: saved from a real Practice run, shown on stories/, exported and imported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scorer import rubric
from tests.conftest import PageWatch

pytestmark = pytest.mark.browser

AXE = Path(__file__).resolve().parent.parent / "node_modules" / "axe-core" / "axe.min.js"
KEY = "lpcoach:stories"

DRAFT_1 = ("Last spring our checkout error rate doubled. I was not on the payments team, but I noticed the spike "
           "in the logs. We collectively decided to look into it. I fixed the retry logic and errors dropped.")
DRAFT_2 = ("Last spring our checkout error rate doubled from 1% to 2%, costing about $40,000 a week. I was not on the "
           "payments team, but I noticed the spike in the logs and took it on myself. I traced it to a retry loop, "
           "wrote a fix with a backoff, and added an alert. Errors fell to 0.4% within a week for 3,000 customers. "
           "I learned to add alerts before launch, and I now review retry code in every design.")


def stored(page) -> str | None:
    return page.evaluate(f"localStorage.getItem({KEY!r})")


def score(page, text: str, runs: int) -> None:
    page.locator("textarea[data-scorer-input]").fill(text)
    page.locator("button[data-scorer-run]").click()
    page.locator(f'[data-scorer][data-runs="{runs}"]').wait_for()


def export(page, selector: str) -> str:
    with page.expect_download() as download:
        page.locator(selector).click()
    return Path(download.value.path()).read_text(encoding="utf-8")


def serious_axe_violations(page) -> list:
    if not page.evaluate("'axe' in window"):
        page.add_script_tag(path=str(AXE))
    result = page.evaluate("axe.run(document.querySelector('[data-stories]'))")
    return [(v["id"], [n["target"] for n in v["nodes"]]) for v in result["violations"]
            if v["impact"] in ("serious", "critical")]


def test_scored_story_saved_from_practice_round_trips(watch, browser, served, tmp_path):
    page = watch.goto("practice/")
    page.locator('[data-scorer][data-state="ready"]').wait_for(timeout=90_000)
    page.locator("select[data-scorer-lp]").select_option("ownership")
    panel = page.locator("[data-story-save-panel]")
    assert panel.is_hidden()

    score(page, DRAFT_1, 1)
    assert panel.is_visible()
    assert panel.locator('input[data-story-lp][value="ownership"]').is_checked()
    panel.locator('input[data-story-lp][value="dive-deep"]').check()
    panel.locator("input[data-story-title]").fill("Checkout retry storm")
    panel.locator("button[data-story-save]").click()
    panel.locator('[data-story-save-status][data-kind="ok"]').wait_for()
    panel.locator("button[data-story-save]").click()  # the same run cannot be kept twice
    assert panel.locator("[data-story-save-status]").get_attribute("data-kind") == "warn"

    score(page, DRAFT_2, 2)
    # The story just saved stays chosen, so this save adds an attempt to it.
    assert panel.locator("select[data-story-choose] option:checked").inner_text() == "Checkout retry storm"
    panel.locator("button[data-story-save]").click()
    page.locator('[data-story-save-panel][data-story-saved="2"]').wait_for()

    page = watch.goto("stories/")
    bank = page.locator('[data-stories][data-enhanced="true"]')
    bank.wait_for()
    story = page.locator("[data-story]")
    assert story.count() == 1
    assert story.get_attribute("data-attempts") == "2"
    assert page.locator("[data-coverage-lp]").count() == 16
    counts = {el.get_attribute("data-coverage-lp"): el.get_attribute("data-count")
              for el in page.locator("[data-coverage-lp]").all()}
    assert set(counts) == set(rubric.PRINCIPLE_IDS)
    assert counts["ownership"] == "1" and counts["dive-deep"] == "1"
    assert sum(c == "0" for c in counts.values()) == 14
    # Two attempts: two points on the total line, one per attempt on each line.
    chart = story.locator("[data-story-chart]")
    assert chart.get_attribute("data-points") == "2"
    assert chart.locator('[data-series="total"] [data-chart-point]').count() == 2
    assert chart.locator("[data-chart-point]").count() == 2 * 6
    assert page.locator('[data-warning="single"][data-lp="ownership"]').count() == 1

    # The diff shows the added words as text, and the drill keeps a note.
    story.locator('[data-story-section="diff"] summary').click()
    assert "$40,000" in " ".join(story.locator("ins").all_inner_texts())
    story.locator('[data-story-section="drill"] summary').click()
    assert story.locator("[data-drill-question]").inner_text().strip()
    story.locator("textarea[data-drill-note]").fill("I owned the fix end to end.")
    story.locator("textarea[data-drill-note]").blur()

    page.reload()
    page.locator('[data-stories][data-enhanced="true"]').wait_for()
    assert page.locator("[data-story]").count() == 1
    page.locator('[data-story-section="drill"] summary').click()
    assert page.locator("textarea[data-drill-note]").input_value() == "I owned the fix end to end."

    exported = export(page, "button[data-stories-export]")
    markdown = export(page, "button[data-stories-export-md]")
    assert DRAFT_2 in markdown and "Checkout retry storm" in markdown
    assert serious_axe_violations(page) == []

    # A broken file, and a well-formed one with an impossible score, change nothing.
    before = stored(page)
    for name, body in (("broken.json", b'{"format": "lpcoach-stories", '),
                       ("bad.json", exported.replace('"total": ', '"total": 5').encode())):
        page.locator("input[data-stories-import]").set_input_files(
            files=[{"name": name, "mimeType": "application/json", "buffer": body}])
        page.locator('[data-stories-status][data-kind="error"]').wait_for()
        assert stored(page) == before
        page.evaluate("document.querySelector('[data-stories-status]').removeAttribute('data-kind')")
    assert page.locator("[data-story]").count() == 1

    # A fresh profile restores the export exactly.
    export_file = tmp_path / "stories.json"
    export_file.write_text(exported, encoding="utf-8")
    base, _ = served
    fresh = PageWatch(browser.new_context(), base)
    try:
        other = fresh.goto("stories/")
        other.locator('[data-stories][data-enhanced="true"]').wait_for()
        assert other.locator("[data-story]").count() == 0
        other.locator("input[data-stories-import]").set_input_files(str(export_file))
        other.locator("[data-story]").wait_for()
        assert json.loads(stored(other))["data"] == json.loads(before)["data"]
        again = export(other, "button[data-stories-export]")
        assert json.loads(again)["stories"] == json.loads(exported)["stories"]
        # The same file again: an in-page question, and merging adds no duplicate attempt.
        other.locator("input[data-stories-import]").set_input_files(str(export_file))
        other.locator('[data-prompt-choice="merge"]').click()
        other.locator('[data-stories-status][data-kind="ok"]').wait_for()
        assert other.locator("[data-story]").get_attribute("data-attempts") == "2"
        assert fresh.errors == [] and fresh.off_host() == []
    finally:
        fresh.context.close()
    assert watch.errors == [] and watch.off_host() == []


V1_BANK = {"v": 1, "data": {"stories": [{
    "id": "s-old", "title": "Warehouse <b>reroute</b>", "answer": "I rerouted 40 trucks and cut delays by 30%.",
    "principles": ["ownership", "frugality", "think-big", "dive-deep", "earn-trust"],
    "created": "2024-01-02T10:00:00.000Z",
    "attempts": [{"at": "2024-01-02T10:00:00.000Z", "total": 61, "band": "Lean No Hire",
                  "dimensions": {"structure_star": 10, "ownership_signal": 20, "action_specificity": 15,
                                 "quantified_impact": 12, "self_awareness": 4}}]}]}}


def test_older_bank_migrates_prints_and_deletes_only_when_confirmed(watch):
    page = watch.goto("stories/")
    page.locator('[data-stories][data-enhanced="true"]').wait_for()
    page.evaluate(f"localStorage.setItem({KEY!r}, {json.dumps(json.dumps(V1_BANK))})")
    page.reload()
    story = page.locator('[data-story][data-story-id="s-old"]')
    story.wait_for()
    # Migrated and written back in the current format; the title is text, not markup.
    assert json.loads(stored(page))["v"] == 2
    assert story.locator("h3").inner_text() == "Warehouse <b>reroute</b>"
    assert page.locator('[data-warning="overloaded"]').count() == 1
    assert page.locator('[data-coverage-lp="frugality"]').get_attribute("data-count") == "1"
    assert "null" not in page.locator("[data-stories]").inner_text()
    assert serious_axe_violations(page) == []
    # What Material's dark toggle does; without transitions, so axe sees the final colours.
    page.add_style_tag(content="*, *::before { transition: none !important; }")
    page.evaluate("document.body.dataset.mdColorScheme = 'slate'")
    assert serious_axe_violations(page) == []

    page.emulate_media(media="print")
    assert page.locator("[data-stories-cheat]").is_visible()
    assert "Warehouse <b>reroute</b>" in page.locator("[data-stories-cheat]").inner_text()
    assert story.is_hidden() and page.locator("[data-coverage]").is_hidden()
    page.emulate_media(media="screen")

    story.locator("button[data-story-delete]").click()
    story.locator('[data-delete-choice="keep"]').click()
    assert page.locator("[data-story]").count() == 1
    story.locator("button[data-story-delete]").click()
    story.locator('[data-delete-choice="delete"]').click()
    page.locator("[data-stories-empty]").wait_for()
    assert json.loads(stored(page))["data"] == {"stories": []}
    assert watch.errors == [] and watch.off_host() == []


MODEL_CHECKS = """async () => {
  const m = await import(new URL("../assets/js/story-model.js", location.href).href);
  const ids = new Set(["ownership", "dive-deep"]);
  const words = (parts, op) => parts.filter((p) => p.op === op).map((p) => p.text.trim()).join(" ");
  const d = m.diffWords("I fixed the bug quickly.", "I found and fixed the bug in a day.");
  const attempt = (at, total) => ({at, lp: "ownership", question: null, text: "t" + total, total, band: "No Hire",
                                   dimensions: {}, followups: ["Why?"]});
  const mine = {id: "a", title: "T", principles: ["ownership"], created: "2024-01-01T00:00:00Z",
                updated: "2024-01-02T00:00:00Z", attempts: [attempt("2024-01-01T00:00:00Z", 10), attempt("2024-01-02T00:00:00Z", 20)],
                notes: {"Why?": "mine"}};
  const theirs = {...mine, id: "b", principles: ["dive-deep"], updated: "2024-01-03T00:00:00Z",
                  attempts: [attempt("2024-01-02T00:00:00Z", 20), attempt("2024-01-03T00:00:00Z", 30)], notes: {"Why?": "theirs"}};
  const merged = m.mergeStory(mine, theirs);
  return {
    added: words(d, "add"), removed: words(d, "del"),
    rebuilt: d.filter((p) => p.op !== "del").map((p) => p.text).join(""),
    totals: merged.attempts.map((a) => a.total), principles: merged.principles, note: merged.notes["Why?"],
    valid: m.validBank({stories: [merged]}, ids),
    newer: m.fromJson(JSON.stringify({format: m.FORMAT, version: m.VERSION + 1, stories: []}), ids).error || "",
    foreign: m.fromJson(JSON.stringify({stories: []}), ids).error || "",
  };
}"""


def test_diff_and_merge_keep_every_word_and_attempt_once(watch):
    page = watch.goto("stories/")
    page.locator('[data-stories][data-enhanced="true"]').wait_for()
    got = page.evaluate(MODEL_CHECKS)
    assert got["rebuilt"] == "I found and fixed the bug in a day."
    assert got["added"] == "found and in a day." and got["removed"] == "quickly."
    assert got["totals"] == [10, 20, 30] and got["principles"] == ["ownership", "dive-deep"]
    assert got["note"] == "mine" and got["valid"] is True
    assert "newer version" in got["newer"] and "not an LP Coach story bank" in got["foreign"]
    assert watch.errors == [] and watch.off_host() == []
