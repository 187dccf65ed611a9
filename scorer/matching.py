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


class Index:
    """Every phrase list the scorer uses, in one index: an answer is scanned once for all of them.

    A hit is (start, end, clause index), found over a whole sentence so a phrase may cross a
    clause cut; each list keeps its longest, non-overlapping matches.
    """

    def __init__(self) -> None:
        self.lists: list[tuple[str, ...]] = []
        # Keyed on the first lemma, or on the first two where the phrase has two fixed words
        # ("i decide …" is looked up as ("i", "decide")): most words then try no phrase at all.
        self.by_first: dict[object, list[tuple[tuple[str, ...], int]]] = {}

    def key(self, phrases: tuple[str, ...]) -> int:
        try:
            return self.lists.index(phrases)
        except ValueError:
            self.lists.append(phrases)
            k = len(self.lists) - 1
            for p in phrases:
                c = compile_phrase(p)
                if c:
                    key = (c[0], c[1]) if len(c) > 1 and c[1] != "*" else c[0]
                    self.by_first.setdefault(key, []).append((c, k))
            for group in self.by_first.values():
                group.sort(key=lambda item: len(item[0]), reverse=True)
            return k

    def scan(self, clauses: list[Clause]) -> "Hits":
        hits: dict[int, list[tuple[int, int, int]]] = {}
        for idx in _unit_spans(clauses).values():
            words, owner, seq = _unit_words(clauses, idx)
            free_from: dict[int, int] = {}
            last = len(seq) - 1
            for i, lem in enumerate(seq):
                candidates = self.by_first.get(lem, ())
                if i < last:
                    pair = self.by_first.get((lem, seq[i + 1]))
                    if pair:
                        candidates = pair + list(candidates) if candidates else pair
                for phrase, k in candidates:
                    if free_from.get(k, 0) > i:
                        continue
                    end = _match_at(seq, i, phrase)
                    if end is not None and end > i:
                        hits.setdefault(k, []).append((words[i].start, words[end - 1].end, owner[i]))
                        free_from[k] = end
        return Hits(self, hits)


class Hits:
    def __init__(self, index: Index, hits: dict[int, list[tuple[int, int, int]]]):
        self.index, self.hits = index, hits

    def of(self, phrases: tuple[str, ...]) -> list[tuple[int, int, int]]:
        return self.hits.get(self.index.key(phrases), [])


INDEX = Index()


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


def _unit_words(clauses: list[Clause], idx: list[int]) -> tuple[list, list[int], list[str]]:
    """A unit's words, their clauses and lemmas. A clause whose "I" is implied (a bullet, a
    sentence opening on its verb) gets a silent "i" before its verb, so "- Learned to ask"
    matches "i learn" as "I learned to ask" does."""
    words, owner, seq = [], [], []
    for ci in idx:
        c = clauses[ci]
        if c.actor == "i" and c.implicit and c.verb is not None and c.words and c.words[0] is c.verb:
            words.append(c.words[0])
            owner.append(ci)
            seq.append("i")
        words.extend(c.words)
        owner.extend([ci] * len(c.words))
        seq.extend(c.lemmas)
    return words, owner, seq


def _phrase_findings(rule: Rule, clauses: list[Clause], hits: "Hits") -> list[Finding]:
    """A rule's phrase hits, kept where the clause the phrase starts in allows the rule."""
    return [Finding(rule, a, b, ci) for a, b, ci in hits.of(rule.phrases) if _clause_allows(rule, clauses[ci])]


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
    "assignment": lambda c: _clause_ok(c) and assignment.directed_at_me(c) is not None,
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


def find(clauses: list[Clause], hits: "Hits | None" = None) -> dict[str, list[Finding]]:
    """Every rule's findings, keyed by rule id, in text order."""
    # own_before[i]: some clause before i is an act by the speaker or their team
    own_before, seen = [], False
    for c in clauses:
        own_before.append(seen)
        seen = seen or (c.actor in ("i", "we", "team") and c.doing)
    found: dict[str, list[Finding]] = {}
    if hits is None:
        hits = INDEX.scan(clauses)
    for rule in RULES:
        found_here: list[Finding] = []
        if rule.phrases:
            found_here = _phrase_findings(rule, clauses, hits)
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
                        span = assignment.directed_at_me(c)
                    if span:
                        found_here.append(Finding(rule, span[0], span[1], ci))
        elif rule.unit:
            found_here = unit_findings(rule, clauses, own_before)
        found[rule.id] = found_here
    arrived = _arrived(clauses, hits)
    found["manager_directed"] = assignment.origin(sorted(found["manager_directed"] + arrived, key=lambda f: f.start),
                                                  found, clauses)
    return found


def _arrived(clauses: list[Clause], hits: "Hits") -> list[Finding]:
    rule = next(r for r in RULES if r.id == "manager_directed")
    out, seen = [], set()
    for a, b, ci in hits.of(assignment.ARRIVED):
        c = clauses[ci]
        if ci in seen or c.negated or c.quoted or c.actor == "nobody":
            continue
        seen.add(ci)
        out.append(Finding(rule, a, b, ci))
    return out
