"""The guides: loaded with located errors, original, reachable from home, lessons and Practice."""

from __future__ import annotations

from urllib.parse import urljoin

import pytest
from playwright.sync_api import expect

from pipeline import originality
from pipeline.content import load_content
from tests.conftest import REPO
from tests.test_content import _seed_hashes

GUIDES = REPO / "content" / "guides"
REQUIRED = {"how-loops-work", "time-budget", "story-bank", "levels", "failure-stories", "assigned-stories", "follow-ups"}


def test_every_required_guide_exists_and_loads_cleanly():
    content = load_content(REPO / "content")
    assert not content.problems, [str(p) for p in content.problems]
    assert REQUIRED <= {g.slug for g in content.guides}
    assert [g.order for g in content.guides] == sorted(g.order for g in content.guides)


def test_guides_are_original():
    seed = _seed_hashes()
    offenders = [f"{path.name}: {run}" for path in sorted(GUIDES.glob("*.md"))
                 for run in originality.shared_runs(path.read_text(encoding="utf-8"), seed)]
    assert offenders == []


def test_a_guide_without_its_front_matter_fields_is_located(content_copy):
    folder = content_copy / "guides"
    folder.mkdir()
    (folder / "broken.md").write_text("---\ntitle: A guide\norder: one\n---\n\nText.\n", encoding="utf-8")
    (folder / "bare.md").write_text("No front matter.\n", encoding="utf-8")
    messages = [str(p) for p in load_content(content_copy).problems.sorted()]
    assert "content/guides/broken.md:1: guide front matter is missing 'summary'" in messages
    assert "content/guides/bare.md:1: a guide must start with a front matter (---, title, summary, order, ---)" in messages


@pytest.mark.browser
def test_guides_are_reachable_and_linked(watch):
    page = watch.goto("")
    page.locator("[data-start-here]").wait_for()
    # Home: start here, mode cards that are links, the scores explained with a link to how loops work.
    assert page.locator("[data-start-here] li").count() == 4
    assert page.locator("[data-mode-card] a[href]").count() == 4
    about = page.locator("[data-about-scores]")
    assert "LP Coach's own model" in about.inner_text() and "veto" in about.inner_text()
    about.locator("a", has_text="How a loop works").click()
    page.wait_for_url("**/guides/how-loops-work/")
    expect(page.locator("article h1")).to_contain_text("Bar Raiser")  # instant navigation swaps the page in
    # The index lists every guide, and each one loads.
    page.goto(watch.base + "guides/")
    cards = page.locator("[data-guide] a")
    assert {page.locator("[data-guide]").nth(i).get_attribute("data-guide") for i in range(cards.count())} >= REQUIRED
    for href in [cards.nth(i).get_attribute("href") for i in range(cards.count())]:
        response = page.goto(urljoin(watch.base + "guides/", href))  # instant navigation may make links absolute
        assert response.ok and page.locator("article h1").count() == 1
    # Lessons and Practice link to them.
    page.goto(watch.base + "principles/ownership/")
    assert page.locator('article a[href$="guides/follow-ups/"]').count() >= 1
    assert page.locator('article a[href$="guides/assigned-stories/"]').count() >= 1
    page.goto(watch.base + "practice/")
    assert page.locator('article a[href$="guides/time-budget/"]').count() == 1
    assert page.locator('article a[href$="guides/story-bank/"]').count() == 1
    assert watch.errors == [] and watch.off_host() == []
