"""Launch Debian's headless Chromium through Playwright, offline and sandboxed.

The host-resolver rule makes every name but localhost unresolvable, so the
browser itself can reach no outside host; tests also watch every request.
"""

from __future__ import annotations

import os
import shutil

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync",
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1",
]


def chromium_path() -> str | None:
    if os.path.exists(CHROMIUM):
        return CHROMIUM
    return shutil.which("chromium")


def launch(playwright):
    return playwright.chromium.launch(executable_path=chromium_path(), args=ARGS, headless=True)
