"""Run the rules over a segmented answer and return the raw matches.

Each rule compiles once, at import, into a single pattern: its phrase list as
one bounded alternation, plus its free patterns. Scope, reported speech,
negation and the cross-rule conditions are applied here, so the scoring step
only ever sees matches that count.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

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


@dataclass(frozen=True)
class Match:
    rule: Rule
    start: int
    end: int
    sentence: int  # index into the sentence list


def _in_spans(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


def _sentence_index(starts: list[int], pos: int) -> int:
    return max(0, bisect.bisect_right(starts, pos) - 1)


def _raw_matches(rule: Rule, norm: str, sentences: list[Sentence],
                 starts: list[int], quoted: list[tuple[int, int]]) -> list[Match]:
    found: list[Match] = []
    follower = FOLLOWERS.get(rule.id)
    for m in COMPILED[rule.id].finditer(norm):
        start, end = m.span()
        if start == end:
            continue
        index = _sentence_index(starts, start)
        sentence = sentences[index] if sentences else None
        if rule.scope is not None and (sentence is None or sentence.label not in rule.scope):
            continue
        if not rule.in_quotes and _in_spans(start, quoted):
            continue
        if rule.negation_guard and sentence is not None:
            window = norm[max(sentence.start, start - _NEGATION_WINDOW):start]
            if _NEGATION.search(window):
                continue
        if follower is not None and follower.match(norm, end):
            continue
        found.append(Match(rule, start, end, index))
    return _without_overlaps(found)


def _without_overlaps(matches: list[Match]) -> list[Match]:
    """Keep the earliest, then longest, of any matches of one rule that overlap."""
    kept: list[Match] = []
    for m in sorted(matches, key=lambda m: (m.start, -(m.end - m.start))):
        if kept and m.start < kept[-1].end:
            continue
        kept.append(m)
    return kept


def find_matches(norm: str, sentences: list[Sentence],
                 quoted: list[tuple[int, int]]) -> dict[str, list[Match]]:
    """Matches per rule id, after every cross-rule condition."""
    starts = [s.start for s in sentences]
    raw = {rule.id: _raw_matches(rule, norm, sentences, starts, quoted) for rule in RULES}
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
