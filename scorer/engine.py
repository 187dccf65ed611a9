"""score(): normalise, segment, match, score, and assemble the result.

Pure function of its arguments: no I/O, no clock, no randomness, so it runs
the same under CPython and in the browser.
"""

from __future__ import annotations

from . import rubric
from .coaching import followups, lp_fit
from .dimensions import features, score_dimensions
from .matching import find_matches, rewrite
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


def _marker(match, text: str, norm: str, points: int) -> Marker | None:
    rule = match.rule
    if rule.kind == "signal" and points <= 0:
        return None
    quote = text[match.start:match.end]
    fix = rule.fix.format(quote=quote, rewrite=rewrite(rule.id, norm[match.start:match.end]))
    return Marker(rule.id, rule.kind, rule.dimension, match.start, match.end, quote, rule.message, fix)


def _displayed(markers: list[Marker]) -> list[Marker]:
    """Every fault, and each signal unless it overlaps a marker already shown.

    Overlapping signals still earn their points (see the dimension evidence);
    showing one keeps the highlighted answer readable.
    """
    shown: list[Marker] = sorted((m for m in markers if m.kind != "signal"),
                                 key=lambda m: (m.start, m.end, m.id))
    for m in sorted((m for m in markers if m.kind == "signal"), key=lambda m: (m.start, -(m.end - m.start), m.id)):
        if not any(m.start < o.end and o.start < m.end for o in shown):
            shown.append(m)
    return sorted(shown, key=lambda m: (m.start, m.end, m.id))


def score(text: str, lp: str | None = None) -> Result:
    """Score one STAR answer against the Bar Raiser rubric."""
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
    sentences = segment(norm)
    matches = find_matches(norm, sentences, quoted_spans(norm))
    auto_fail = any(m.rule.kind == "auto_fail" for ms in matches.values() for m in ms)
    feats = features(norm, sentences, matches)
    dims = score_dimensions(norm, scored, feats, matches, auto_fail)

    points_at = {(e["rule"], e["start"]): e["points"] for d in dims.values() for e in d.evidence}
    markers = [
        marker for ms in matches.values() for m in ms
        if (marker := _marker(m, scored, norm, points_at[(m.rule.id, m.start)])) is not None
    ]
    markers = _displayed(markers)

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
        lp_fit=lp_fit(lp, scored, norm, rule_quotes),
        notes=tuple(notes),
        sentences=tuple({"start": s.start, "end": s.end, "label": s.label} for s in sentences),
    )
