"""Practice mode in headless Chromium against the built site, served under a sub-path.

Booting Pyodide takes seconds, so one booted page carries most checks; the
failure test uses a copy of the site without assets/pyodide/, which fails fast.
"""

from __future__ import annotations

import json
import shutil

import pytest
from playwright.sync_api import expect

import scorer
from tests.support import siteserver

pytestmark = pytest.mark.browser

BOOT_TIMEOUT_MS = 180_000  # cold Pyodide boot on a loaded two-core runner
LP = "customer-obsession"

CANDIDATE_B = (
    "While reviewing customer feedback, I noticed that a critical payment reconciliation bug was causing delays, "
    "but no team had filed a ticket. I decided to act immediately despite it not being my team\u2019s responsibility. "
    "I investigated the logs, identified a race condition causing the issue, and wrote a patch to fix it. After "
    "deploying the fix, payment processing errors dropped by 40%, reducing customer complaints significantly and "
    "improving trust in our platform.")
MANAGER_DIRECTED = (
    "In a recent project, I was asked by my manager to investigate customer complaints about delayed deliveries. "
    "I worked with the team to identify the root cause and we implemented a new tracking system. As a result, "
    "things improved and the team was happy with the outcome.")
COLLECTIVE = (
    "In my last role, I noticed customers were frustrated with our app's slow load times. I analyzed the data, "
    "identified bottlenecks, and proposed solutions. After discussing with the team, we collectively decided to "
    "implement a caching system. I led the implementation, which reduced load times by 40%, improving customer "
    "satisfaction scores significantly.")
# Emoji are two UTF-16 units but one code point each: marks after them must not drift.
EMOJI = ("\U0001F680\U0001F680 Quick story \U0001F469\u200D\U0001F4BB: I was asked by my manager \U0001F605 to "
         "look at refunds. I worked with the team \U0001F91D and we implemented a queue; things improved \U0001F389.")
HOSTILE = ('I fixed it. <img src=x onerror="window.__pwned = 1"> then <script>window.__pwned = 2</script> '
           "and <b>bold</b> stayed text.")


def wait_ready(page, state: str = "ready") -> None:
    page.locator(f'[data-scorer][data-state="{state}"]').wait_for(timeout=BOOT_TIMEOUT_MS)


def score_in_page(page, text: str, *, keyboard: bool = False) -> dict:
    """Type an answer, score it (button or Ctrl+Enter), and return the raw JSON the widget holds."""
    root = page.locator("[data-scorer]")
    runs = int(root.get_attribute("data-runs"))
    page.locator("textarea[data-scorer-input]").fill(text)
    if keyboard:
        page.locator("textarea[data-scorer-input]").press("Control+Enter")
    else:
        page.locator("button[data-scorer-run]").click()
    page.locator(f'[data-scorer][data-runs="{runs + 1}"]').wait_for(timeout=30_000)
    return json.loads(page.locator("[data-scorer-result] output[data-scorer-json]").text_content())


def marks(page) -> list[tuple[str, str]]:
    found = page.locator("[data-scorer-result] mark[data-marker]").evaluate_all(
        "els => els.map(e => [e.dataset.marker, e.textContent])")
    return [tuple(pair) for pair in found]


