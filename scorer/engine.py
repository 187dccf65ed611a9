"""score(): read the answer, run the rules, apply the fitted model and the policy.

Pure function of its arguments: no I/O, no clock, no randomness, so it runs
the same under CPython and in the browser.

The assigned-work policy (contracts): `manager_directed` is an auto-fail when
the question's premise is self-initiation or the answer shows nothing beyond
the assignment; otherwise a penalty that caps ownership. `off_principle` caps
the band when the answer shows none of the chosen principle's core signals.
"""

from __future__ import annotations

from . import assignment, coaching, features, lp_signals, matching, model, principles, rubric
from .clauses import parse
from .result import Dimension, Marker, Result
from .rules import RULES_BY_ID
from .text import normalise, word_count

MAX_CHARS = 20_000  # longer answers are scored on their first part
SHORT_SECONDS = 60
LONG_SECONDS = 180
ASSIGNED_BEYOND_OWNERSHIP_CAP = 20
# No act and no result told in a sentence (fragments do not count): there is no story to score (the rater guide's 0 for structure), so no
# dimension may earn more than this from the model's baseline.
NO_STORY_CAP = 2
OFF_PRINCIPLE_BAND = "Lean No Hire"
# Findings that show the candidate went beyond an assignment (after it): a lasting
# mechanism, acting outside the remit, a choice of their own to do more.
BEYOND = ("mechanism", "beyond_remit", "self_initiated", "widened_scope", "root_cause")
OWN_BEYOND = ("root_cause", "mechanism")
# Verbs of pushing back on the ask, or widening it.
PUSHBACK = ("challenge", "push", "object", "disagree", "propose", "pushback", "question", "extend", "expand", "widen")
# Signals shown to the reader (the others only feed features).
SHOWN_SIGNALS = ("self_initiated", "beyond_remit", "noticed_problem", "root_cause", "trade_off", "result_metric",
                 "before_after", "reflection", "mechanism")
# Characters that make no visible text: an answer of only these is empty.
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\x00"), " ")


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


def _marker(rule_id: str, kind: str, start: int, end: int, text: str, message: str | None = None) -> Marker:
    rule = RULES_BY_ID[rule_id]
    quote = text[start:end]
    return Marker(rule_id, kind, rule.dimension, start, end, quote, message or rule.message,
                  rule.fix.format(quote=quote))


def _went_beyond(found: dict, clauses, after: int) -> bool:
    """Whether anything after the assignment (at offset `after`) goes beyond it."""
    for rid in BEYOND:
        for f in found.get(rid, []):
            c = clauses[f.clause]
            # A root cause or a mechanism counts only as the candidate's own concrete act;
            # "I worked with the team to identify the root cause" is the assignment itself.
            own = rid not in OWN_BEYOND or (c.own and c.verb_class not in ("vague",))
            if f.start > after and own:
                return True
    return any(c.own and c.start > after and (c.verb_lemma in PUSHBACK or c.verb_class == "decide") for c in clauses)


def _off_principle_marker(lp: str, text: str, clauses, fit: dict) -> Marker:
    fits = [b["title"] for b in fit["best_fit"] if b["id"] != lp][:2]
    title = rubric.PRINCIPLE_TITLES[lp]
    message = (f"This story shows none of what {title} asks about, so it does not answer that question"
               + (f"; it fits {' or '.join(fits)} better." if fits else "."))
    start, end = (clauses[0].start, clauses[0].end) if clauses else (0, len(text))
    return Marker("off_principle", "penalty", "structure_star", start, end, text[start:end],
                  message, f"Choose a story that shows {title}, or tell this one for {fits[0] if fits else 'another principle'}.")


def _shown(markers: list[Marker]) -> list[Marker]:
    """Every fault; a signal only where no fault covers the same words (so highlights stay readable)."""
    faults = [m for m in markers if m.kind != "signal"]
    shown = list(faults)
    for m in sorted((m for m in markers if m.kind == "signal"), key=lambda m: (m.start, -m.end)):
        if any(m.start < o.end and o.start < m.end for o in shown):
            continue
        shown.append(m)
    return sorted(shown, key=lambda m: (m.start, m.end, m.id))


def _register_phrase_lists() -> None:
    """Every phrase list into the one index, before the first scan."""
    for rule in RULES_BY_ID.values():
        if rule.phrases:
            matching.INDEX.key(rule.phrases)
    for phrases in (assignment.ARRIVED, features.TASK_CUES, features.HABIT_CUES, features.STORY_CUES,
                    features.CHANGE_CUES, features.RESULT_CUES, *principles.CORE.values(),
                    *(s.phrases for sigs in lp_signals.SIGNALS.values() for s in sigs if s.phrases)):
        matching.INDEX.key(phrases)


