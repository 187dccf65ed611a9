"""Run the rules over a segmented answer and return the matches that count.

Each rule compiles once, at import, into a single pattern: its phrase list as
one bounded alternation, plus its free patterns. The one-pass index (index.py)
knows where each of those alternatives matches at each position; a rule's
matches are then the left-to-right, non-overlapping walk `finditer` would take
with the compiled pattern, where at each position the first alternative that
matches wins. A rule the index cannot serve runs its compiled pattern.
Scope, reported speech, negation and the cross-rule conditions are applied
here, so the scoring step only ever sees matches that count.
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from . import index
from .patterns import FLAGS, alternation, bounded
from .rules import RULES, RULES_BY_ID, Rule
from .segment import Sentence

_NEGATION = re.compile(
    r"(?<![\w'-])(?:no|not|nobody|never|without|none|neither|nor|no\s+one|nothing)(?![\w'])|n't(?![\w'])",
    FLAGS,
)
_NEGATION_WINDOW = 30  # characters before a match, within its sentence


def _compile(rule: Rule) -> re.Pattern[str]:
    sources = list(rule.patterns)
    if rule.phrases:
        sources.insert(0, bounded(alternation(rule.phrases)))
    if not sources:
        raise ValueError(f"rule {rule.id} has neither phrases nor patterns")
    return re.compile("|".join(f"(?:{s})" for s in sources), FLAGS)


COMPILED: dict[str, re.Pattern[str]] = {rule.id: _compile(rule) for rule in RULES}
FOLLOWERS: dict[str, re.Pattern[str]] = {
    rule.id: re.compile(rule.unless_followed_by, FLAGS)
    for rule in RULES if rule.unless_followed_by
}
REWRITES: dict[str, tuple[tuple[re.Pattern[str], str], ...]] = {
    rule.id: tuple((re.compile(src, FLAGS), repl) for src, repl in rule.rewrites)
    for rule in RULES
}


class Match(NamedTuple):
    rule: Rule
    start: int
    end: int
    sentence: int  # index into the sentence list


_new_match = tuple.__new__  # Match(...) without the Python-level constructor


def _in_spans(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


class _Alternative(NamedTuple):
    kind: str  # "phrases", "anchored" or "global"
    ref: int  # phrase list or pattern id in the index
    factors: tuple[frozenset[str], ...] = ()


def _plan(rule: Rule) -> tuple[_Alternative, ...] | None:
    """The rule's alternatives in the order the compiled pattern tries them; None: run it."""
    alts = []
    if rule.phrases:
        lid = index.RULE_PHRASES[rule.id]
        if lid is None:
            return None
        alts.append(_Alternative("phrases", lid))
    for pid in index.RULE_PATTERNS[rule.id]:
        shape = index.PATTERNS.items[pid].shape
        if shape.may_be_empty or not shape.plain:
            return None
        if shape.keys is not None:
            alts.append(_Alternative("anchored", pid, index.anchored_factors(pid)))
        elif index.GLOBALS[pid] is not None:
            alts.append(_Alternative("global", pid))
        else:
            return None
    return tuple(alts)


_PLANS = {rule.id: _plan(rule) for rule in RULES}


def _hits(alt: _Alternative, found: index.Found) -> list[tuple[int, int]]:
    if alt.kind == "phrases":
        return found.phrases[alt.ref]
    if alt.kind == "anchored":
        return found.anchored_hits(alt.ref, alt.factors)
    return found.global_hits(alt.ref)


def _greedy(candidates) -> list[tuple[int, int]]:
    """Leftmost first, no overlaps: the walk `finditer` takes over every position's match."""
    spans = []
    last = 0
    for start, end in candidates:
        if start >= last:
            spans.append((start, end))
            last = end
    return spans


