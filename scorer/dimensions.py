"""Dimension scores from the rule matches and the STAR segmentation.

A dimension starts at its base, adds each rule's point schedule over that
rule's matches, adds the structural features below, and is clamped to its
maximum. Everything that moves a score is in the tables at the top.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import rubric
from .matching import Match
from .segment import Sentence

BASE: dict[str, int] = {
    "structure_star": 0,
    "ownership_signal": 8,
    "action_specificity": 5,
    "quantified_impact": 0,
    "self_awareness": 0,
}

# dimension -> ((feature, point schedule over its count), ...)
FEATURE_POINTS: dict[str, tuple[tuple[str, tuple[int, ...]], ...]] = {
    "structure_star": (
        ("has_situation", (3,)),
        ("has_task", (2,)),
        ("has_action", (4,)),
        ("has_result", (4,)),
        ("in_order", (2,)),
        ("all_situation", (-4,)),
        ("result_before_action", (-3,)),
        ("thin_action", (-2,)),
    ),
    "quantified_impact": (
        ("result_stated", (3,)),
    ),
}

FEATURE_NOTES: dict[str, str] = {
    "has_situation": "Sets the scene.",
    "has_task": "States the goal or the decision to act.",
    "has_action": "Describes actions.",
    "has_result": "States a result.",
    "in_order": "Situation, action and result come in order.",
    "all_situation": "Mostly scene-setting: most of the words describe the situation, not what you did.",
    "result_before_action": "The result comes before any action; tell it in order.",
    "thin_action": "The actions are a small share of the answer; they should be the largest part.",
    "result_stated": "States an outcome.",
}

MISSING_NOTES: dict[str, str] = {
    "has_situation": "No situation: give one or two sentences of context first.",
    "has_action": "No recognisable actions: say what you did, step by step.",
    "has_result": "No result: end with what changed, with a number.",
}

# dimension -> (cap, rule ids): the top points of a dimension need one of
# these signals. The rubric keeps the top of ownership for work beyond the
# candidate's remit; self-started first-person work alone reaches the cap.
CAPPED_UNLESS: dict[str, tuple[int, tuple[str, ...]]] = {
    "ownership_signal": (28, ("beyond_remit",)),
}
CAP_NOTES: dict[str, str] = {
    "ownership_signal": "The top points are for ownership beyond your remit.",
}

ALL_SITUATION_SHARE = 0.6   # share of words in situation sentences
THIN_ACTION_SHARE = 0.15    # share of words in task and action sentences
THIN_ACTION_MIN_SENTENCES = 4


@dataclass
class DimensionScore:
    id: str
    score: int
    max: int
    evidence: list[dict] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def _schedule_sum(schedule: tuple[int, ...], count: int) -> int:
    return sum(schedule[:count])


def _words(norm: str, s: Sentence) -> int:
    return len(norm[s.start:s.end].split())


def features(norm: str, sentences: list[Sentence], matches: dict[str, list[Match]]) -> dict[str, int]:
    labels = [s.label for s in sentences]

    def first(*wanted: str) -> int | None:
        return next((i for i, label in enumerate(labels) if label in wanted), None)

    first_situation, first_action, first_result = first("situation"), first("task", "action"), first("result")
    words_total = sum(_words(norm, s) for s in sentences) or 1
    share = {label: sum(_words(norm, s) for s in sentences if s.label == label) / words_total
             for label in ("situation", "task", "action")}
    has_action = first_action is not None
    has_result = first_result is not None
    in_order = (has_action and has_result and first_action < first_result
                and (first_situation is None or first_situation < first_action))
    decided = bool(matches.get("self_initiated"))
    # Units may be clauses; the sentence counts below are of whole sentences.
    n_sentences = sentences[-1].sentence + 1 if sentences else 0
    return {
        "has_situation": int(first_situation is not None),
        "has_task": int("task" in labels or decided),
        "has_action": int(has_action),
        "has_result": int(has_result),
        "in_order": int(in_order),
        "all_situation": int(n_sentences >= 2 and share["situation"] > ALL_SITUATION_SHARE),
        "result_before_action": int(has_result and (not has_action or first_result < first_action)),
        "thin_action": int(n_sentences >= THIN_ACTION_MIN_SENTENCES
                           and share["task"] + share["action"] < THIN_ACTION_SHARE),
        "result_stated": int(has_result),
    }


def score_dimensions(norm: str, text: str, feats: dict[str, int],
                     matches: dict[str, list[Match]], auto_fail: bool) -> dict[str, DimensionScore]:
    scores = {d.id: DimensionScore(d.id, BASE[d.id], d.max) for d in rubric.DIMENSIONS}
    fired = {rid for rid, ms in matches.items() if ms}
    for rule_id, rule_matches in matches.items():
        if not rule_matches:
            continue
        rule = rule_matches[0].rule
        dim = scores[rule.dimension]
        waived = any(rid in fired for rid in rule.waived_by)
        for rank, m in enumerate(rule_matches):
            points = 0 if waived or rank >= len(rule.points) else rule.points[rank]
            dim.score += points
            dim.evidence.append({"rule": rule_id, "start": m.start, "end": m.end,
                                 "quote": text[m.start:m.end], "points": points})
    for dim_id, table in FEATURE_POINTS.items():
        dim = scores[dim_id]
        for feature, schedule in table:
            count = feats.get(feature, 0)
            if count:
                dim.score += _schedule_sum(schedule, count)
                dim.notes.append(FEATURE_NOTES[feature])
            elif feature in MISSING_NOTES:
                dim.notes.append(MISSING_NOTES[feature])
    for dim_id, (cap, needs) in CAPPED_UNLESS.items():
        dim = scores[dim_id]
        if dim.score > cap and not any(rid in fired for rid in needs):
            dim.score = cap
            dim.notes.append(CAP_NOTES[dim_id])
    for dim in scores.values():
        dim.score = max(0, min(dim.max, dim.score))
        dim.evidence.sort(key=lambda e: (e["start"], e["end"], e["rule"]))
    if auto_fail:
        own = scores["ownership_signal"]
        own.score = min(own.score, rubric.AUTO_FAIL_OWNERSHIP_CAP)
        own.notes.append("Capped: the work was assigned by someone else.")
    return scores
