#!/usr/bin/env python3
"""Time `make build` against a plain `mkdocs build` of the same generated pages.

Both are measured in this run on this machine, so the ratio is what matters:
the pipeline's own work (validation, the consistency gate, rendering, assets)
should cost little next to the site engine. Target: ratio <= 1.3. Prints only.

Two pipeline figures: a rebuild after a page edit that leaves content and
scorer as they were (the gate's earlier pass is reused), and a cold build that
re-runs the gate (it loads the scorer and scores every example and fix-it).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
RUNS = 5


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=REPO, check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> int:
    subprocess.run(["make", "build"], cwd=REPO, check=True, capture_output=True)  # warm caches and generate pages
    with tempfile.TemporaryDirectory() as scratch:
        plain_cmd = [sys.executable, "-m", "mkdocs", "build", "--quiet", "--config-file", str(REPO / "build" / "mkdocs.yml"),
                     "--site-dir", str(Path(scratch) / "site")]
        pipeline, cold, plain = [], [], []
        for _ in range(RUNS):  # interleaved, so drift on the machine hits all alike
            pipeline.append(timed(["make", "--quiet", "build"]))
            (REPO / "build" / "gate-passed").unlink(missing_ok=True)
            cold.append(timed(["make", "--quiet", "build"]))
            plain.append(timed(plain_cmd))
    p, c, m = statistics.median(pipeline), statistics.median(cold), statistics.median(plain)
    runs = lambda ts: ", ".join(f"{t:.2f}" for t in ts)  # noqa: E731
    print(f"make build                 median {p:6.2f} s  (runs: {runs(pipeline)})")
    print(f"make build, gate re-run    median {c:6.2f} s  (runs: {runs(cold)})")
    print(f"plain mkdocs build         median {m:6.2f} s  (runs: {runs(plain)})")
    print(f"ratio                      {p / m:6.2f}  (target <= 1.30)")
    print(f"ratio with the gate re-run {c / m:6.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
