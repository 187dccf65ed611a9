"""The scorer's regular expressions and score() on pumped hostile inputs, in a subprocess with a timeout."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LIMIT_SECONDS = 2.0

SCRIPT = r"""
import re, time
from scorer import score, text, tokens, metamorphic
patterns = {"tokens": tokens._TOKEN, "clitic": tokens._SPLIT_CLITIC, "text.word": text._WORD}
def best_of_three(fn):
    times = []
    for _ in range(3):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)  # the least disturbed run: the machine may be busy

inputs = [
    "we " * 5000, "a" * 20000, "." * 20000, "!?" * 10000, " x" * 10000, "\n" * 20000,
    "1" * 20000, "1." * 10000, "1,1" * 6000, "from 1 " * 3000, "from " + "1 " * 9000,
    "i " * 8000, "my manager " * 2000, "was " * 5000, '"' * 20000, '"a' * 10000,
    "- " * 10000, "\u2022" * 20000, "a-" * 10000, "x'" * 10000, "$" * 20000, "i'd " * 5000,
    "i was asked " * 2000, "root cause " * 2000, "1 -> " * 4000, "\U0001F600" * 10000,
    "and " * 5000, ", " * 10000, "nobody asked me " * 1000, "the " * 6000, "a " + "-a" * 9000,
]
worst = (0.0, "", 0)
for name, pattern in patterns.items():
    for i, data in enumerate(inputs):
        elapsed = best_of_three(lambda: (list(pattern.finditer(data)), pattern.search(data)))
        if elapsed > worst[0]:
            worst = (elapsed, name, i)
for i, data in enumerate(inputs):
    elapsed = best_of_three(lambda: score(data + " tail"))
    if elapsed > worst[0]:
        worst = (elapsed, "score()", i)
print(f"{worst[0]:.4f} {worst[1]} {worst[2]}")
"""


def test_patterns_and_score_finish_quickly_on_hostile_input():
    p = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr
    seconds, name, index = p.stdout.split()
    assert float(seconds) < LIMIT_SECONDS, f"{name} took {seconds}s on input {index}"
