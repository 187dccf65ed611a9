"""Metamorphic relations: edits to an answer and how its score must move.

Each relation rewrites an answer with plain text edits that do not use the
scorer's own patterns, then states what must hold between the two results.
A relation that does not apply to an answer (the edit changes nothing, or
there is nothing to lose) is skipped, not passed.
"""

from __future__ import annotations

import re
from typing import Callable, NamedTuple

from .dimensions import BASE
from .engine import score
from .result import Result

ASSIGNED_OPENING = "My manager asked me to take this on. "
FILLER = " I'm deeply passionate about delighting customers and I always go above and beyond."

_FIRST_PERSON = re.compile(r"\bI\b(?!')")
_NUMBERS = re.compile(
    r"(?:from\s+)?[$£€]?\d[\d,.]*\s*(?:%|percent|ms|seconds?|minutes?|hours?|days?|weeks?|months?|x)?"
    r"|\b(?:doubled|tripled|halved|quadrupled)\b"
    r"|\b(?:from\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|a third|half)"
    r"\b(?:\s+\w+)?",
    re.IGNORECASE,
)
_CONCRETE = re.compile(
    r"\bI\s+(?:pulled|traced|profiled|rewrote|wrote|built|fixed|changed|moved|added|removed|mapped|"
    r"analysed|analyzed|compared|exported|isolated|interviewed|called|re-tagged|sampled|measured|"
    r"redesigned|rebuilt|negotiated|drafted|trained|recorded|reclaimed|rolled|checked|walked|"
    r"investigated|identified|found|discovered|deployed|reprinted|replaced|audited|modelled|"
    r"recommended|proposed|presented|sat|spent|set|ran|tested)\b[^.,;]*",
)
_REFLECTION = re.compile(
    r"[^.!?\n]*\b(?:learn(?:ed|t)|lesson|hindsight|looking back|differently|in future|next time|"
    r"should have|would have|I'd have|alarm|runbook|playbook|checklist|audit|post-mortem|monthly|"
    r"weekly (?:report|review|check|audit)|I now|taught me)\b[^.!?\n]*[.!?]?",
    re.IGNORECASE,
)
_TYPOGRAPHY = str.maketrans({"'": "\u2019", '"': "\u201d"})


def assigned_opening(text: str) -> str:
    return ASSIGNED_OPENING + text


def we_for_i(text: str) -> str:
    return _FIRST_PERSON.sub("we", text)


def strip_numbers(text: str) -> str:
    return _NUMBERS.sub("noticeably", text)


def vague_actions(text: str) -> str:
    return _CONCRETE.sub("I worked on it and sorted it out", text)


def drop_reflection(text: str) -> str:
    return re.sub(r"\s{2,}", " ", _REFLECTION.sub("", text)).strip()


def add_filler(text: str) -> str:
    return text + FILLER


def typography(text: str) -> str:
    """Curly quotes, non-breaking spaces, line breaks and case: same length."""
    out = text.translate(_TYPOGRAPHY).replace("  ", "\u00a0 ")
    out = re.sub(r"(?<=[a-z,]) (?=[a-z])", lambda m: "\n" if m.start() % 7 == 0 else " ", out)
    return out.upper() if len(out) % 2 else out.lower()


def _dims(r: Result) -> dict[str, int]:
    return {d.id: d.score for d in r.dimensions}


class Relation(NamedTuple):
    id: str
    description: str
    transform: Callable[[str], str]
    applies: Callable[[Result], bool]
    holds: Callable[[Result, Result], bool]


RELATIONS: tuple[Relation, ...] = (
    Relation("assigned_opening_auto_fails", "an assigned opening makes the answer auto-fail",
             assigned_opening, lambda r: True,
             lambda a, b: b.auto_fail and b.band == "No Hire" and _dims(b)["ownership_signal"] <= 1),
    Relation("we_lowers_ownership", "'I' → 'we' lowers ownership",
             we_for_i, lambda r: not r.auto_fail and _dims(r)["ownership_signal"] > BASE["ownership_signal"],
             lambda a, b: _dims(b)["ownership_signal"] < _dims(a)["ownership_signal"]),
    Relation("no_numbers_lowers_impact", "removing numbers lowers quantified impact",
             strip_numbers, lambda r: _dims(r)["quantified_impact"] >= 10,
             lambda a, b: _dims(b)["quantified_impact"] < _dims(a)["quantified_impact"]),
    Relation("vague_verbs_lower_specificity", "vague verbs lower action specificity",
             vague_actions, lambda r: _dims(r)["action_specificity"] >= 8,
             lambda a, b: _dims(b)["action_specificity"] < _dims(a)["action_specificity"]),
    Relation("no_reflection_lowers_awareness", "removing reflection lowers self-awareness",
             drop_reflection, lambda r: _dims(r)["self_awareness"] > 0,
             lambda a, b: _dims(b)["self_awareness"] < _dims(a)["self_awareness"]),
    Relation("filler_does_not_raise_total", "fluent filler does not raise the total",
             add_filler, lambda r: True, lambda a, b: b.total <= a.total),
    Relation("typography_changes_nothing", "typography, spacing and case change nothing",
             typography, lambda r: True,
             lambda a, b: _dims(a) == _dims(b) and a.band == b.band
             and [(m.id, m.start, m.end) for m in a.markers] == [(m.id, m.start, m.end) for m in b.markers]),
)


def check(relation: Relation, text: str, lp: str | None = None) -> bool | None:
    """True or False when the relation applies to this answer, None when it does not."""
    before = score(text, lp)
    if not relation.applies(before):
        return None
    edited = relation.transform(text)
    if edited == text:
        return None
    return relation.holds(before, score(edited, lp))
