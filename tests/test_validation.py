"""One broken fixture per validation rule: each error names the file, the line and the problem."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.content import load_content

PRINCIPLE = "principles/ownership/principle.yaml"
EVALUATE = "principles/ownership/evaluate.yaml"
QUIZ = "principles/ownership/quiz.yaml"

# (rule, file, text to replace (first occurrence), replacement, line anchor in the broken file, expected words)
CASES = [
    ("yaml syntax", PRINCIPLE, "summary: Act for", "summary: [Act for", "lesson:", "YAML syntax error"),
    ("unknown key", PRINCIPLE, "summary:", "sumary:", "sumary:", "unknown key 'sumary' in principle (did you mean 'summary'?)"),
    ("wrong type", EVALUATE, "minutes: 3", "minutes: three", "minutes: three", "minutes must be a number, not str 'three'"),
    ("wrong type: list", PRINCIPLE, "coaching:\n  - Say", "coaching: Say\nx_coaching:\n  - Say", "coaching: Say", "coaching must be a list"),
    ("missing field", QUIZ, "    hint: Who started it?\n", "", "- id: own-q01", "missing required key 'hint'"),
    ("duplicate id", QUIZ, "id: own-q02", "id: own-q01", "id: own-q01\n    difficulty: easy\n    stem: Which phrase shows ownership? (2)",
     "duplicate id 'own-q01'"),
    ("duplicate yaml key", PRINCIPLE, "summary: Act", "title: Ownership\nsummary: Act", "title: Ownership\nsummary", "duplicate key 'title'"),
    ("unknown principle reference", PRINCIPLE, "- deliver-results", "- deliver-result", "- deliver-result", "related principle 'deliver-result' does not exist"),
    ("unknown question reference", EVALUATE, "question: own-unowned", "question: own-unknown", "question: own-unknown",
     "refers to question 'own-unknown'"),
    ("quote not verbatim", EVALUATE, 'quote: "My manager asked me to look at the flaky build"',
     'quote: "my manager suggested I look into this since I had bandwidth"', "quote: \"my manager suggested",
     "does not appear verbatim in the answer it cites"),
    ("evidence not verbatim", EVALUATE, 'quote: "from 20% to 0.5%"', 'quote: "from 20% to 0.4%"', 'quote: "from 20% to 0.4%"',
     "does not appear verbatim"),
    ("score out of range", EVALUATE, "ownership_signal: 28", "ownership_signal: 31", "ownership_signal: 31",
     "ownership_signal score 31 is outside 0..30"),
    ("total not the sum", EVALUATE, "total: 93", "total: 95", "total: 95", "total 95 is not the sum of its scores (93)"),
    ("band does not follow", EVALUATE, "band: Strong Hire", "band: Hire", "band: Hire", "band 'Hire' does not follow from the rubric"),
    ("auto-fail band", EVALUATE, "kind: signal", "kind: auto_fail", "band: Strong Hire", "an auto-fail marker forces 'No Hire'"),
    ("auto-fail ownership cap", EVALUATE, "kind: signal", "kind: auto_fail", "ownership_signal: 28",
     "caps ownership_signal at 1, not 28"),
    ("unknown marker kind", EVALUATE, "kind: penalty", "kind: warning", "kind: warning", "unknown marker kind 'warning'"),
    ("unknown dimension", EVALUATE, "dimension: quantified_impact\n            quote", "dimension: impact\n            quote",
     "dimension: impact", "unknown dimension 'impact'"),
    ("answer not among options", QUIZ, "answer: B", "answer: E", "answer: E", "answer 'E' is not among its options (A, B, C)"),
    ("fewer than two options", QUIZ, "      B: Nobody asked, so I did it.\n      C: We did it.\n    answer: B",
     "    answer: A", "A: My manager asked me.", "needs at least two options, not 1"),
    ("unknown difficulty", QUIZ, "difficulty: easy", "difficulty: trivial", "difficulty: trivial", "difficulty 'trivial' must be one of"),
    ("id does not match folder", PRINCIPLE, "id: ownership", "id: dive-deep", "id: dive-deep", "does not match its folder 'ownership'"),
    ("title differs from rubric", PRINCIPLE, "title: Ownership", "title: Owner Ship", "title: Owner Ship", "differs from the rubric's 'Ownership'"),
    ("initiative not a boolean", PRINCIPLE, "text: Tell me about a problem you fixed that was not yours.",
     "text: Tell me about a problem you fixed that was not yours.\n    initiative: sometimes", "initiative: sometimes",
     "initiative must be true or false, not str 'sometimes'"),
    ("too few quiz questions", QUIZ, "  - id: own-q10", "  - id: own-q10\n    extra: 1", "extra: 1", "unknown key 'extra'"),
]


def _line_of(text: str, anchor: str) -> int:
    index = text.index(anchor)
    return text.count("\n", 0, index) + 1 + (len(anchor) - len(anchor.lstrip("\n")))


@pytest.mark.parametrize("rule,file,old,new,anchor,words", CASES, ids=[c[0] for c in CASES])
def test_each_rule_reports_file_line_and_problem(content_copy: Path, rule, file, old, new, anchor, words):
    path = content_copy / file
    original = path.read_text()
    assert old in original, f"fixture no longer contains {old!r}"
    broken = original.replace(old, new, 1)
    path.write_text(broken)
    problems = load_content(content_copy).problems.sorted()
    expected_file = f"content/{file}"
    expected_line = _line_of(broken, anchor)
    matching = [p for p in problems if words in p.message]
    assert matching, f"no problem mentions {words!r}; got: {[str(p) for p in problems]}"
    assert any(p.file == expected_file and p.line == expected_line for p in matching), \
        f"expected {expected_file}:{expected_line}, got {[str(p) for p in matching]}"


def test_valid_fixture_has_no_problems():
    from tests.conftest import FIXTURE_CONTENT

    assert not load_content(FIXTURE_CONTENT).problems


def test_every_error_is_reported_at_once(content_copy: Path):
    quiz = content_copy / QUIZ
    quiz.write_text(quiz.read_text().replace("answer: B", "answer: E").replace("difficulty: hard", "difficulty: brutal", 1))
    evaluate = content_copy / EVALUATE
    evaluate.write_text(evaluate.read_text().replace("total: 93", "total: 95"))
    messages = [p.message for p in load_content(content_copy).problems.sorted()]
    assert sum("not among its options" in m for m in messages) == 10
    assert any("brutal" in m for m in messages) and any("total 95" in m for m in messages)


def test_minimum_counts_are_enforced(content_copy: Path):
    quiz = content_copy / QUIZ
    text = quiz.read_text()
    quiz.write_text(text[: text.index("  - id: own-q10")])
    messages = [p.message for p in load_content(content_copy).problems]
    assert "ownership has 9 quiz questions; at least 10 are needed" in messages
    assert "ownership has 2 hard quiz question(s); at least 3 are needed" in messages


def test_non_utf8_file_is_located(content_copy: Path):
    (content_copy / QUIZ).write_bytes("questions:\n  - id: caf\xe9\n".encode("latin-1"))
    problems = load_content(content_copy).problems.sorted()
    assert any(p.file == f"content/{QUIZ}" and "not UTF-8" in p.message for p in problems)


def test_unknown_principle_folder_and_stray_file(content_copy: Path):
    (content_copy / "principles" / "frugal").mkdir()
    (content_copy / "principles" / "frugal" / "principle.yaml").write_text("id: frugal\n")
    (content_copy / "principles" / "ownership" / "notes.yaml").write_text("x: 1\n")
    messages = [str(p) for p in load_content(content_copy).problems]
    assert any("content/principles/frugal:1: unknown principle folder 'frugal'" in m for m in messages)
    assert any("content/principles/ownership/notes.yaml:1: unexpected file" in m for m in messages)


def test_interview_question_initiative_defaults_to_false_and_reads_true(content_copy: Path):
    path = content_copy / PRINCIPLE
    path.write_text(path.read_text(encoding="utf-8").replace(
        "text: Tell me about a problem you fixed that was not yours.",
        "text: Tell me about a problem you fixed that was not yours.\n    initiative: true"), encoding="utf-8")
    content = load_content(content_copy)
    assert not content.problems
    assert [q.initiative for q in content.by_id()["ownership"].doc.questions] == [True]
