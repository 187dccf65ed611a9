"""The one-pass index gives exactly what running each pattern on its own gives.

score() finds rules, STAR cues and principle signals from one pass over the
answer (scorer/index.py). These tests run every rule, cue and signal the
plain way, one `finditer` or `search` at a time, on every example answer,
and compare; and check that the read of each pattern's shape never misses a
position where the pattern matches. A new rule or cue whose shape the index
misreads fails here, not silently in a score.
"""

import re
import subprocess
import sys
from pathlib import Path

import pytest

from scorer import coaching, index, matching, segment, text
from scorer.evaluate import load
from scorer.rules import RULES

ROOT = Path(__file__).resolve().parents[2]

EDGES = [
    "I worked  on\nthe fix.", "We\u2028decided to ship it.", "My manager asked me to, so I did.",
    "Situation: refunds. Task: fix. Action: I rewrote it. Result: 40% fewer.",
    "\u2022 I fixed it \u2022 I shipped it\u00b7 I measured it", "- I fixed\n- I shipped\n1. I measured",
    "Latency fell from 900 ms to 300 ms, i.e. 3x; e.g. p99 went 2s->1s.", "\u00a31,200 saved; $5k; 40 % up",
    "I wasn't asked. Nobody asked me to. I was asked by my lead to present it.",
    "we've, well-we, we-ll; i'd; I'm", "A/B test... p&l; 1:1s; 24/7 root cause: config",
    "\u00c9quipe: I noticed \u00e9l\u00e8ves; ma\u00f1ana I fixed it.", "x" * 50 + " I fixed it.",
]


def _texts():
    answers = [a["answer"] for a in load()]
    examples = [t for r in RULES for t, _q in r.fail] + [t for r in RULES for t in r.passes]
    return [text.normalise(t) for t in answers + examples + EDGES]


TEXTS = _texts()


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_spans_equal_plain_finditer(rule):
    for norm in TEXTS:
        plain = [m.span() for m in matching.COMPILED[rule.id].finditer(norm) if m.end() > m.start()]
        assert matching._spans(rule, norm, index.scan(norm)) == plain, norm


def test_cue_weights_equal_plain_search():
    for norm in TEXTS:
        spans = segment.split_spans(norm)
        weights = segment._all_cue_weights(norm, spans, index.scan(norm))
        assert weights == [segment._cue_weights(norm[s:e]) for s, e in spans], norm


def test_clause_cue_weights_equal_plain_search():
    for norm in TEXTS:
        spans = segment.split_spans(norm)
        pieces = segment._cut_spans(norm, spans, [True] * len(spans)) or []
        pieces = [(s, e) for s, e, _i in pieces]
        weights = segment._all_cue_weights(norm, pieces, index.scan(norm))
        assert weights == [segment._cue_weights(norm[s:e]) for s, e in pieces], norm


def test_signal_phrases_equal_plain_search():
    for norm in TEXTS:
        found = index.scan(norm)
        for (lp, sid), pattern in coaching._SIGNAL_PATTERNS.items():
            if pattern is None:
                continue
            m = pattern.search(norm)
            hits = found.phrases[index.SIGNAL_PHRASES[(lp, sid)]]
            assert (hits[0] if hits else None) == (m.span() if m else None), (lp, sid, norm)


def _match_positions(pattern: re.Pattern, norm: str) -> list[int]:
    return [m.start() for m in re.compile(f"(?=(?:{pattern.pattern}))").finditer(norm)]


def test_pattern_keys_never_miss_a_match():
    for norm in TEXTS:
        found = index.scan(norm)
        for pid, pattern in enumerate(index.PATTERNS.items):
            if pattern.shape.keys is None:
                continue
            candidates = set(found.candidates[pid])
            for pos in _match_positions(pattern.regex, norm):
                assert pos in candidates, (pattern.regex.pattern[:60], norm[pos:pos + 30])


def test_required_words_and_first_characters_hold_in_every_match():
    for norm in TEXTS:
        found = index.scan(norm)
        for pid, pattern in enumerate(index.PATTERNS.items):
            positions = _match_positions(pattern.regex, norm)
            if positions and pid in index._ANCHORED_FACTORS:
                assert found.present(index._ANCHORED_FACTORS[pid]), pattern.regex.pattern[:60]
            g = index.GLOBALS.get(pid)
            if positions and g is not None:
                assert found.present(g.factors), pattern.regex.pattern[:60]
            chars = index.char_class(pattern.shape)
            if chars is not None:
                assert set(positions) <= set(found.positions(chars)), pattern.regex.pattern[:60]


_ORIGINAL_BOUNDARY = re.compile(
    r"(?<![.!?])[.!?]+[\"')\]]{0,3}\s+"
    r"|\n[ \t]*(?=[-*•·]\s|\d{1,2}[.)]\s)"
    r"|(?<!\s)\s*[•·]\s*"
    r"|(?<!\s)\s+(?=(?:situation|task|action|actions|result|results|reflection|learning|lesson)s?\s*:)"
)


def test_sentence_boundaries_equal_the_plain_pattern():
    pieces = ["a", "b ", " ", "  ", "\n", "\t", ".", "!", "?", "...", '"', ")", "]", "•", "·", " • ",
              "- ", "* ", "1. ", "12) ", "situation:", "Results :", " results:", "task :", "e.g.", "\u00a0"]
    rng = __import__("random").Random(7)
    for _ in range(20000):
        t = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 20)))
        plain = [m.span() for m in _ORIGINAL_BOUNDARY.finditer(t)]
        assert [m.span() for m in segment._BOUNDARY.finditer(t)] == plain, repr(t)
        bullets = "\u2022" in t or "\u00b7" in t
        headings = ":" in t and segment._HEADING_ANYWHERE.search(t) is not None
        assert [m.span() for m in segment._BOUNDARIES[bullets, headings].finditer(t)] == plain, repr(t)


def test_ascii_word_count_equals_the_pattern():
    rng = __import__("random").Random(3)
    for _ in range(20000):
        t = "".join(chr(rng.randrange(128)) for _ in range(rng.randrange(0, 30)))
        assert text.word_count(t) == len(text._WORD.findall(t)), repr(t)


SCRIPT = r"""
import sys, time
from scorer import index, segment
inputs = ["we " * 5000, "a" * 20000, " " * 20000, "1" * 20000, "1." * 10000, "i " * 8000,
          "- " * 10000, "\u2022" * 20000, "a-" * 10000, "x'" * 10000, "$" * 20000, "i was asked " * 2000,
          "\U0001F600" * 10000, "e.g. " * 4000, "situation: " * 2000]
worst = 0.0
for data in inputs:
    for scan in (index.MASTERS.ascii, index.MASTERS.unicode(), segment._BOUNDARY):
        t = time.perf_counter()
        for _ in scan.finditer(" " + data):
            pass
        worst = max(worst, time.perf_counter() - t)
    t = time.perf_counter()
    index.scan(data)
    worst = max(worst, time.perf_counter() - t)
print(f"{worst:.4f}")
"""


def test_scanners_finish_quickly_on_hostile_input():
    p = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr
    assert float(p.stdout) < 1.0


@pytest.mark.parametrize("args", [(), ("--json",)])
def test_cli_stops_quietly_when_the_reader_goes_away(args):
    p = subprocess.Popen([sys.executable, "-m", "scorer", *args, "-"], cwd=ROOT, stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    p.stdout.close()  # the reader is gone before anything is written, like `| head` that exited
    _out, err = p.communicate(" ".join(a["answer"] for a in load())[:19000].encode(), timeout=60)
    assert err == b""
    assert p.returncode == 141
