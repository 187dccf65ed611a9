"""Fix-it in headless Chromium: no Pyodide bytes until the reader starts, the model hidden until a
check or a reveal, and a delta equal to the Python scorer's difference for the same principle."""

from __future__ import annotations

import pytest
import yaml

import scorer
from tests.conftest import REPO

pytestmark = pytest.mark.browser

BOOT_TIMEOUT_MS = 180_000
LP = "ownership"
PAGE = f"principles/{LP}/"


def _fixits() -> list[dict]:
    return yaml.safe_load((REPO / "content" / "principles" / LP / "principle.yaml").read_text(encoding="utf-8"))["fixits"]


def _pyodide(requests: list[str]) -> list[str]:
    return [url for url in requests if "/assets/pyodide/" in url or "/assets/scorer/" in url]


def test_fixit_scores_both_and_shows_the_scorers_delta(watch):
    page = watch.goto(PAGE)
    fixit = _fixits()[0]
    root = page.locator(f'[data-fixit][data-fixit-id="{fixit["id"]}"]')
    root.wait_for()
    page.wait_for_function("document.querySelector('[data-fixit]').hasAttribute('data-mounted')")
    assert root.locator("[data-fixit-before]").inner_text() == fixit["before"].strip()
    # The model rewrite and its why stay hidden, and the page has loaded no Pyodide byte.
    assert not root.locator("[data-fixit-after]").is_visible()
    assert not root.locator("[data-fixit-why]").is_visible()
    page.wait_for_timeout(500)
    assert _pyodide(watch.requests) == []

    rewrite = fixit["after"].strip()
    root.locator("textarea[data-fixit-input]").fill(rewrite)  # focusing starts the fix-it: the scorer loads now
    root.locator("button[data-fixit-check]").click()
    delta = root.locator("[data-fixit-delta][data-delta]")
    delta.wait_for(timeout=BOOT_TIMEOUT_MS)
    expected = scorer.score(rewrite, LP).total - scorer.score(fixit["before"].strip(), LP).total
    assert int(delta.get_attribute("data-delta")) == expected
    # Per dimension, the same scorer's change.
    before, after = scorer.score(fixit["before"].strip(), LP).to_dict(), scorer.score(rewrite, LP).to_dict()
    for dim, value in after["dimensions"].items():
        row = delta.locator(f'[data-fixit-dimension="{dim}"]')
        assert int(row.get_attribute("data-delta")) == value["score"] - before["dimensions"][dim]["score"]
    assert _pyodide(watch.requests)  # loaded on first use
    # After the first check the model rewrite and its why appear.
    assert root.locator("[data-fixit-after]").is_visible() and root.locator("[data-fixit-why]").is_visible()
    assert watch.errors == [] and watch.off_host() == []


def test_reveal_shows_the_model_without_loading_the_scorer(watch):
    page = watch.goto(PAGE)
    fixit = _fixits()[1]
    root = page.locator(f'[data-fixit][data-fixit-id="{fixit["id"]}"]')
    page.wait_for_function("[...document.querySelectorAll('[data-fixit]')].every((e) => e.hasAttribute('data-mounted'))")
    assert not root.locator("[data-fixit-after]").is_visible()
    root.locator("button[data-fixit-reveal]").click()
    assert root.locator("[data-fixit-after]").is_visible()
    assert root.locator("[data-fixit-after]").inner_text() == fixit["after"].strip()
    assert root.locator("[data-fixit-delta]").is_hidden()
    assert _pyodide(watch.requests) == []
    assert watch.errors == []
