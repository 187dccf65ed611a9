"""The judgement checks: quiz longest-option share, invented numbers, marker ids, drills.

Each failing fixture must name the file and the line. With the strict switch
off (as for the content written before these checks) they only warn.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline import checks, quizshare
from pipeline.content import load_content
from pipeline.models import QuizQuestion
from tests.conftest import FIXTURE_CONTENT, run_build

PRINCIPLE = "principles/ownership/principle.yaml"
EVALUATE = "principles/ownership/evaluate.yaml"
QUIZ = "principles/ownership/quiz.yaml"

DRILLS = """    drills:
      - question: How did you measure it?
        weak: It felt faster.
        strong: "I don't have the exact number: roughly a fifth of runs, measured by the failure dashboard."
        why: A rough figure with its source beats a guess.
      - question: Who asked you to do this?
        weak: My manager.
        strong: Nobody; I saw the reruns in the logs.
        why: It shows where the work came from.
      - question: What would you do differently?
        weak: Nothing.
        strong: Check shared state first.
        why: A lesson shows self-awareness.
"""


def _line_of(text: str, anchor: str) -> int:
    return text.count("\n", 0, text.index(anchor)) + 1


@pytest.fixture
def strict(monkeypatch):
    monkeypatch.setattr(checks, "STRICT_CONTENT_CHECKS", True)


def _edit(content: Path, file: str, old: str, new: str) -> str:
    path = content / file
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture no longer contains {old!r}"
    text = text.replace(old, new, 1)
    path.write_text(text, encoding="utf-8")
    return text


def _with_drills(content: Path) -> None:
    """Give both fixture exercises drills, so only the rule under test can fire."""
    path = content / EVALUATE
    text = path.read_text(encoding="utf-8")
    text = text.replace("    notes: |", DRILLS + "    notes: |")
    path.write_text(text, encoding="utf-8")


def _located(problems, words: str) -> list[tuple[str, int]]:
    return [(p.file, p.line) for p in problems if words in p.message]


def test_longest_option_share_fails_with_file_line_naming_the_worst_quiz(content_copy, strict):
    problems = load_content(content_copy).problems
    text = (content_copy / QUIZ).read_text()
    assert _located(problems.sorted(), "strictly the longest in 10 of 10") == [(f"content/{QUIZ}", _line_of(text, "- id: own-q01"))]
    assert any("worst: ownership 10/10" in p.message for p in problems)


def test_longest_option_share_counts_only_a_strictly_longest_answer():
    def q(options, answer="A"):
        return QuizQuestion("x", "easy", "stem", options, answer, ["s"], "h", ["m"])

    assert quizshare.answer_is_longest(q({"A": "a longer one", "B": "short"}))
    assert not quizshare.answer_is_longest(q({"A": "same", "B": "same"}))  # a tie gives nothing away
    assert not quizshare.answer_is_longest(q({"A": "short", "B": "a longer one"}))


def test_check_prints_the_share_and_lists_warnings_with_file_line():
    result = run_build("--content", str(FIXTURE_CONTENT), "check")
    assert result.returncode == 0
    assert "Quiz longest-option share: the correct option is strictly the longest in 10 of 10" in result.stdout
    assert "worst: ownership 10/10" in result.stdout
    assert f"content/{PRINCIPLE}:30: warning: fix-it 'own-fix-number'" in result.stderr
    # --json keeps exactly the contract's keys
    assert set(json.loads(run_build("--content", str(FIXTURE_CONTENT), "check", "--json").stdout)) == {"principles", "errors"}


def test_invented_number_in_a_fixit_is_located(content_copy, strict):
    text = (content_copy / PRINCIPLE).read_text()
    found = _located(load_content(content_copy).problems.sorted(), "fix-it 'own-fix-number': the rewrite adds 12, 40")
    assert found == [(f"content/{PRINCIPLE}", _line_of(text, 'after: "I cut the build from 40'))]


def test_needs_real_figure_allows_a_new_number(content_copy, strict):
    _edit(content_copy, PRINCIPLE, "    why: Numbers make a result checkable.",
          "    why: Numbers make a result checkable; put in your own real figure.\n    needs_real_figure: true")
    assert not _located(load_content(content_copy).problems, "the rewrite adds")


def test_rewording_with_the_same_numbers_passes(content_copy, strict):
    _edit(content_copy, PRINCIPLE, 'before: "The build got much faster."', 'before: "The build went from 40 to 12 minutes."')
    assert not _located(load_content(content_copy).problems, "the rewrite adds")


def test_unknown_marker_id_is_located(content_copy, strict):
    text = _edit(content_copy, EVALUATE, "- id: self_initiated", "- id: self_started")
    found = _located(load_content(content_copy).problems.sorted(), "marker id 'self_started' is not a rule of the scorer")
    assert found == [(f"content/{EVALUATE}", _line_of(text, "- id: self_started"))]


def test_marker_check_is_skipped_when_the_scorer_rules_cannot_be_read(content_copy, strict, monkeypatch):
    _edit(content_copy, EVALUATE, "- id: self_initiated", "- id: self_started")
    monkeypatch.setattr(checks, "scorer_marker_ids", lambda: None)
    assert not _located(load_content(content_copy).problems, "not a rule of the scorer")


def test_drills_are_read_and_counted(content_copy, strict):
    _with_drills(content_copy)
    content = load_content(content_copy)
    assert not _located(content.problems, "drill")
    exercise = content.by_id()["ownership"].evaluate.exercises[0]
    assert [d.question for d in exercise.drills][0] == "How did you measure it?"


def test_a_drill_missing_a_field_is_located(content_copy):
    text = _edit(content_copy, EVALUATE, "    notes: |",
                 "    drills:\n      - question: How did you measure it?\n        weak: It felt faster.\n        why: x\n    notes: |")
    found = _located(load_content(content_copy).problems.sorted(), "missing required key 'strong'")
    assert found == [(f"content/{EVALUATE}", _line_of(text, "- question: How did you measure it?"))]


def test_level_note_and_needs_real_figure_are_typed(content_copy):
    text = _edit(content_copy, EVALUATE, "    level: SDE 2", "    level: SDE 2\n    level_note: [oops]")
    found = _located(load_content(content_copy).problems.sorted(), "level_note must be text")
    assert found == [(f"content/{EVALUATE}", _line_of(text, "level_note:"))]


def test_exercise_without_drills_is_reported_when_strict(content_copy, strict):
    text = (content_copy / EVALUATE).read_text()
    found = _located(load_content(content_copy).problems.sorted(), "'own-ex-one' has no follow-up drills")
    assert found == [(f"content/{EVALUATE}", _line_of(text, "- id: own-ex-one"))]


def test_judgement_checks_only_warn_until_the_content_is_strict(content_copy):
    assert checks.STRICT_CONTENT_CHECKS is False  # the content rewrite turns it on
    _edit(content_copy, EVALUATE, "- id: self_initiated", "- id: self_started")
    problems = load_content(content_copy).problems
    assert not problems
    messages = [w.message for w in problems.warnings]
    assert any("strictly the longest" in m for m in messages)
    assert any("the rewrite adds" in m for m in messages)
    assert any("self_started" in m for m in messages)
