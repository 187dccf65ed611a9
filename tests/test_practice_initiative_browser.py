"""Practice passes the chosen question's premise (initiative) to the scorer, as the CLI's --initiative does.

The request the worker receives is recorded (a wrapper on Worker.prototype.postMessage), so the
test holds whatever the scorer does with the premise; the result must equal the Python scorer's.
"""

from __future__ import annotations

import json

import pytest
import yaml

import scorer
from tests.conftest import REPO

pytestmark = pytest.mark.browser

BOOT_TIMEOUT_MS = 180_000
LP = "customer-obsession"
ASSIGNED = ("My manager asked me to look into customer complaints about late refunds. I read forty tickets, found "
            "that refunds waited for a nightly batch, and changed the job to run every hour. Complaints about late "
            "refunds fell from 120 to 30 a week. I learned to read the tickets before the dashboards.")


def _question(initiative: bool) -> str:
    doc = yaml.safe_load((REPO / "content/principles" / LP / "principle.yaml").read_text(encoding="utf-8"))
    return next(q["id"] for q in doc["questions"] if bool(q.get("initiative")) is initiative)


def _score(page, question_id: str) -> dict:
    page.goto(page.url.split("?")[0] + f"?lp={LP}&q={question_id}")
    page.locator('[data-scorer][data-state="ready"]').wait_for(timeout=BOOT_TIMEOUT_MS)
    assert page.locator("select[data-scorer-question]").input_value() == question_id
    runs = int(page.locator("[data-scorer]").get_attribute("data-runs"))
    page.locator("textarea[data-scorer-input]").fill(ASSIGNED)
    page.locator("textarea[data-scorer-input]").press("Control+Enter")  # the run button may sit under the sticky header
    page.locator(f'[data-scorer][data-runs="{runs + 1}"]').wait_for(timeout=30_000)
    return json.loads(page.locator("[data-scorer-result] output[data-scorer-json]").text_content())


RECORD = """
(() => {
  const post = Worker.prototype.postMessage;
  window.__scoreRequests = [];
  Worker.prototype.postMessage = function (message, ...rest) {
    if (message && message.type === "score") window.__scoreRequests.push({ lp: message.lp, initiative: message.initiative });
    return post.call(this, message, ...rest);
  };
})();
"""


def test_practice_scores_with_the_questions_premise(watch):
    watch.context.add_init_script(RECORD)
    page = watch.goto(f"practice/?lp={LP}")
    tried = []
    for initiative in (True, False):
        try:
            question = _question(initiative)
        except StopIteration:
            continue  # this principle has no question of that kind
        tried.append(initiative)
        result = _score(page, question)
        assert page.evaluate("window.__scoreRequests")[-1] == {"lp": LP, "initiative": initiative}
        expected = scorer.score(ASSIGNED, LP, initiative=initiative).to_dict()
        assert (result["total"], result["band"], result["auto_fail"]) == (expected["total"], expected["band"], expected["auto_fail"])
    assert True in tried
    assert watch.errors == []
