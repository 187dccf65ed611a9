"""Metamorphic relations: edits to an answer and how its score must move.

Each relation rewrites an answer with plain text edits that do not use the
scorer's own word lists, then states what must hold between the two results.
A relation that does not apply to an answer (the edit changes nothing, or
there is nothing to lose) is skipped, not passed.
"""

from __future__ import annotations

import re
from typing import Callable, NamedTuple

from .engine import score
from .lemmas import lemma
from .result import Result

ASSIGNED_OPENING = "My manager asked me to take this on. "
FILLER = " I'm deeply passionate about delighting customers and I always go above and beyond."
TENSE_TOLERANCE = 2

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
    r"analysed|analyzed|compared|exported|isolated|interviewed|called|sampled|measured|"
    r"redesigned|rebuilt|negotiated|drafted|trained|recorded|rolled|checked|walked|"
    r"investigated|identified|found|discovered|deployed|replaced|audited|modelled|"
    r"proposed|presented|set|ran|tested)\b[^.,;]*",
)
_REFLECTION = re.compile(
    r"[^.!?\n]*\b(?:learn(?:ed|t)|lesson|hindsight|looking back|differently|in future|next time|"
    r"should have|would have|I'd have|taught me|since then|I now)\b[^.!?\n]*[.!?]?",
    re.IGNORECASE,
)
_TYPOGRAPHY = str.maketrans({"'": "\u2019", '"': "\u201d"})
# Past → present for the commonest verbs of these answers, and the regular -ed ending.
_IRREGULAR = {"was": "is", "were": "are", "had": "have", "did": "do", "went": "go", "found": "find", "took": "take",
              "made": "make", "wrote": "write", "ran": "run", "saw": "see", "got": "get", "built": "build",
              "sent": "send", "told": "tell", "met": "meet", "set": "set", "put": "put", "spent": "spend",
              "fell": "fall", "rose": "rise", "led": "lead", "brought": "bring", "thought": "think",
              "knew": "know", "began": "begin", "chose": "choose", "gave": "give", "came": "come", "kept": "keep",
              "felt": "feel", "sat": "sit", "caught": "catch", "dug": "dig", "rang": "ring", "grew": "grow",
              "cut": "cut", "left": "leave", "said": "say", "stood": "stand", "taught": "teach", "won": "win",
              "drew": "draw", "paid": "pay", "heard": "hear", "held": "hold"}
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")
_OWN_ACTIVE = re.compile(r"\bI (\w+ed) (the|a|an|our|my|every|all|each) (\w+)")


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


def to_present(text: str) -> str:
    """The story retold in the present tense: "I pulled" → "I pull", "was" → "is".

    Past forms become their dictionary form (the lemma table is English data, not a
    scoring rule); "is"/"are" follow the subject loosely, as a non-native speaker might.
    """
    def one(m: re.Match) -> str:
        word = m.group(0)
        low = word.lower()
        if low in _IRREGULAR:
            new = _IRREGULAR[low]
        elif low.endswith("ed") and len(low) > 4 and lemma(low) != low:
            new = lemma(low)
        else:
            return word
        return new.capitalize() if word[0].isupper() else new
    return re.sub(r"\b[A-Za-z]+\b", one, text)


def to_bullets(text: str) -> str:
    """Each sentence a bullet, its opening "I" dropped, as people write them."""
    lines = []
    for m in _SENTENCE.finditer(text):
        s = m.group(0).strip()
        if s:
            s = re.sub(r"^I\s+", "", s).rstrip(".")
            lines.append("- " + s[:1].upper() + s[1:])
    return "\n".join(lines)


def own_in_passive(text: str) -> str:
    return _OWN_ACTIVE.sub(lambda m: f"{m.group(2)} {m.group(3)} was {m.group(1)}", text)


def repeat_sentence(text: str) -> str:
    sentences = [m.group(0).strip() for m in _SENTENCE.finditer(text) if m.group(0).strip()]
    if len(sentences) < 2:
        return text
    longest = max(sentences, key=len)
    return text + " " + " ".join([longest] * 3)


