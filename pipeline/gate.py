"""The consistency gate: the scorer must agree with every authored score.

Content and scorer are two independent judges of the same answers. The build
runs the scorer on every Evaluate answer and every fix-it, and fails (with file
and line) where they disagree beyond the tolerance, so neither can drift.
"""

from __future__ import annotations

from scorer import rubric, score

from .models import Principle
from .problems import Problems

# Points a computed dimension may differ from the authored one. Two trained
# Bar Raisers scoring the same answer typically differ by a few points per
# dimension; 6 is a fifth of the largest dimension (30) and below the width of
# any band (15 points), so a disagreement this size never hides a band change.
TOLERANCE = 6


def check_answers(principles: list[Principle], problems: Problems, tolerance: int = TOLERANCE) -> None:
    for p in principles:
        for exercise in p.evaluate.exercises:
            for c in exercise.candidates:
                result = score(c.answer, p.id).to_dict()
                where = f"exercise '{exercise.id}' candidate {c.label}"
                file, answer_line = c.loc.file, c.loc.of("answer")
                if result["auto_fail"] != c.auto_fail:
                    problems.add(file, answer_line,
                                 f"{where}: the scorer {'finds' if result['auto_fail'] else 'does not find'} an auto-fail "
                                 f"that the author {'did not mark' if result['auto_fail'] else 'marked'}")
                if result["band"] != c.band:
                    problems.add(file, c.loc.of("band"),
                                 f"{where}: the scorer gives {result['total']} ({result['band']}), authored {c.total} ({c.band})")
                for dim in rubric.DIMENSION_IDS:
                    computed, authored = result["dimensions"][dim]["score"], c.scores.get(dim, 0)
                    if abs(computed - authored) > tolerance:
                        problems.add(file, c.loc.entry("scores", dim),
                                     f"{where}: {dim} authored {authored}, the scorer gives {computed} "
                                     f"(tolerance {tolerance})")


def check_fixits(principles: list[Principle], problems: Problems) -> None:
    for p in principles:
        for fixit in p.doc.fixits:
            before, after = score(fixit.before, p.id).total, score(fixit.after, p.id).total
            if after <= before:
                problems.add(fixit.loc.file, fixit.loc.of("after"),
                             f"fix-it '{fixit.id}': the rewrite scores {after}, not higher than the original's {before}")


def run(principles: list[Principle], problems: Problems) -> None:
    check_answers(principles, problems)
    check_fixits(principles, problems)
