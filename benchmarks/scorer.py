"""Median time of scorer.score() on a 300-word and a 1,000-word answer.

Run from the repository root: python benchmarks/scorer.py
Prints figures only; nothing here asserts a time. Next to each figure it
prints the median time of one plain `re` pass over the same answer (every
word, `\\w+`), timed in the same run, so results from a busy or a slower
machine can still be compared as a ratio.
"""

from __future__ import annotations

import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scorer import score  # noqa: E402

PARAGRAPH = (
    "While reviewing the weekly support digest I noticed that refunds for cancelled orders took "
    "nine days, and nobody had filed a ticket. I decided to dig in myself. I pulled three weeks of "
    "refund events, traced the slow cases to a nightly batch job, and found the root cause was a "
    "filter that skipped partial shipments. I wrote a two-line fix and added a test. Refund time "
    "fell from nine days to under two and refund contacts dropped by 35%. I added an alarm on "
    "refund age, and I learned to involve the owning team on day one. "
)
BASELINE = re.compile(r"\w+")


def answer_of(words: int) -> str:
    base = PARAGRAPH.split()
    return " ".join((base * (words // len(base) + 1))[:words])


def median_ms(fn, text: str, runs: int) -> float:
    fn(text)  # warm up
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn(text)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    print(f"Python {sys.version.split()[0]}")
    for words, runs in ((300, 1000), (1000, 300)):
        text = answer_of(words)
        scored = median_ms(score, text, runs)
        baseline = median_ms(BASELINE.findall, text, runs)
        print(f"{words:>5} words: median {scored:.2f} ms over {runs} runs; "
              f"one \\w+ pass {baseline:.3f} ms; ratio {scored / baseline:.0f}x")


if __name__ == "__main__":
    main()
