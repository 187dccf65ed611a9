"""Run the rules over the clause reading and return findings with exact spans.

Phrases compile once into lemma sequences keyed on their first lemma, so one
pass over each clause's lemmas finds them all. Clause and unit checks are
small named predicates: the data in rules.py names them, this module defines
them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from . import assignment, vocab
from .clauses import Clause
from .text import normalise
from .tokens import tokenize
from .rules import RULES, Rule

GAP = 3  # "*" in a phrase: up to this many words


@dataclass(frozen=True, slots=True)
class Finding:
    rule: Rule
    start: int
    end: int
    clause: int  # index of the clause it sits in


def compile_phrase(phrase: str) -> tuple[str, ...]:
    """A phrase as lemmas, tokenised as answers are: "pulled the logs" and "pull the log" compile alike."""
    marked = phrase.replace("*", " gapword ")
    return tuple("*" if t.text == "gapword" else t.lemma for t in tokenize(normalise(marked)) if t.kind != "punct")


@lru_cache(maxsize=None)
def _phrases(rule_id: str) -> tuple[tuple[str, ...], ...]:
    rule = next(r for r in RULES if r.id == rule_id)
    return tuple(compile_phrase(p) for p in rule.phrases)


def _match_at(seq: list[str], i: int, phrase: tuple[str, ...]) -> int | None:
    """End index (exclusive) when `phrase` matches seq from i."""
    j = i
    for k, part in enumerate(phrase):
        if part == "*":
            continue
        if k and phrase[k - 1] == "*":
            for gap in range(GAP + 1):
                if j + gap < len(seq) and seq[j + gap] == part:
                    j += gap + 1
                    break
            else:
                return None
        elif j < len(seq) and seq[j] == part:
            j += 1
        else:
            return None
    return j


def _clause_allows(rule: Rule, clause: Clause) -> bool:
    if rule.actors and clause.actor not in rule.actors:
        return False
    if rule.verb_classes and clause.verb_class not in rule.verb_classes:
        return False
    return not (rule.affirmative and (clause.negated or clause.hypothetical)) and not clause.quoted


def _phrase_findings(rule: Rule, clauses: list[Clause], idx: list[int]) -> list[Finding]:
    """Phrases run over a whole unit (they may cross a clause cut); the clause where one starts must allow it."""
    words, owner = [], []
    for ci in idx:
        for t in clauses[ci].tokens:
            if t.kind != "punct":
                words.append(t)
                owner.append(ci)
    seq = [t.lemma for t in words]
    out = []
    i = 0
    while i < len(seq):
        if _clause_allows(rule, clauses[owner[i]]):
            for phrase in _phrases(rule.id):
                end = _match_at(seq, i, phrase)
                if end is not None and end > i:
                    out.append(Finding(rule, words[i].start, words[end - 1].end, owner[i]))
                    i = end - 1
                    break
        i += 1
    return out


def _span(clause: Clause, first: int, last: int) -> tuple[int, int]:
    words = [t for t in clause.tokens if t.kind != "punct"]
    return words[first].start, words[min(last, len(words) - 1)].end


def _actor_to_verb(clause: Clause) -> tuple[int, int] | None:
    """From the clause's first word to its verb (the words that say who did what)."""
    if clause.verb is None:
        return None
    end = clause.verb.end
    return clause.start, end


def _clause_ok(c: Clause) -> bool:
    return c.verb is not None and not c.quoted


CLAUSE_CHECKS = {
    "assignment": lambda c: _clause_ok(c) and assignment.directed_at_me(c),
    "we_action": lambda c: _clause_ok(c) and c.actor == "we" and not c.implicit and c.doing and not c.passive,
    "passive_action": lambda c: _clause_ok(c) and c.actor == "passive" and c.verb_class in vocab.CONCRETE | {"vague"},
    "own_discovery": lambda c: _clause_ok(c) and c.own and c.verb_class == "cognition"
    and c.verb_lemma in ("notice", "spot", "discover", "realize", "see", "find", "catch", "detect", "uncover", "identify"),
    "own_concrete": lambda c: _clause_ok(c) and c.own and c.verb_class in ("action", "communicate", "decide", "other"),
    "vague_doing": lambda c: _clause_ok(c) and c.actor in ("i", "we", "team") and c.verb_class == "vague"
    and not c.negated and c.verb_lemma not in ("help", "support", "assist", "contribute", "involve"),
    "hypothetical_doing": lambda c: _clause_ok(c) and c.hypothetical and c.actor in ("i", "we")
    and c.verb_class in vocab.DOING,
    "measured_result": lambda c: not c.quoted and any(q.result for q in c.quantities),
    "background_number": lambda c: not c.quoted and any(q.background for q in c.quantities)
    and not any(q.result for q in c.quantities),
}


