"""STAR segmentation: split the normalised answer into labelled sentences."""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import star_cues
from .patterns import compile_free, compile_phrases

# Sentence ends: terminal punctuation (plus closing quotes) then whitespace;
# a line break before a bullet; a bullet character; an inline STAR heading.
_BOUNDARY = re.compile(
    r"(?<![.!?])[.!?]+[\"')\]]{0,3}\s+"
    r"|\n[ \t]*(?=[-*•·]\s|\d{1,2}[.)]\s)"
    r"|(?<!\s)\s*[•·]\s*"
    r"|(?<!\s)\s+(?=(?:situation|task|action|actions|result|results|reflection|learning|lesson)s?\s*:)"
)
_ABBREVIATIONS = frozenset(
    "e.g i.e etc vs approx dr mr mrs ms st inc ltd co no fig cf al jr sr dept est".split()
)
_LAST_TOKEN = re.compile(r"(?<![\w.])(\w+(?:\.\w+)*)[.!?]+[\"')\]]*\s+$")

_PHRASES = {label: (w, compile_phrases(p)) for label, (w, p) in star_cues.PHRASE_CUES.items()}
_PATTERNS = {
    label: (w, tuple(compile_free(s) for s in sources))
    for label, (w, sources) in star_cues.PATTERN_CUES.items()
}


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    label: str
    cues: frozenset[str]  # every label that had at least one cue

    def contains(self, pos: int) -> bool:
        return self.start <= pos < self.end


def _is_abbreviation(piece: str) -> bool:
    m = _LAST_TOKEN.search(piece)
    return bool(m) and m.group(1).rstrip(".") in _ABBREVIATIONS


def split_spans(norm: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty sentence, trimmed of outer whitespace."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(norm):
        tail = norm[max(start, m.start() - 12):m.end()]
        if m.group().lstrip()[:1] in ".!?" and _is_abbreviation(tail):
            continue
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(norm)))
    trimmed = []
    for s, e in spans:
        piece = norm[s:e]
        left = len(piece) - len(piece.lstrip())
        right = len(piece.rstrip())
        if right > left and any(ch.isalnum() for ch in piece):
            trimmed.append((s + left, s + right))
    return trimmed


def _cue_weights(piece: str) -> dict[str, float]:
    weights = {label: 0.0 for label in star_cues.LABELS}
    for label, (w, pattern) in _PHRASES.items():
        weights[label] += w * min(2, sum(1 for _ in pattern.finditer(piece)))
    for label, (w, patterns) in _PATTERNS.items():
        if any(p.search(piece) for p in patterns):
            weights[label] += w
    return weights


def segment(norm: str) -> list[Sentence]:
    spans = split_spans(norm)
    sentences: list[Sentence] = []
    seen_action = False
    for index, (s, e) in enumerate(spans):
        weights = _cue_weights(norm[s:e])
        cued = frozenset(label for label, w in weights.items() if w > 0)
        if index == 0 and len(spans) > 1:
            for label, bonus in star_cues.FIRST_SENTENCE_PRIOR.items():
                weights[label] += bonus
        if not seen_action and len(spans) > 1:
            for label, bonus in star_cues.BEFORE_ACTION_PRIOR.items():
                weights[label] += bonus
        if index == len(spans) - 1 and index > 0:
            for label, bonus in star_cues.LAST_SENTENCE_PRIOR.items():
                if weights[label] > 0:
                    weights[label] += bonus
        best = max(weights.values())
        if best <= 0 and len(spans) == 1:
            label = star_cues.SOLE_SENTENCE_DEFAULT
        elif best <= 0:
            label = star_cues.DEFAULT_AFTER_ACTION if seen_action else star_cues.DEFAULT_BEFORE_ACTION
        else:
            label = next(l for l in star_cues.TIE_ORDER if weights[l] == best)
        seen_action = seen_action or label == "action"
        sentences.append(Sentence(s, e, label, cued))
    return sentences
