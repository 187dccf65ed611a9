"""The one place that talks to the site engine (MkDocs), so it can be swapped."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def build(config_file: Path, site_dir: Path) -> tuple[bool, str]:
    """Build the site into site_dir; return success and the engine's output."""
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--config-file", str(config_file),
         "--site-dir", str(site_dir)],
        capture_output=True, text=True)
    return result.returncode == 0, (result.stdout + result.stderr).strip()


def serve(config_file: Path, address: str) -> subprocess.Popen:
    """Start the engine's live-reloading server on address (host:port)."""
    return subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--config-file", str(config_file),
                             "--dev-addr", address, "--livereload"])