def _unit_spans(clauses: list[Clause]) -> dict[int, list[int]]:
    units: dict[int, list[int]] = {}
    for i, c in enumerate(clauses):
        units.setdefault(c.unit, []).append(i)
    return units


def unit_findings(rule: Rule, clauses: list[Clause], own_before: list[bool]) -> list[Finding]:
    out = []
    for unit, idx in _unit_spans(clauses).items():
        group = [clauses[i] for i in idx]
        hit = False
        if rule.unit == "verbless":
            words = sum(len(c.lemmas) for c in group)
            hit = words >= 3 and all(c.verb is None or c.verb_class == "none" for c in group) and not (
                group[0].bullet and words <= 8 and any(c.quantities for c in group))
        elif rule.unit == "unattributed":
            result = any(q.result for c in group for q in c.quantities) or any(c.verb_class == "metric" for c in group)
            doing_here = any(c.actor in ("i", "we", "team") and c.doing for c in group)
            hit = result and not doing_here and not own_before[idx[0]]
        if hit:
            out.append(Finding(rule, group[0].start, group[-1].end, idx[0]))
    return out


def find(clauses: list[Clause]) -> dict[str, list[Finding]]:
    """Every rule's findings, keyed by rule id, in text order."""
    # own_before[i]: some clause before i is an act by the speaker or their team
    own_before, seen = [], False
    for c in clauses:
        own_before.append(seen)
        seen = seen or (c.actor in ("i", "we", "team") and c.doing)
    found: dict[str, list[Finding]] = {}
    units = _unit_spans(clauses)
    for rule in RULES:
        hits: list[Finding] = []
        if rule.phrases:
            for idx in units.values():
                hits.extend(_phrase_findings(rule, clauses, idx))
        elif rule.clause:
            check = CLAUSE_CHECKS[rule.clause]
            for ci, c in enumerate(clauses):
                if check(c):
                    span = _actor_to_verb(c) if rule.clause not in ("measured_result", "background_number") else None
                    if rule.clause in ("measured_result", "background_number"):
                        qs = [q for q in c.quantities if (q.result if rule.clause == "measured_result" else q.background)]
                        span = (min(q.start for q in qs), max(q.end for q in qs))
                        if rule.clause == "measured_result":
                            span = (c.start, c.end)
                    if rule.clause == "assignment":
                        span = (c.start, c.end)
                    if span:
                        hits.append(Finding(rule, span[0], span[1], ci))
        elif rule.unit:
            hits = unit_findings(rule, clauses, own_before)
        found[rule.id] = hits
    arrived = _arrived(clauses)
    found["manager_directed"] = assignment.origin(sorted(found["manager_directed"] + arrived, key=lambda f: f.start),
                                                  found, clauses)
    return found


@lru_cache(maxsize=None)
def _arrived_phrases() -> tuple[tuple[str, ...], ...]:
    return tuple(compile_phrase(p) for p in assignment.ARRIVED)


def _arrived(clauses: list[Clause]) -> list[Finding]:
    rule = next(r for r in RULES if r.id == "manager_directed")
    out = []
    for ci, c in enumerate(clauses):
        if c.negated or c.quoted:
            continue
        words = [t for t in c.tokens if t.kind != "punct"]
        seq = [t.lemma for t in words]
        for i in range(len(seq)):
            for phrase in _arrived_phrases():
                end = _match_at(seq, i, phrase)
                if end is not None and end > i:
                    out.append(Finding(rule, c.start, c.end, ci))
                    break
            else:
                continue
            break
    return out
