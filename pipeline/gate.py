"""The consistency gate: the scorer must agree with every authored score.

Content and scorer are two independent judges of the same answers. The build
runs the scorer on every Evaluate answer and every fix-it, and fails (with file
and line) where they disagree beyond the tolerance, so neither can drift.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from scorer import rubric

from .models import Principle
from .problems import Problems

SCORER_DIR = Path(__file__).resolve().parent.parent / "scorer"

# Points a computed dimension may differ from the authored one. Two trained
# Bar Raisers scoring the same answer typically differ by a few points per
# dimension; 6 is a fifth of the largest dimension (30) and below the width of
# any band (15 points), so a disagreement this size never hides a band change.
TOLERANCE = 6


def check_answers(principles: list[Principle], problems: Problems, tolerance: int = TOLERANCE) -> None:
    from scorer import score  # the engine loads only when the gate really runs

    for p in principles:
        premise = {q.id: q.initiative for q in p.doc.questions}
        for exercise in p.evaluate.exercises:
            initiative = premise.get(exercise.question, False)  # scored as the exercise's question asks
            for c in exercise.candidates:
                result = score(c.answer, p.id, initiative=initiative).to_dict()
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
    from scorer import score

    for p in principles:
        for fixit in p.doc.fixits:
            before, after = score(fixit.before, p.id).total, score(fixit.after, p.id).total
            if after <= before:
                problems.add(fixit.loc.file, fixit.loc.of("after"),
                             f"fix-it '{fixit.id}': the rewrite scores {after}, not higher than the original's {before}")


def run(principles: list[Principle], problems: Problems) -> None:
    check_answers(principles, problems)
    check_fixits(principles, problems)


def inputs_digest(content_dir: Path) -> str:
    """A hash of everything the gate's verdict depends on: content, scorer, this module."""
    digest = hashlib.sha256()
    files = sorted(content_dir.rglob("*.yaml")) + sorted(SCORER_DIR.rglob("*.py")) + [Path(__file__)]
    for path in files:
        digest.update(str(path.relative_to(path.anchor)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def run_cached(principles: list[Principle], problems: Problems, content_dir: Path, stamp: Path | None) -> None:
    """Run the gate unless it already passed on exactly these inputs (recorded in `stamp`)."""
    digest = inputs_digest(content_dir) if stamp is not None else ""
    if stamp is not None and stamp.is_file() and stamp.read_text() == digest:
        return
    before = len(problems)
    run(principles, problems)
    if stamp is not None and len(problems) == before:
        stamp.parent.mkdir(parents=True, exist_ok=True)
        stamp.write_text(digest)
