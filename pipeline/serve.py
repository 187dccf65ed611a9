"""`make serve`: generate, start the engine's live-reload server, regenerate on edits."""

from __future__ import annotations

import time
from pathlib import Path

from . import engine, site
from .content import load_and_gate
from .report import print_problems

WATCHED = ("content", "theme/assets", "scorer", "mkdocs.yml")


def _fingerprint(repo: Path) -> tuple:
    stamps = []
    for name in WATCHED:
        root = repo / name
        files = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
        stamps.extend((str(p), p.stat().st_mtime_ns) for p in files)
    return tuple(stamps)


def regenerate(layout: site.Layout) -> bool:
    content = load_and_gate(layout.repo / "content", layout.work_dir / "gate-passed")
    if content.problems:
        print_problems(content.problems)
        print("Keeping the last good pages; fix the errors above and save again.")
        return False
    site.generate(layout, content)
    return True


def serve(repo: Path, address: str = "127.0.0.1:8000", poll_seconds: float = 1.0) -> int:
    layout = site.Layout(repo)
    if not regenerate(layout):
        return 1
    server = engine.serve(layout.config, address)
    print(f"Serving LP Coach at http://{address}/ (Ctrl+C to stop)")
    seen = _fingerprint(repo)
    try:
        while server.poll() is None:
            time.sleep(poll_seconds)
            now = _fingerprint(repo)
            if now != seen:
                seen = now
                if regenerate(layout):
                    print("Content changed: pages regenerated.")
    except KeyboardInterrupt:
        pass
    finally:
        server.terminate()
        server.wait()
    return 0
