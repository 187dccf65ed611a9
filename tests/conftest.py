"""Shared fixtures: the repository, a content fixture to break, a built site and a browser."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.support import browser as browser_support  # noqa: E402
from tests.support import siteserver  # noqa: E402

FIXTURE_CONTENT = REPO / "tests" / "fixtures" / "content"


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    """A private copy of the valid fixture content that a test may break."""
    target = tmp_path / "content"
    shutil.copytree(FIXTURE_CONTENT, target)
    return target


def run_build(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(REPO / "build.py"), *args], capture_output=True, text=True,
                          cwd=REPO, env={**os.environ, **(env or {})})


@pytest.fixture(scope="session")
def site_port() -> int:
    return siteserver.free_port()


@pytest.fixture(scope="session")
def built_site(tmp_path_factory, site_port) -> Path:
    """The real content built once per session, with SITE_URL set for the test server.

    SITE_URL only fills the sitemap that Material's instant navigation reads; every
    link stays relative, which test_site checks with a build that has no SITE_URL.
    """
    out = tmp_path_factory.mktemp("built")
    result = run_build("build", "--site-dir", str(out / "site"), "--work-dir", str(out / "work"),
                       env={"SITE_URL": f"http://127.0.0.1:{site_port}{siteserver.SUB_PATH}"})
    assert result.returncode == 0, result.stdout + result.stderr
    return out / "site"


@pytest.fixture(scope="session")
def served(built_site, site_port):
    """(base URL, request log) of the built site served under a sub-path."""
    with siteserver.serve(built_site, site_port) as server:
        yield server


@pytest.fixture(scope="session")
def browser():
    path = browser_support.chromium_path()
    if path is None:
        message = "Debian's chromium is not installed (apt-get install chromium)"
        if os.environ.get("CI") == "true":
            pytest.fail(message + "; under CI a missing browser is a failure")
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = browser_support.launch(playwright)
        yield chromium
        chromium.close()


class PageWatch:
    """A browser page plus what it logged and requested, for assertions."""

    def __init__(self, context, base: str):
        self.context, self.base = context, base
        self.page = context.new_page()
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        context.on("request", lambda r: self.requests.append(r.url))

    def goto(self, path: str = ""):
        self.page.goto(self.base + path)
        return self.page

    def off_host(self) -> list[str]:
        return [url for url in self.requests
                if not url.startswith(("http://127.0.0.1", "http://localhost", "data:", "blob:", "about:"))]


@pytest.fixture
def watch(browser, served):
    base, _ = served
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    yield PageWatch(context, base)
    context.close()
