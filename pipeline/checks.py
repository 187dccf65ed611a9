"""Semantic checks over loaded content: ids, references, quotes, scores, quizzes.

Each check is a small function over the loaded principles that adds located
problems; `run_all` runs them all so an author sees every error at once.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Callable, Iterable

from scorer import rubric

from . import quizshare
from .models import Candidate, Principle
from .problems import Problems

# The judgement checks below (quiz longest-option share, invented numbers in
# fix-its, marker ids the scorer knows, drills on every exercise) report only
# warnings while this is False, because the content written before them fails
# them. The content rewrite turns it on, and from then on they fail the build.
STRICT_CONTENT_CHECKS = False

DIFFICULTIES = ("easy", "medium", "hard")
# What every principle that has content must offer (the site's promise to readers).
MINIMUM_EXERCISES = 2
MINIMUM_FIXITS = 2
MINIMUM_QUIZ = 10
MINIMUM_PER_DIFFICULTY = 3
CANDIDATE_LABELS = ("A", "B")
MARKER_ID = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")
DRILLS_PER_EXERCISE = (3, 5)
# Marker ids the contract fixes, valid even if the scorer's rule table names them differently.
FIXED_MARKER_IDS = ("manager_directed", "collective_language", "off_principle")
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")

Check = Callable[[list[Principle], Problems], None]


def check_identity(principles: list[Principle], problems: Problems) -> None:
    for p in principles:
        doc = p.doc
        if doc.id not in rubric.PRINCIPLE_TITLES:
            problems.add(doc.loc.file, doc.loc.of("id"),
                         f"unknown principle id '{doc.id}'; valid ids: {', '.join(rubric.PRINCIPLE_IDS)}")
        elif doc.title != rubric.PRINCIPLE_TITLES[doc.id]:
            problems.add(doc.loc.file, doc.loc.of("title"),
                         f"title '{doc.title}' differs from the rubric's '{rubric.PRINCIPLE_TITLES[doc.id]}'")
        folder = doc.loc.file.replace("\\", "/").split("/")[-2]
        if doc.id != folder:
            problems.add(doc.loc.file, doc.loc.of("id"), f"id '{doc.id}' does not match its folder '{folder}'")


def _all_ids(principles: list[Principle]) -> Iterable[tuple[str, str, int, str]]:
    for p in principles:
        for q in p.doc.questions:
            yield q.id, q.loc.file, q.loc.of("id"), "question"
        for f in p.doc.fixits:
            yield f.id, f.loc.file, f.loc.of("id"), "fix-it"
        for e in p.evaluate.exercises:
            yield e.id, e.loc.file, e.loc.of("id"), "exercise"
        for q in p.quiz.questions:
            yield q.id, q.loc.file, q.loc.of("id"), "quiz question"


def check_unique_ids(principles: list[Principle], problems: Problems) -> None:
    first_seen: dict[str, tuple[str, int]] = {}
    for ident, file, line, kind in _all_ids(principles):
        if ident in first_seen:
            other_file, other_line = first_seen[ident]
            problems.add(file, line, f"duplicate id '{ident}' ({kind}); first used at {other_file}:{other_line}")
        else:
            first_seen[ident] = (file, line)


def check_references(principles: list[Principle], problems: Problems) -> None:
    for p in principles:
        lesson = p.doc.lesson
        for index, related in enumerate(lesson.related):
            line = lesson.loc.item("related", index)
            if related not in rubric.PRINCIPLE_TITLES:
                problems.add(lesson.loc.file, line,
                             f"related principle '{related}' does not exist; valid ids: {', '.join(rubric.PRINCIPLE_IDS)}")
            elif related == p.id:
                problems.add(lesson.loc.file, line, "a principle cannot be related to itself")
        question_ids = {q.id for q in p.doc.questions}
        for exercise in p.evaluate.exercises:
            if exercise.question not in question_ids:
                known = ", ".join(sorted(question_ids)) or "none"
                problems.add(exercise.loc.file, exercise.loc.of("question"),
                             f"exercise '{exercise.id}' refers to question '{exercise.question}', "
                             f"which {p.id}/principle.yaml does not define (known: {known})")


def _check_dimension(name: str, file: str, line: int, problems: Problems) -> bool:
    if name not in rubric.DIMENSION_MAX:
        problems.add(file, line, f"unknown dimension '{name}'; valid: {', '.join(rubric.DIMENSION_IDS)}")
        return False
    return True


def _check_candidate(exercise_id: str, c: Candidate, problems: Problems) -> None:
    file, where = c.loc.file, f"exercise '{exercise_id}' candidate {c.label}"
    scores_line = c.loc.of("scores")
    for name in c.scores:
        _check_dimension(name, file, c.loc.entry("scores", name), problems)
    for name in rubric.DIMENSION_IDS:
        if name not in c.scores:
            problems.add(file, scores_line, f"{where}: scores is missing dimension '{name}'")
        elif not 0 <= c.scores[name] <= rubric.DIMENSION_MAX[name]:
            problems.add(file, c.loc.entry("scores", name), f"{where}: {name} score {c.scores[name]} is outside 0..{rubric.DIMENSION_MAX[name]}")
    summed = sum(c.scores.get(name, 0) for name in rubric.DIMENSION_IDS)
    if c.total != summed:
        problems.add(file, c.loc.of("total"), f"{where}: total {c.total} is not the sum of its scores ({summed})")
    expected_band = rubric.band_for(c.total, c.auto_fail)
    if c.band not in rubric.BAND_NAMES:
        problems.add(file, c.loc.of("band"), f"{where}: unknown band '{c.band}'; valid: {', '.join(rubric.BAND_NAMES)}")
    elif c.band != expected_band:
        reason = "an auto-fail marker forces" if c.auto_fail else f"a total of {c.total} gives"
        problems.add(file, c.loc.of("band"), f"{where}: band '{c.band}' does not follow from the rubric: {reason} '{expected_band}'")
    cap = rubric.AUTO_FAIL_OWNERSHIP_CAP
    if c.auto_fail and c.scores.get("ownership_signal", 0) > cap:
        problems.add(file, c.loc.entry("scores", "ownership_signal"), f"{where}: an auto-fail marker caps ownership_signal at {cap}, "
                                        f"not {c.scores['ownership_signal']}")
    for marker in c.markers:
        if not MARKER_ID.fullmatch(marker.id):
            problems.add(file, marker.loc.of("id"), f"marker id '{marker.id}' must be snake_case")
        if marker.kind not in rubric.MARKER_KINDS:
            problems.add(file, marker.loc.of("kind"), f"unknown marker kind '{marker.kind}'; valid: {', '.join(rubric.MARKER_KINDS)}")
        _check_dimension(marker.dimension, file, marker.loc.of("dimension"), problems)
    for quoted in [*c.markers, *c.evidence]:
        if quoted.quote not in c.answer:
            problems.add(file, quoted.loc.of("quote"),
                         f"{where}: quote \"{quoted.quote}\" does not appear verbatim in the answer it cites")
    for item in c.evidence:
        _check_dimension(item.dimension, file, item.loc.of("dimension"), problems)


def check_exercises(principles: list[Principle], problems: Problems) -> None:
    for p in principles:
        for exercise in p.evaluate.exercises:
            labels = [c.label for c in exercise.candidates]
            if sorted(labels) != list(CANDIDATE_LABELS):
                problems.add(exercise.loc.file, exercise.loc.of("candidates"),
                             f"exercise '{exercise.id}' needs exactly two candidates labelled A and B, "
                             f"not {', '.join(labels) or 'none'}")
            if exercise.minutes <= 0:
                problems.add(exercise.loc.file, exercise.loc.of("minutes"), "minutes must be positive")
            for candidate in exercise.candidates:
                _check_candidate(exercise.id, candidate, problems)


def check_fixits(principles: list[Principle], problems: Problems) -> None:
    for p in principles:
        for fixit in p.doc.fixits:
            _check_dimension(fixit.dimension, fixit.loc.file, fixit.loc.of("dimension"), problems)
            if fixit.before.strip() == fixit.after.strip():
                problems.add(fixit.loc.file, fixit.loc.of("after"), f"fix-it '{fixit.id}': after is the same as before")


def check_quiz(principles: list[Principle], problems: Problems) -> None:
    for p in principles:
        for q in p.quiz.questions:
            file = q.loc.file
            if q.difficulty not in DIFFICULTIES:
                problems.add(file, q.loc.of("difficulty"),
                             f"quiz question '{q.id}': difficulty '{q.difficulty}' must be one of {', '.join(DIFFICULTIES)}")
            if len(q.options) < 2:
                problems.add(file, q.loc.of("options"), f"quiz question '{q.id}' needs at least two options, not {len(q.options)}")
            if q.answer not in q.options:
                problems.add(file, q.loc.of("answer"),
                             f"quiz question '{q.id}': answer '{q.answer}' is not among its options ({', '.join(q.options) or 'none'})")
            repeated = [text for text, n in Counter(t.strip().lower() for t in q.options.values()).items() if n > 1]
            if repeated:
                problems.add(file, q.loc.of("options"), f"quiz question '{q.id}' repeats an option: '{repeated[0]}'")


def check_minimums(principles: list[Principle], problems: Problems) -> None:
    for p in principles:
        if not p.complete:
            continue  # an item with a shape error was dropped; its count would mislead
        if len(p.evaluate.exercises) < MINIMUM_EXERCISES:
            problems.add(p.evaluate.loc.file, p.evaluate.loc.of("exercises"),
                         f"{p.id} has {len(p.evaluate.exercises)} exercise(s); at least {MINIMUM_EXERCISES} are needed")
        if len(p.doc.fixits) < MINIMUM_FIXITS:
            problems.add(p.doc.loc.file, p.doc.loc.of("fixits"),
                         f"{p.id} has {len(p.doc.fixits)} fix-it(s); at least {MINIMUM_FIXITS} are needed")
        counts = Counter(q.difficulty for q in p.quiz.questions)
        if len(p.quiz.questions) < MINIMUM_QUIZ:
            problems.add(p.quiz.loc.file, p.quiz.loc.of("questions"),
                         f"{p.id} has {len(p.quiz.questions)} quiz questions; at least {MINIMUM_QUIZ} are needed")
        for level in DIFFICULTIES:
            if counts[level] < MINIMUM_PER_DIFFICULTY:
                problems.add(p.quiz.loc.file, p.quiz.loc.of("questions"),
                             f"{p.id} has {counts[level]} {level} quiz question(s); at least {MINIMUM_PER_DIFFICULTY} are needed")


def _judged(problems: Problems) -> Callable[[str, int, str], None]:
    """Where a judgement check reports: an error once the content is strict, a warning until then."""
    return problems.add if STRICT_CONTENT_CHECKS else problems.warn


def check_quiz_longest_share(principles: list[Principle], problems: Problems) -> None:
    share = quizshare.measure(principles)
    if share.exceeded:
        worst = share.worst(1)[0]
        _judged(problems)(worst.file, worst.line,
                          f"{share.describe()}; make distractors as specific and as long as the answer")


def numbers_in(text: str) -> set[str]:
    """The figures in a text, normalised so "1,200" and "1200" are the same figure."""
    return {match.replace(",", "") for match in NUMBER.findall(text)}


def check_invented_numbers(principles: list[Principle], problems: Problems) -> None:
    report = _judged(problems)
    for p in principles:
        for fixit in p.doc.fixits:
            added = sorted(numbers_in(fixit.after) - numbers_in(fixit.before), key=lambda n: (len(n), n))
            if added and not fixit.needs_real_figure:
                report(fixit.loc.file, fixit.loc.of("after"),
                       f"fix-it '{fixit.id}': the rewrite adds {', '.join(added)}, which the original does not contain; "
                       "a rewrite may only reword what is there, or set needs_real_figure: true and say in the why "
                       "that the reader must supply their real figure")


def scorer_marker_ids() -> frozenset[str] | None:
    """Every marker id the scorer can emit, or None when its rule table cannot be read."""
    try:
        from scorer.rules import RULES
    except Exception:  # the scorer is replaceable; without its table this check has nothing to compare
        return None
    return frozenset(rule.id for rule in RULES) | frozenset(FIXED_MARKER_IDS)


def check_marker_ids(principles: list[Principle], problems: Problems) -> None:
    known = scorer_marker_ids()
    if known is None:
        return
    report = _judged(problems)
    for p in principles:
        for exercise in p.evaluate.exercises:
            for c in exercise.candidates:
                for marker in c.markers:
                    if marker.id not in known and MARKER_ID.fullmatch(marker.id):
                        report(c.loc.file, marker.loc.of("id"),
                               f"exercise '{exercise.id}' candidate {c.label}: marker id '{marker.id}' is not a rule of "
                               f"the scorer{_nearest_id(marker.id, known)}")


def _nearest_id(name: str, known: frozenset[str]) -> str:
    import difflib

    match = difflib.get_close_matches(name, sorted(known), n=1)
    return f" (did you mean '{match[0]}'?)" if match else ""


def check_drills(principles: list[Principle], problems: Problems) -> None:
    low, high = DRILLS_PER_EXERCISE
    for p in principles:
        for exercise in p.evaluate.exercises:
            count = len(exercise.drills)
            if count == 0:
                _judged(problems)(exercise.loc.file, exercise.loc.of("id"),
                                  f"exercise '{exercise.id}' has no follow-up drills; give it {low} to {high}")
            elif not low <= count <= high:
                problems.add(exercise.loc.file, exercise.loc.of("drills"),
                             f"exercise '{exercise.id}' has {count} drill(s); give it {low} to {high}")


CHECKS: tuple[Check, ...] = (
    check_identity,
    check_unique_ids,
    check_references,
    check_exercises,
    check_fixits,
    check_quiz,
    check_minimums,
    check_quiz_longest_share,
    check_invented_numbers,
    check_marker_ids,
    check_drills,
)


def run_all(principles: list[Principle], problems: Problems) -> None:
    for check in CHECKS:
        check(principles, problems)
