"""The Bar Raiser rubric as data: dimensions, bands, marker kinds and principles.

This module is the single source the scorer and the content validator share,
so an authored score and a computed score always mean the same thing.
"""

from __future__ import annotations

from typing import NamedTuple


class Dimension(NamedTuple):
    id: str
    title: str
    max: int
    earns: str
    loses: str


class Principle(NamedTuple):
    id: str
    title: str


DIMENSIONS: tuple[Dimension, ...] = (
    Dimension(
        "structure_star", "Structure (STAR)", 15,
        "a recognisable Situation, Task, Action and Result, in order and in proportion",
        "no result, all situation, or a result before any action",
    ),
    Dimension(
        "ownership_signal", "Ownership signal", 30,
        "self-initiated work told in the first person singular, beyond the candidate's remit",
        "work assigned by someone else (auto-fail), 'we' hiding the candidate's role, 'I helped'",
    ),
    Dimension(
        "action_specificity", "Action specificity", 25,
        "concrete actions: what was examined, what was found, what was changed",
        "vague verbs such as 'worked on', 'helped with', 'looked into things'",
    ),
    Dimension(
        "quantified_impact", "Quantified impact", 20,
        "numbers tied to the customer or business result, ideally before and after",
        "results without numbers ('significantly', 'a lot') or numbers unrelated to the result",
    ),
    Dimension(
        "self_awareness", "Self-awareness", 10,
        "a lesson, what they would do differently, how they made the fix last",
        "no reflection at all",
    ),
)

DIMENSION_IDS: tuple[str, ...] = tuple(d.id for d in DIMENSIONS)
DIMENSION_MAX: dict[str, int] = {d.id: d.max for d in DIMENSIONS}
TOTAL_MAX: int = sum(DIMENSION_MAX.values())

# Highest band first: a total belongs to the first band whose floor it reaches.
BANDS: tuple[tuple[str, int], ...] = (
    ("Strong Hire", 85),
    ("Hire", 70),
    ("Lean No Hire", 50),
    ("No Hire", 0),
)
BAND_NAMES: tuple[str, ...] = tuple(name for name, _ in BANDS)

MARKER_KINDS: tuple[str, ...] = ("auto_fail", "penalty", "signal")

# An auto-fail marker caps ownership here and forces the lowest band.
AUTO_FAIL_OWNERSHIP_CAP: int = 1
AUTO_FAIL_BAND: str = "No Hire"

# Words a minute used for the speaking-time estimate.
SPEAKING_WPM: int = 150

PRINCIPLES: tuple[Principle, ...] = (
    Principle("customer-obsession", "Customer Obsession"),
    Principle("ownership", "Ownership"),
    Principle("invent-and-simplify", "Invent and Simplify"),
    Principle("are-right-a-lot", "Are Right, A Lot"),
    Principle("learn-and-be-curious", "Learn and Be Curious"),
    Principle("hire-and-develop-the-best", "Hire and Develop the Best"),
    Principle("insist-on-the-highest-standards", "Insist on the Highest Standards"),
    Principle("think-big", "Think Big"),
    Principle("bias-for-action", "Bias for Action"),
    Principle("frugality", "Frugality"),
    Principle("earn-trust", "Earn Trust"),
    Principle("dive-deep", "Dive Deep"),
    Principle("have-backbone-disagree-and-commit", "Have Backbone; Disagree and Commit"),
    Principle("deliver-results", "Deliver Results"),
    Principle("strive-to-be-earths-best-employer", "Strive to be Earth's Best Employer"),
    Principle("success-and-scale-bring-broad-responsibility", "Success and Scale Bring Broad Responsibility"),
)

PRINCIPLE_IDS: tuple[str, ...] = tuple(p.id for p in PRINCIPLES)
PRINCIPLE_TITLES: dict[str, str] = {p.id: p.title for p in PRINCIPLES}


def band_for(total: int, auto_fail: bool = False) -> str:
    """The band a total earns; any auto-fail marker forces the lowest band."""
    if auto_fail:
        return AUTO_FAIL_BAND
    for name, floor in BANDS:
        if total >= floor:
            return name
    return BANDS[-1][0]
