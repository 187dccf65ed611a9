"""The consistency gate: the scorer and the authored content must not tell a reader opposite things.

Content and scorer are two judges of the same answers: the content is a Bar
Raiser's judgement, the scorer a model fitted to blind raters, not to the
content. The gate fails the build (with file and line) only where the two
disagree about the verdict a reader takes away:

- the scorer auto-fails an answer the author did not (the reader would see a
  good answer called No Hire);
- the bands are two or more apart;
- a fix-it's rewrite scores lower than its original.

Smaller differences (one band, a dimension more than TOLERANCE points apart,
a fix-it that does not gain) are expected between two judges and are reported
as notes, not errors, so neither side is tuned to the other. An authored
auto-fail on assigned work that the scorer reads as a penalty (the candidate
went beyond the ask) is a note too: the assigned-work policy weighs such
answers instead of failing them, and the content is re-keyed to it.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from scorer import rubric

from .models import Principle
from .problems import Problems

SCORER_DIR = Path(__file__).resolve().parent.parent / "scorer"

# Points a computed dimension may differ from the authored one before a note is written:
# a fifth of the largest dimension, below the width of any band.
TOLERANCE = 6
BAND_ERROR_DISTANCE = 2

# Notes from the last run, for the build's report (file, line, message).
NOTES: list[tuple[str, int, str]] = []


def _band_distance(a: str, b: str) -> int:
    return abs(rubric.BAND_NAMES.index(a) - rubric.BAND_NAMES.index(b))


def _initiative_questions(p: Principle) -> set[str]:
    return {q.id for q in p.doc.questions if getattr(q, "initiative", False)}


def _authored_assignment(c) -> bool:
    return any(m.id == "manager_directed" for m in c.markers)


def check_answers(principles: list[Principle], problems: Problems, tolerance: int = TOLERANCE) -> None:
    from scorer import score  # the engine loads only when the gate really runs

    for p in principles:
        initiative = _initiative_questions(p)
        for exercise in p.evaluate.exercises:
            for c in exercise.candidates:
                result = score(c.answer, p.id, exercise.question in initiative).to_dict()
                where = f"exercise '{exercise.id}' candidate {c.label}"
                file, answer_line = c.loc.file, c.loc.of("answer")
                policy_note = c.auto_fail and not result["auto_fail"] and _authored_assignment(c)
                if result["auto_fail"] and not c.auto_fail:
                    problems.add(file, answer_line, f"{where}: the scorer finds an auto-fail that the author did not mark")
                elif c.auto_fail and not result["auto_fail"]:
                    message = (f"{where}: authored auto-fail on assigned work; the scorer weighs what was done beyond it "
                               f"({result['total']}, {result['band']})")
                    if policy_note:
                        NOTES.append((str(file), answer_line, message))
                    else:
                        problems.add(file, answer_line, f"{where}: the scorer does not find the auto-fail the author marked")
                distance = _band_distance(result["band"], c.band)
                message = f"{where}: the scorer gives {result['total']} ({result['band']}), authored {c.total} ({c.band})"
                if distance >= BAND_ERROR_DISTANCE and not policy_note and not result["auto_fail"]:
                    problems.add(file, c.loc.of("band"), message)
                elif distance:
                    NOTES.append((str(file), c.loc.of("band"), message))
                for dim in rubric.DIMENSION_IDS:
                    computed, authored = result["dimensions"][dim]["score"], c.scores.get(dim, 0)
                    if abs(computed - authored) > tolerance:
                        NOTES.append((str(file), c.loc.entry("scores", dim),
                                      f"{where}: {dim} authored {authored}, the scorer gives {computed}"))


def check_fixits(principles: list[Principle], problems: Problems) -> None:
    from scorer import score

    for p in principles:
        for fixit in p.doc.fixits:
            before, after = score(fixit.before, p.id).total, score(fixit.after, p.id).total
            message = f"fix-it '{fixit.id}': the rewrite scores {after}, the original {before}"
            if after < before:
                problems.add(fixit.loc.file, fixit.loc.of("after"), message + " (lower)")
            elif after == before:
                NOTES.append((str(fixit.loc.file), fixit.loc.of("after"), message + " (no gain)"))


def run(principles: list[Principle], problems: Problems) -> None:
    NOTES.clear()
    check_answers(principles, problems)
    check_fixits(principles, problems)
    for file, line, message in NOTES:
        problems.warn(file, line, f"gate note: {message}")


def inputs_digest(content_dir: Path) -> str:
    """A hash of everything the gate's verdict depends on: content, scorer (code and data), this module."""
    digest = hashlib.sha256()
    files = (sorted(content_dir.rglob("*.yaml")) + sorted(SCORER_DIR.rglob("*.py"))
             + sorted((SCORER_DIR / "data").glob("*")) + [Path(__file__)])
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
