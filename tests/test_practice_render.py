"""The Practice page's static shell: hooks, the island's data, escaping."""

from __future__ import annotations

import html
import json
import re

from pipeline.content import load_content
from pipeline.render import practice
from scorer import rubric
from tests.conftest import REPO

BUNDLE = "assets/scorer/scorer-0123456789ab.zip"


def island(markdown: str) -> dict:
    match = re.search(r'data-island="([^"]*)"', markdown)
    assert match, "the Practice island carries its data in data-island"
    return json.loads(html.unescape(match.group(1)))


def test_shell_has_every_contract_hook_and_the_story_save_panel():
    page = practice.practice_page({}, BUNDLE, {})
    for hook in ('data-scorer data-state="loading" data-runs="0"', "<select data-scorer-lp>", "data-scorer-input",
                 "data-scorer-run", "data-scorer-result", "data-story-save-panel", "data-story-title", "data-story-save"):
        assert hook in page, hook
    chooser = re.search(r"<select data-scorer-lp>(.*?)</select>", page).group(1)
    assert re.findall(r'<option value="([^"]+)"', chooser) == list(rubric.PRINCIPLE_TITLES)
    assert "\n\n" not in page.split("<div", 1)[1], "an island must be one HTML block with no blank lines"


def test_island_data_defaults_to_the_self_hosted_runtime_and_lists_questions():
    content = load_content(REPO / "content")
    data = island(practice.practice_page(content.by_id(), BUNDLE, {"pyodide_url": None, "pyodide_integrity": None}))
    assert data["scorer"] == BUNDLE
    assert data["pyodide"] == "assets/pyodide/pyodide.mjs" and data["pyodide_integrity"] is None
    assert data["speaking_wpm"] == rubric.SPEAKING_WPM
    assert [p["id"] for p in data["principles"]] == list(rubric.PRINCIPLE_TITLES)
    co = next(p for p in data["principles"] if p["id"] == "customer-obsession")
    assert co["questions"] and all(q["id"] and q["text"] for q in co["questions"])


def test_a_cdn_runtime_setting_reaches_the_island():
    url = "https://cdn.example.org/pyodide/v0.0.0/full/pyodide.mjs"
    data = island(practice.practice_page({}, BUNDLE, {"pyodide_url": url, "pyodide_integrity": "sha384-abc"}))
    assert data["pyodide"] == url and data["pyodide_integrity"] == "sha384-abc"


def test_island_data_is_escaped():
    page = practice.practice_page({}, 'assets/scorer/"><script>x</script>.zip', {})
    assert "<script>" not in page
    assert island(page)["scorer"] == 'assets/scorer/"><script>x</script>.zip'
