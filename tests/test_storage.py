"""One module owns every `lpcoach:` key: no widget makes its own Store or touches localStorage,
and the practice scores have one validator, which keeps the good entries of a damaged value."""

from __future__ import annotations

import json
import re

import pytest

from tests.conftest import REPO

JS = REPO / "theme" / "assets" / "js"
OWNERS = {"storage.js", "store.js"}  # the registry and the mechanism under it


def test_only_the_storage_module_makes_stores_or_reads_local_storage():
    offenders = []
    for path in sorted(JS.glob("*.js")):
        if path.name in OWNERS:
            continue
        text = path.read_text(encoding="utf-8")
        for pattern in (r"new Store\(", r"localStorage", r"\bStore\b.*from \"\./store\.js\"", r"\"lpcoach:"):
            if re.search(pattern, text):
                offenders.append(f"{path.name}: {pattern}")
    assert offenders == []


def test_every_key_is_listed_in_the_storage_module():
    text = (JS / "storage.js").read_text(encoding="utf-8")
    made = set(re.findall(r'new Store\("([a-z-]+)"', text))
    listed = set(re.findall(r"//\s+lpcoach:([a-z-]+)", text))
    assert made and made == listed


@pytest.mark.browser
def test_practice_scores_one_validator_keeps_good_entries(watch):
    page = watch.goto("")
    page.locator("[data-progress][data-enhanced='true']").wait_for()
    good = {"best": 82, "last": 75, "band": "Hire", "runs": 3, "at": "2025-01-02T03:04:05.000Z"}
    bad = {"last": 40}  # no best: one damaged entry
    page.evaluate("v => localStorage.setItem('lpcoach:practice-scores', JSON.stringify({v: 1, data: v}))",
                  {"ownership": good, "dive-deep": bad})
    page.reload()
    page.locator("[data-progress][data-enhanced='true']").wait_for()
    assert "82" in page.locator('[data-progress-lp="ownership"]').inner_text()
    stored = json.loads(page.evaluate("localStorage.getItem('lpcoach:practice-scores')"))
    assert stored["data"] == {"ownership": good}  # the damaged entry alone was dropped
    # Practice reads it through the same store: scoring elsewhere keeps ownership's record.
    result = page.evaluate("""async () => {
      const storage = await import(new URL('assets/js/storage.js', document.baseURI).href);
      return storage.practiceScoresStore().read();
    }""")
    assert result["status"] == "ok" and result["value"] == {"ownership": good}
    assert watch.errors == []
