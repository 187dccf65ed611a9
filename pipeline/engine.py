"""The one place that talks to the site engine (MkDocs), so it can be swapped."""

from __future__ import annotations

import io
import logging
import subprocess
import sys
from pathlib import Path


def build(config_file: Path, site_dir: Path) -> tuple[bool, str]:
    """Build the site into site_dir in this process; return success and the engine's log.

    In-process rather than `mkdocs build` in a subprocess: a second interpreter
    start costs as much as all of our own pipeline work.
    """
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    log = io.StringIO()
    handler = logging.StreamHandler(log)
    handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter("%(levelname)s - %(message)s"))
    mkdocs_logger = logging.getLogger("mkdocs")
    mkdocs_logger.addHandler(handler)
    try:
        config = load_config(str(config_file), site_dir=str(site_dir), strict=True)
        mkdocs_build(config)
        return True, log.getvalue().strip()
    except (MkDocsException, OSError) as error:
        return False, (log.getvalue() + f"\n{type(error).__name__}: {error}").strip()
    finally:
        mkdocs_logger.removeHandler(handler)


def serve(config_file: Path, address: str) -> subprocess.Popen:
    """Start the engine's live-reloading server on address (host:port)."""
    return subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--config-file", str(config_file),
                             "--dev-addr", address, "--livereload"])
