"""The real content: complete for all sixteen principles, and original."""

from __future__ import annotations


import yaml

from pipeline import originality
from pipeline.content import load_content
from scorer import rubric
from tests.conftest import REPO

SEED_RUNS = REPO / "tests" / "fixtures" / "seed-runs.txt"


def _seed_hashes() -> set[str]:
    return {line.strip() for line in SEED_RUNS.read_text().splitlines() if line.strip() and not line.startswith("#")}


def test_all_sixteen_principles_are_complete():
    content = load_content(REPO / "content")
    assert not content.problems, [str(p) for p in content.problems]
    assert [p.id for p in content.principles] == list(rubric.PRINCIPLE_IDS)


def test_no_ten_word_run_repeats_the_seed_page():
    seed = _seed_hashes()
    assert len(seed) > 500  # the fingerprint is really there
    offenders = []
    for path in sorted((REPO / "content").rglob("*.yaml")):
        for text in originality.strings_in(yaml.safe_load(path.read_text())):
            offenders += [f"{path.relative_to(REPO)}: {run}" for run in originality.shared_runs(text, seed)]
    assert offenders == []


def test_detector_catches_a_copied_run_whatever_its_case_and_punctuation():
    reference = "One two three four five six seven eight nine ten eleven twelve."
    hashes = {digest for digest, _ in originality.run_hashes(reference)}
    assert originality.shared_runs("Intro: ONE two, three four five six seven eight nine ten!", hashes)
    assert not originality.shared_runs("one two three four five six seven eight nine", hashes)


def test_quiz_answers_are_spread_over_letters():
    """A quiz whose answer is always 'A' teaches pattern-matching, not judgement."""
    for path in sorted((REPO / "content" / "principles").glob("*/quiz.yaml")):
        answers = [q["answer"] for q in yaml.safe_load(path.read_text())["questions"]]
        assert len(set(answers)) >= 3, path