_register_phrase_lists()


def analyse(text: str):
    """(clauses, findings, features, word count, phrase hits) of an answer: what the model and the policy read."""
    norm = normalise(text)
    clauses = parse(norm, text)  # may be empty (only symbols): every feature is then zero
    hits = matching.INDEX.scan(clauses)
    found = matching.find(clauses, hits)
    words = word_count(norm)
    return clauses, found, features.extract(clauses, found, text, words, hits), words, hits


def score(text: str, lp: str | None = None, initiative: bool = False) -> Result:
    """Score one STAR answer against the Bar Raiser rubric.

    initiative says the question's premise is self-initiation, so any assignment auto-fails.
    """
    if not isinstance(text, str):
        raise TypeError("text must be a string")
    lp = _check_lp(lp)
    if not text.translate(INVISIBLE).strip():
        raise ValueError("the answer is empty")
    notes: list[str] = []
    scored = text
    if len(text) > MAX_CHARS:
        scored = text[:MAX_CHARS]
        notes.append(f"The answer is over {MAX_CHARS:,} characters; only the first {MAX_CHARS:,} were scored.")

    clauses, found, feats, words, hits = analyse(scored)
    dims = model.score(feats)
    scores = {d: s for d, (s, _e) in dims.items()}

    markers: list[Marker] = []
    assigned = bool(found.get("manager_directed"))
    auto_fail = assigned and (initiative or not _went_beyond(found, clauses, found["manager_directed"][0].end))
    for rid, rule_hits in found.items():
        rule = RULES_BY_ID[rid]
        if rule.kind == "signal" and rid not in SHOWN_SIGNALS:
            continue
        kind = ("auto_fail" if auto_fail else "penalty") if rid == "manager_directed" else rule.kind
        for h in rule_hits:
            markers.append(_marker(rid, kind, h.start, h.end, scored))
    no_story = not feats.facts.get("doing") and not feats.facts.get("told_results")
    if no_story:
        scores = {d: min(v, NO_STORY_CAP) for d, v in scores.items()}
        notes.append("No story yet: nothing is done and nothing changes. Tell one real time: what you did, and what happened.")
    if auto_fail:
        scores["ownership_signal"] = min(scores["ownership_signal"], rubric.AUTO_FAIL_OWNERSHIP_CAP)
    elif assigned:
        scores["ownership_signal"] = min(scores["ownership_signal"], ASSIGNED_BEYOND_OWNERSHIP_CAP)

    fired_spans = {rid: (fs[0].start, fs[0].end) for rid, fs in found.items() if fs}
    fit = coaching.lp_fit(lp, scored, clauses, hits, fired_spans)
    off = bool(lp) and not coaching.core_hits(lp, clauses, hits) and not any(
        found.get(rid) for rid in principles.CORE_RULES.get(lp, ()))
    if off:
        markers.append(_off_principle_marker(lp, scored, clauses, fit))

    total = sum(scores.values())
    band = rubric.band_for(total, auto_fail)
    if off and rubric.BAND_NAMES.index(band) < rubric.BAND_NAMES.index(OFF_PRINCIPLE_BAND):
        band = OFF_PRINCIPLE_BAND
    seconds = round(words * 60 / rubric.SPEAKING_WPM)
    note = _speaking_note(seconds)
    if note:
        notes.append(note)
    if assigned and not auto_fail:
        notes.append(f"The work was assigned, and you went beyond it: ownership is capped at "
                     f"{ASSIGNED_BEYOND_OWNERSHIP_CAP}. Lead with what you decided yourself.")
    fired = {rid for rid, fs in found.items() if fs}

    dimensions = []
    for d in rubric.DIMENSIONS:
        value, evidence = scores[d.id], dims[d.id][1]
        dimensions.append(Dimension(d.id, d.title, value, d.max, tuple(evidence),
                                    tuple(coaching.notes(d.id, value, d.max, feats))))
    sentences = tuple({"start": c.start, "end": c.end, "label": label, "actor": c.actor or "",
                       "verb_class": c.verb_class}
                      for c, label in zip([c for c in clauses if not c.quoted], feats.star))
    return Result(
        total=total,
        band=band,
        auto_fail=auto_fail,
        lp=lp,
        dimensions=tuple(dimensions),
        markers=tuple(_shown(markers)),
        word_count=words,
        speaking_seconds=seconds,
        followups=tuple(coaching.followups(fired, feats, scores)),
        lp_fit=fit,
        notes=tuple(notes),
        sentences=sentences,
    )