def test_practice_boots_scores_like_the_cli_and_keeps_the_draft(watch, served):
    _, log = served
    start = len(log)
    # Arrive from a lesson with instant navigation, as a reader does.
    page = watch.goto(f"principles/{LP}/")
    page.evaluate("window.__sameDocument = true")
    page.locator("a.lp-mode", has_text="Practice").click()
    page.wait_for_url(f"**/practice/?lp={LP}")
    wait_ready(page)
    assert page.evaluate("window.__sameDocument === true")
    assert page.locator("[data-scorer][data-mounted]").count() == 1
    assert page.locator("select[data-scorer-lp]").input_value() == LP
    page.evaluate("""() => { window.__scored = [];
        document.addEventListener('lp:scored', e => window.__scored.push(e.detail)); }""")

    # Parity: the widget's JSON is exactly the scorer's, for each seed answer.
    for text in (CANDIDATE_B, MANAGER_DIRECTED, COLLECTIVE):
        assert score_in_page(page, text) == scorer.score(text, LP).to_dict()
    result = page.locator("[data-scorer-result]")
    expected = scorer.score(COLLECTIVE, LP).to_dict()
    assert result.locator("[data-scorer-total]").inner_text() == str(expected["total"])
    assert result.locator("[data-scorer-band]").inner_text() == expected["band"]
    for dim_id, dim in expected["dimensions"].items():
        assert result.locator(f'[data-scorer-dimension="{dim_id}"]').get_attribute("data-score") == str(dim["score"])
    assert ("collective_language", "we collectively decided") in marks(page)

    # The manager-directed answer, scored with the keyboard shortcut, marks the auto-fail phrase.
    got = score_in_page(page, MANAGER_DIRECTED, keyboard=True)
    assert got["auto_fail"] and result.locator("[data-scorer-band]").inner_text() == "No Hire"
    manager = result.locator('mark[data-marker="manager_directed"]')
    assert manager.count() == 1 and manager.inner_text() == "I was asked by"
    # Its message and fix show on keyboard focus, and screen readers get them as the description.
    manager.focus()
    tip = result.locator('[role="tooltip"]')
    assert tip.is_visible() and "Fix:" in tip.inner_text()
    described = page.locator("#" + manager.get_attribute("aria-describedby"))
    assert got["markers"][0]["message"] in described.inner_text()

    # Emoji: every mark covers exactly its quote, so offsets did not drift.
    got = score_in_page(page, EMOJI)
    assert got == scorer.score(EMOJI, LP).to_dict()
    # (Two findings on the same words show as one mark: the costlier one.)
    rendered, expected = marks(page), {(m["id"], m["quote"]) for m in got["markers"]}
    assert rendered and all(mark in expected for mark in rendered)
    assert {quote for _, quote in rendered} == {m["quote"] for m in got["markers"]}
    assert ("manager_directed", "I was asked by") in marks(page)

    # Markup in the answer is text: nothing runs, no element is created from it.
    got = score_in_page(page, HOSTILE)
    assert page.evaluate("window.__pwned") is None
    answer = result.locator(".lp-answer")
    assert answer.locator("img, script, b").count() == 0
    assert '<img src=x onerror="window.__pwned = 1">' in answer.inner_text()

    # Each run told the story bank and Progress.
    events = page.evaluate("window.__scored")
    assert len(events) == 6 and events[-1]["lp"] == LP and events[-1]["result"]["total"] == got["total"]
    stored = json.loads(page.evaluate("localStorage.getItem('lpcoach:practice-scores')"))["data"][LP]
    assert stored["runs"] == 6 and stored["last"] == got["total"] and stored["band"] == got["band"]
    assert stored["best"] == max(e["result"]["total"] for e in events)

    # Back to the lesson and into Practice through a question link: the booted worker is re-used.
    page.go_back()
    page.wait_for_url(f"**/principles/{LP}/")
    question = page.locator(f'a[href*="practice/?lp={LP}&q="]').first
    qid = question.get_attribute("href").split("&q=")[1]
    question.click()
    page.wait_for_url(f"**/practice/?lp={LP}&q={qid}")
    wait_ready(page)
    assert page.evaluate("window.__sameDocument === true")
    assert page.locator("select[data-scorer-question]").input_value() == qid
    assert page.locator("[data-scorer-prompt]").is_visible()
    assert score_in_page(page, CANDIDATE_B) == scorer.score(CANDIDATE_B, LP).to_dict()
    fetched = [path for path, _ in log[start:]]
    assert sum(path.endswith("pyodide.asm.wasm") for path in fetched) == 1
    assert sum("scorer-worker.js" in path for path in fetched) == 1

    # The draft is saved as the reader types and survives a reload.
    page.locator("textarea[data-scorer-input]").fill("My draft \U0001F680 about a refund queue.")
    page.locator("[data-scorer-draft]", has_text="Draft saved").wait_for()
    # Storage that refuses writes: the widget says so and still scores.
    page.evaluate("() => { Storage.prototype.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); }; }")
    page.locator("textarea[data-scorer-input]").press_sequentially(" More.")
    page.locator(".lp-notice", has_text="not being kept").wait_for()
    runs = int(page.locator("[data-scorer]").get_attribute("data-runs"))
    page.locator("button[data-scorer-run]").click()
    page.locator(f'[data-scorer][data-runs="{runs + 1}"]').wait_for()
    page.reload()
    expect(page.locator("textarea[data-scorer-input]")).to_have_value("My draft \U0001F680 about a refund queue.")
    expect(page.locator("select[data-scorer-question]")).to_have_value(qid)
    assert watch.errors == [] and watch.off_host() == []


def test_without_pyodide_the_widget_says_so_and_keeps_the_draft(browser, built_site, tmp_path):
    site = tmp_path / "site"
    shutil.copytree(built_site, site, ignore=shutil.ignore_patterns("pyodide"))
    assert not (site / "assets" / "pyodide").exists()
    with siteserver.serve(site) as (base, log):
        context = browser.new_context()
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("console", lambda m: m.type == "error" and errors.append(m.text))
        requests: list[str] = []
        context.on("request", lambda r: requests.append(r.url))
        # A corrupt saved draft is cleared and reported, not a crash.
        # (Set on a page without the widget, so no mount reads it before the Practice page does.)
        page.goto(base + "stories/")
        page.evaluate("localStorage.setItem('lpcoach:practice-draft', '{not json')")
        page.goto(base + "practice/")
        wait_ready(page, "error")
        root = page.locator("[data-scorer]")
        assert "could not be read" in root.locator(".lp-notice").inner_text()
        assert "could not start" in root.locator("[data-scorer-status]").inner_text()
        assert page.locator("button[data-scorer-run]").is_disabled()
        page.locator("select[data-scorer-lp]").select_option("dive-deep")
        page.locator("textarea[data-scorer-input]").fill("I dove into the logs myself.")
        page.locator("[data-scorer-draft]", has_text="Draft saved").wait_for()
        page.reload()
        wait_ready(page, "error")
        expect(page.locator("textarea[data-scorer-input]")).to_have_value("I dove into the logs myself.")
        expect(page.locator("select[data-scorer-lp]")).to_have_value("dive-deep")
        # Quizzes are unaffected.
        page.goto(base + f"principles/{LP}/quiz/")
        assert page.locator("[data-quiz-question]").count() >= 10
        context.close()
    # The only errors are the browser's own notes about the missing runtime file.
    assert [e for e in errors if "404" not in e] == []
    assert not [u for u in requests if not u.startswith(("http://127.0.0.1", "data:", "blob:", "about:"))]
    assert not [path for path, code in log if code >= 400 and "/assets/pyodide/" not in path]
