"""Dimension scores from features, with weights fitted by scorer/train.py.

Each dimension is a small linear model over the features listed for it below,
with the sign of every weight fixed by the rubric (more own actions can only
raise ownership; more "we" can only lower it). The fitted numbers live in
data/weights.json; nothing here is tuned by hand. A dimension's score is the
rounded, clipped sum, and each feature's share of it is reported as evidence.
"""

from __future__ import annotations

import json
from pathlib import Path

from . import rubric
from .features import Features

WEIGHTS_PATH = Path(__file__).resolve().parent / "data" / "weights.json"

# dimension → ((feature, sign), …): +1 may only add points, -1 may only take them.
FEATURES_BY_DIMENSION: dict[str, tuple[tuple[str, int], ...]] = {
    "structure_star": (
        ("has_situation", 1), ("has_task", 1), ("action_count", 1), ("has_result", 1), ("result_after_action", 1),
        ("action_share", 1), ("reflection", 1), ("fragment_share", -1), ("short", -1), ("long", -1),
        ("hypothetical_share", -1), ("habitual_share", -1), ("story_anchor", 1),
    ),
    "ownership_signal": (
        ("own_actions", 1), ("own_share", 1), ("we_share", -1), ("self_started", 1), ("beyond_remit", 1),
        ("decisions", 1), ("root_cause", 1), ("mechanism", 1), ("helped", -1), ("blame", -1), ("abstract_share", -1),
        ("hypothetical_share", -1), ("fragment_share", -1), ("habitual_share", -1), ("story_anchor", 1),
    ),
    "action_specificity": (
        ("concrete_actions", 1), ("detailed_actions", 1), ("own_actions", 1), ("root_cause", 1), ("trade_off", 1),
        ("vague_share", -1), ("abstract_share", -1), ("filler", -1), ("hypothetical_share", -1), ("fragment_share", -1),
        ("short", -1),
        ("habitual_share", -1), ("story_anchor", 1),
    ),
    "quantified_impact": (
        ("result_numbers", 1), ("before_after", 1), ("metric_change", 1), ("outcome", 1), ("has_result", 1),
        ("result_words", 1),
        ("vague_result", -1), ("background_numbers", -1), ("unattributed", -1), ("fragment_share", -1),
        ("hypothetical_share", -1), ("habitual_share", -1), ("story_anchor", 1),
    ),
    "self_awareness": (
        ("reflection", 1), ("changed_behaviour", 1), ("hindsight", 1), ("mechanism", 1),
        ("generic_reflection", -1),
    ),
}

# Raters judge the story as a whole: a dimension also moves with how real and concrete
# the story is. These shared features join every dimension's model (signs as above).
SHARED: tuple[tuple[str, int], ...] = (
    ("story_anchor", 1), ("own_actions", 1), ("detailed_actions", 1), ("has_result", 1), ("result_numbers", 1),
    ("habitual_share", -1), ("fragment_share", -1), ("abstract_share", -1), ("vague_share", -1),
    ("hypothetical_share", -1), ("filler", -1),
)
FEATURES_BY_DIMENSION = {
    dim: feats + tuple(f for f in SHARED if f[0] not in {n for n, _s in feats})
    for dim, feats in FEATURES_BY_DIMENSION.items()
}

LABELS = {
    "has_situation": "sets the scene", "has_task": "states the goal", "action_count": "actions told",
    "has_result": "a result", "result_after_action": "result follows the actions", "action_share": "mostly actions",
    "reflection": "a lesson", "fragment_share": "fragments with no action", "short": "very short", "long": "very long",
    "hypothetical_share": "what you would do, not what you did", "own_actions": "your own actions, as \"I\"",
    "own_share": "your part is clear", "we_share": "\"we\" or passive hiding your part", "self_started": "you started it",
    "beyond_remit": "beyond your remit", "decisions": "decisions you made", "root_cause": "a root cause",
    "mechanism": "a mechanism that lasts", "helped": "\"I helped\"", "blame": "blaming others",
    "concrete_actions": "concrete actions", "detailed_actions": "actions with specifics", "trade_off": "a trade-off weighed",
    "vague_share": "vague verbs", "filler": "buzzwords", "result_numbers": "measured results",
    "before_after": "a before and after", "metric_change": "a measure that changed", "outcome": "an outcome reached",
    "vague_result": "a result with no measure", "background_numbers": "numbers that are not results",
    "unattributed": "a result not tied to your actions", "changed_behaviour": "what you do differently now",
    "hindsight": "what you would have done differently", "generic_reflection": "a generic lesson",
    "result_words": "a result in words", "abstract_share": "actions on abstractions (alignment, vision)",
    "habitual_share": "habits and self-description, not one real time", "story_anchor": "one real episode, placed in time",
}


def load_weights(path: Path = WEIGHTS_PATH) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


WEIGHTS = load_weights()


def raw_score(dimension: str, values: dict[str, float], weights: dict | None = None) -> float:
    w = (weights or WEIGHTS)["dimensions"][dimension]
    return w["intercept"] + sum(w["weights"].get(name, 0.0) * values.get(name, 0.0)
                                for name, _sign in FEATURES_BY_DIMENSION[dimension])


def calibrate(dimension: str, raw: float, weights: dict | None = None) -> float:
    """The fitted monotone map from the linear score to the rater scale (piecewise linear).

    A linear model pulls every answer towards the middle; raters do not. The
    map, fitted by isotonic regression in train.py, stretches the ends back.
    """
    knots = (weights or WEIGHTS)["dimensions"][dimension].get("calibration")
    if not knots:
        return raw
    return (1 - RAW_SHARE) * _interpolate(knots, raw) + RAW_SHARE * raw


# Part of the linear score kept beside the calibrated one, so the map is strictly
# increasing: every feature keeps moving the score, even where the isotonic fit is flat.
RAW_SHARE = 0.25


def _interpolate(knots: list[list[float]], raw: float) -> float:
    xs, ys = knots
    if raw <= xs[0]:
        return ys[0]
    for k in range(1, len(xs)):
        if raw <= xs[k]:
            span = xs[k] - xs[k - 1]
            t = (raw - xs[k - 1]) / span if span else 1.0
            return ys[k - 1] + t * (ys[k] - ys[k - 1])
    return ys[-1]


def score(features: Features) -> dict[str, tuple[int, list[dict]]]:
    """dimension → (score, evidence): each evidence item names a feature, its points and its spans."""
    out = {}
    for dim in rubric.DIMENSIONS:
        w = WEIGHTS["dimensions"][dim.id]
        evidence = []
        for name, _sign in FEATURES_BY_DIMENSION[dim.id]:
            points = w["weights"].get(name, 0.0) * features.values.get(name, 0.0)
            if abs(points) >= 0.5:
                evidence.append({"feature": name, "label": LABELS[name], "points": round(points, 1),
                                 "spans": [list(s) for s in features.spans.get(name, [])[:3]]})
        raw = raw_score(dim.id, features.values)
        final = calibrate(dim.id, raw)
        # Evidence is reported on the final scale: each feature keeps its share of the change.
        stretch = (final - calibrate(dim.id, w["intercept"])) / (raw - w["intercept"]) if abs(raw - w["intercept"]) > 1e-9 else 1.0
        for e in evidence:
            e["points"] = round(e["points"] * stretch, 1)
        evidence = [e for e in evidence if abs(e["points"]) >= 0.5]
        value = max(0, min(dim.max, round(final)))
        evidence.sort(key=lambda e: -abs(e["points"]))
        out[dim.id] = (value, evidence)
    return out
