"""score(): normalise, segment, match, score, and assemble the result.

Pure function of its arguments: no I/O, no clock, no randomness, so it runs
the same under CPython and in the browser.
"""

from __future__ import annotations

import string

from . import index, rubric
from .coaching import followups, lp_fit
from .dimensions import features, score_dimensions
from .matching import find_matches, rewrite
from .rules import RULES
from .result import Dimension, Marker, Result
from .segment import segment
from .text import normalise, quoted_spans, word_count

MAX_CHARS = 20_000  # longer answers are scored on their first part
SHORT_SECONDS = 60
LONG_SECONDS = 180


def _check_lp(lp: str | None) -> str | None:
    if lp is None or lp == "":
        return None
    if lp not in rubric.PRINCIPLE_IDS:
        raise ValueError(f"unknown principle id {lp!r}; valid ids: {', '.join(rubric.PRINCIPLE_IDS)}")
    return lp


def _speaking_note(seconds: int) -> str | None:
    if seconds < SHORT_SECONDS:
        return (f"About {seconds} seconds when spoken. A full answer usually runs one to three "
                "minutes: add what you examined, what you changed and the result.")
    if seconds > LONG_SECONDS:
        return (f"About {seconds // 60} minutes {seconds % 60} seconds when spoken. Past three "
                "minutes interviewers lose the thread: cut context and keep actions and results.")
    return None


def _fix_never_fails(rule) -> bool:
    """Whether a rule's fix can be written for any quote: only plain {quote} and {rewrite}
    fields, and rewrites that compile. Such fixes are written only for markers shown."""
    try:
        fields = list(string.Formatter().parse(rule.fix))
        rewrite(rule.id, "x")
    except Exception:  # noqa: BLE001 - written for every candidate, failing as before
        return False
    return all(name in (None, "quote", "rewrite") and not spec and conversion is None
               for _text, name, spec, conversion in fields)


_AUTO_FAIL_IDS = tuple(rule.id for rule in RULES if rule.kind == "auto_fail")
_LAZY_FIX = frozenset(rule.id for rule in RULES if _fix_never_fails(rule))


def _fix(rule, text: str, norm: str, start: int, end: int) -> str:
    return rule.fix.format(quote=text[start:end], rewrite=rewrite(rule.id, norm[start:end]))


def _candidates(matches, text: str, norm: str, points_at: dict) -> list[tuple]:
    """(start, end, id, kind, rule, fix) of each match that can be shown as a marker.

    A signal is shown only when it earned points. A fix that might fail is
    written here, for every candidate, so it fails as it always has.
    """
    out = []
    for ms in matches.values():
        for m in ms:
            rule = m.rule
            if rule.kind == "signal" and points_at[(rule.id, m.start)] <= 0:
                continue
            fix = None if rule.id in _LAZY_FIX else _fix(rule, text, norm, m.start, m.end)
            out.append((m.start, m.end, rule.id, rule.kind, rule, fix))
    return out


def _displayed(candidates: list[tuple]) -> list[tuple]:
    """Every fault, and each signal unless it overlaps a marker already shown.

    Overlapping signals still earn their points (see the dimension evidence);
    showing one keeps the highlighted answer readable.
    """
    faults = sorted((c for c in candidates if c[3] != "signal"), key=lambda c: (c[0], c[1], c[2]))
    shown = list(faults)
    # Signals come in order of start, so one overlaps an earlier shown signal
    # exactly when it starts before the furthest end of those.
    furthest = -1
    for c in sorted((c for c in candidates if c[3] == "signal"), key=lambda c: (c[0], c[0] - c[1], c[2])):
        start, end = c[0], c[1]
        if start < furthest:
            continue
        for f in faults:
            if start < f[1] and f[0] < end:
                break
        else:
            shown.append(c)
            furthest = max(furthest, end)
    return sorted(shown, key=lambda c: (c[0], c[1], c[2]))


def _marker(candidate: tuple, text: str, norm: str) -> Marker:
    start, end, _id, _kind, rule, fix = candidate
    if fix is None:
        fix = _fix(rule, text, norm, start, end)
    return Marker(rule.id, rule.kind, rule.dimension, start, end, text[start:end], rule.message, fix)


def score(text: str, lp: str | None = None, initiative: bool = False) -> Result:
    """Score one STAR answer against the Bar Raiser rubric.

    initiative says the question's premise is self-initiation, so any assignment auto-fails.
    """
    if not isinstance(text, str):
        raise TypeError("text must be a string")
    lp = _check_lp(lp)
    if not text.strip():
        raise ValueError("the answer is empty")
    notes: list[str] = []
    scored = text
    if len(text) > MAX_CHARS:
        scored = text[:MAX_CHARS]
        notes.append(f"The answer is over {MAX_CHARS:,} characters; only the first {MAX_CHARS:,} were scored.")

    norm = normalise(scored)
    found = index.scan(norm)
    sentences = segment(norm, found)
    matches = find_matches(norm, sentences, quoted_spans(norm), found)
    auto_fail = any(matches[rid] for rid in _AUTO_FAIL_IDS)
    feats = features(norm, sentences, matches)
    dims = score_dimensions(norm, scored, feats, matches, auto_fail)

    points_at = {(e["rule"], e["start"]): e["points"] for d in dims.values() for e in d.evidence}
    markers = [_marker(c, scored, norm) for c in _displayed(_candidates(matches, scored, norm, points_at))]

    total = sum(d.score for d in dims.values())
    words = word_count(norm)
    seconds = round(words * 60 / rubric.SPEAKING_WPM)
    note = _speaking_note(seconds)
    if note:
        notes.append(note)
    fired = {rid for rid, ms in matches.items() if ms}
    rule_quotes = {rid: scored[ms[0].start:ms[0].end] for rid, ms in matches.items() if ms}
    dim_scores = {d.id: d.score for d in dims.values()}

    return Result(
        total=total,
        band=rubric.band_for(total, auto_fail),
        auto_fail=auto_fail,
        lp=lp,
        dimensions=tuple(
            Dimension(d.id, d.title, dims[d.id].score, d.max,
                      tuple(dims[d.id].evidence), tuple(dims[d.id].notes))
            for d in rubric.DIMENSIONS
        ),
        markers=tuple(markers),
        word_count=words,
        speaking_seconds=seconds,
        followups=tuple(followups(fired, feats, dim_scores)),
        lp_fit=lp_fit(lp, scored, norm, rule_quotes, found),
        notes=tuple(notes),
        sentences=tuple({"start": s.start, "end": s.end, "label": s.label} for s in sentences),
    )
