"""Median time of scorer.score() on a 300-word and a 1,000-word answer.

Run from the repository root: python benchmarks/scorer.py
Prints figures only; nothing here asserts a time.
"""

from __future__ import annotations

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


def answer_of(words: int) -> str:
    base = PARAGRAPH.split()
    return " ".join((base * (words // len(base) + 1))[:words])


def median_ms(text: str, runs: int) -> float:
    score(text)  # warm up
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        score(text)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    print(f"Python {sys.version.split()[0]}")
    for words, runs in ((300, 300), (1000, 100)):
        print(f"{words:>5} words: median {median_ms(answer_of(words), runs):.2f} ms over {runs} runs")


if __name__ == "__main__":
    main()