def _greedy_anchored(pid: int, found: index.Found) -> list[tuple[int, int]]:
    """`_greedy` over an anchored pattern's matches, trying it only where the walk needs it."""
    norm, match = found.norm, index.PATTERNS.items[pid].regex.match
    spans = []
    last = 0
    for start in found.candidates[pid]:
        if start >= last:
            m = match(norm, start)
            if m is not None:
                last = m.end()
                spans.append((start, last))
    return spans


def _walk(plan: tuple[_Alternative, ...], found: index.Found) -> list[tuple[int, int]]:
    """The spans `finditer` yields: leftmost first, the first alternative at a position, no overlaps."""
    live = []
    for alt in plan:  # the alternatives that can match at all
        if alt.kind == "phrases":
            if found.phrases[alt.ref]:
                live.append(alt)
        elif alt.kind == "anchored":
            if found.candidates[alt.ref] and (not alt.factors or found.present(alt.factors)):
                live.append(alt)
        elif found.global_hits(alt.ref):
            live.append(alt)
    if not live:
        return []
    if len(live) == 1:
        alt = live[0]
        if alt.kind == "anchored":
            return _greedy_anchored(alt.ref, found)
        return _greedy(_hits(alt, found))
    first: dict[int, int] = {}
    for alt in reversed(live):
        for start, end in _hits(alt, found):
            first[start] = end
    return _greedy(sorted(first.items()))


def _spans(rule: Rule, norm: str, found: index.Found | None) -> list[tuple[int, int]]:
    plan = _PLANS[rule.id] if found is not None else None
    if plan is None:
        return [m.span() for m in COMPILED[rule.id].finditer(norm) if m.end() > m.start()]
    return _walk(plan, found)


def _raw_matches(rule: Rule, norm: str, sentences: list[Sentence], starts: list[int],
                 quoted: list[tuple[int, int]], found: index.Found | None) -> list[Match]:
    """The rule's matches that count, in order; they never overlap, as `finditer`'s never do."""
    spans = _spans(rule, norm, found)
    if not spans:
        return []
    kept: list[Match] = []
    follower = FOLLOWERS.get(rule.id)
    scope = rule.scope
    check_quotes = bool(quoted) and not rule.in_quotes
    for start, end in spans:
        i = bisect.bisect_right(starts, start) - 1  # the sentence holding the start
        if i < 0:
            i = 0
        sentence = sentences[i] if sentences else None
        if scope is not None and (sentence is None or sentence.label not in scope):
            continue
        if check_quotes and _in_spans(start, quoted):
            continue
        if rule.negation_guard and sentence is not None:
            window = norm[max(sentence.start, start - _NEGATION_WINDOW):start]
            if _NEGATION.search(window):
                continue
        if follower is not None and follower.match(norm, end):
            continue
        kept.append(_new_match(Match, (rule, start, end, i)))
    return kept


def find_matches(norm: str, sentences: list[Sentence], quoted: list[tuple[int, int]],
                 found: index.Found | None = None) -> dict[str, list[Match]]:
    """Matches per rule id, after every cross-rule condition."""
    if found is None:
        found = index.scan(norm)
    starts = [s.start for s in sentences]
    raw = {rule.id: _raw_matches(rule, norm, sentences, starts, quoted, found) for rule in RULES}
    for rule in RULES:
        if rule.suppressed_after:
            earlier = [m.start for rid in rule.suppressed_after for m in raw[rid]]
            if earlier:
                first = min(earlier)
                raw[rule.id] = [m for m in raw[rule.id] if m.start < first]
        if rule.requires and not all(raw[rid] for rid in rule.requires):
            raw[rule.id] = []
    return raw


def rewrite(rule_id: str, quote_norm: str) -> str:
    """The concrete rewrite of a matched phrase, from the rule's rewrites."""
    text = quote_norm
    for pattern, replacement in REWRITES[rule_id]:
        text = pattern.sub(replacement, text, count=1)
    return text


def rules_in_order() -> tuple[Rule, ...]:
    return RULES


def rule(rule_id: str) -> Rule:
    return RULES_BY_ID[rule_id]