def keyword_salad(text: str) -> str:
    """The answer's own vocabulary as verbless fragments, with its numbers: no story left."""
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z-]{4,}", text)
             if not w.lower().endswith(("ed", "ing", "ly")) and w.lower() not in ("which", "there", "their", "about")]
    numbers = re.findall(r"\d[\d,.]*%?", text)
    chunks = [" ".join(words[i:i + 3]) for i in range(0, min(len(words), 36), 3)]
    for k, n in enumerate(numbers[:4]):
        chunks.insert(2 * k + 1, f"{n} uplift")
    return ". ".join(c[:1].upper() + c[1:] for c in chunks if c) + "."


def _dims(r: Result) -> dict[str, int]:
    return {d.id: d.score for d in r.dimensions}


class Relation(NamedTuple):
    id: str
    description: str
    transform: Callable[[str], str]
    applies: Callable[[Result], bool]
    holds: Callable[[Result, Result], bool]
    initiative: bool = False  # score both sides as answers to a self-initiation question


def _has(r: Result, *ids: str) -> bool:
    return any(m.id in ids for m in r.markers)


def _close(a: Result, b: Result) -> bool:
    da, db = _dims(a), _dims(b)
    return all(abs(da[k] - db[k]) <= TENSE_TOLERANCE for k in da)


RELATIONS: tuple[Relation, ...] = (
    Relation("assigned_opening_auto_fails_on_initiative",
             "an assigned opening auto-fails an answer to a self-initiation question",
             assigned_opening, lambda r: True,
             lambda a, b: b.auto_fail and b.band == "No Hire" and _dims(b)["ownership_signal"] <= 1, initiative=True),
    Relation("assigned_opening_caps_ownership", "an assigned opening caps ownership at 20 or auto-fails",
             assigned_opening, lambda r: True,
             lambda a, b: _dims(b)["ownership_signal"] <= 20 and any(m.id == "manager_directed" for m in b.markers)),
    Relation("we_lowers_ownership", "'I' → 'we' lowers ownership",
             we_for_i, lambda r: not r.auto_fail and _dims(r)["ownership_signal"] >= 12,
             lambda a, b: _dims(b)["ownership_signal"] < _dims(a)["ownership_signal"]),
    Relation("passive_lowers_ownership", "own actions told in the passive lower ownership",
             own_in_passive, lambda r: not r.auto_fail and _dims(r)["ownership_signal"] >= 12,
             lambda a, b: _dims(b)["ownership_signal"] < _dims(a)["ownership_signal"]),
    Relation("no_numbers_lowers_impact", "removing numbers lowers quantified impact",
             strip_numbers, lambda r: _has(r, "result_metric"),
             lambda a, b: _dims(b)["quantified_impact"] < _dims(a)["quantified_impact"]),
    Relation("vague_verbs_lower_specificity", "vague verbs lower action specificity",
             vague_actions, lambda r: _dims(r)["action_specificity"] >= 8,
             lambda a, b: _dims(b)["action_specificity"] < _dims(a)["action_specificity"]),
    Relation("no_reflection_lowers_awareness", "removing reflection lowers self-awareness",
             drop_reflection, lambda r: _has(r, "reflection"),
             lambda a, b: _dims(b)["self_awareness"] < _dims(a)["self_awareness"]),
    Relation("filler_does_not_raise_total", "fluent filler does not raise the total",
             add_filler, lambda r: True, lambda a, b: b.total <= a.total),
    Relation("repetition_does_not_raise_total", "repeating a sentence never raises the total",
             repeat_sentence, lambda r: True, lambda a, b: b.total <= a.total),
    Relation("present_tense_same", "past → present tense moves no dimension by more than 2",
             to_present, lambda r: True, _close),
    Relation("bullets_same", "prose → bullets moves no dimension by more than 2",
             to_bullets, lambda r: True, _close),
    Relation("keyword_salad_no_hire", "a keyword salad of a strong answer's words scores No Hire",
             keyword_salad, lambda r: r.total >= 70, lambda a, b: b.band == "No Hire"),
    Relation("typography_changes_nothing", "typography, spacing and case change nothing",
             typography, lambda r: True,
             lambda a, b: _dims(a) == _dims(b) and a.band == b.band
             and [(m.id, m.start, m.end) for m in a.markers] == [(m.id, m.start, m.end) for m in b.markers]),
)


def check(relation: Relation, text: str, lp: str | None = None) -> bool | None:
    """True or False when the relation applies to this answer, None when it does not."""
    before = score(text, lp, relation.initiative)
    if not relation.applies(before):
        return None
    edited = relation.transform(text)
    if edited == text:
        return None
    return relation.holds(before, score(edited, lp, relation.initiative))
