"""The consistency gate: content and scorer must agree, and a disagreement is located."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from pipeline import gate
from pipeline.content import load_content
from pipeline.problems import Problems
from scorer import score
from tests.conftest import REPO

PRINCIPLE = "customer-obsession"


def _gate(content_dir: Path) -> list[str]:
    content = load_content(content_dir)
    assert not content.problems, [str(p) for p in content.problems]
    problems = Problems()
    gate.run(content.principles, problems)
    return [str(p) for p in problems.sorted()]


@pytest.fixture
def one_principle(tmp_path: Path) -> Path:
    target = tmp_path / "content" / "principles" / PRINCIPLE
    shutil.copytree(REPO / "content" / "principles" / PRINCIPLE, target)
    return tmp_path / "content"


def _first_candidate(content_dir: Path):
    path = content_dir / "principles" / PRINCIPLE / "evaluate.yaml"
    data = yaml.safe_load(path.read_text())
    return path, data["exercises"][0]["candidates"][0]


def test_real_content_passes_the_gate():
    assert _gate(REPO / "content") == []


def _notes() -> list[str]:
    return [f"{f}:{line}: {m}" for f, line, m in gate.NOTES]


def test_a_dimension_beyond_tolerance_is_a_located_note_not_an_error(one_principle):
    path, candidate = _first_candidate(one_principle)
    computed = score(candidate["answer"], PRINCIPLE).to_dict()["dimensions"]["structure_star"]["score"]
    wrong = computed - gate.TOLERANCE - 1 if computed > gate.TOLERANCE else computed + gate.TOLERANCE + 1
    text = path.read_text()
    old = f"structure_star: {candidate['scores']['structure_star']}"
    delta = wrong - candidate["scores"]["structure_star"]
    text = text.replace(old, f"structure_star: {wrong}", 1)
    text = text.replace(f"total: {candidate['total']}", f"total: {candidate['total'] + delta}", 1)
    path.write_text(text)
    line = text[: text.index(f"structure_star: {wrong}")].count("\n") + 1
    assert _gate(one_principle) == []
    messages = [m for m in _notes() if "structure_star authored" in m]
    assert messages and messages[0].startswith(f"content/principles/{PRINCIPLE}/evaluate.yaml:{line}:")


def test_bands_two_apart_are_an_error(one_principle):
    """A strong answer authored as No Hire: the reader would be told opposite things."""
    path = one_principle / "principles" / PRINCIPLE / "evaluate.yaml"
    data = yaml.safe_load(path.read_text())
    strong = [c for e in data["exercises"] for c in e["candidates"]
              if score(c["answer"], PRINCIPLE).to_dict()["band"] in ("Hire", "Strong Hire")]
    assert strong, "Customer Obsession should keep a strong example"
    c = strong[0]
    text = path.read_text()
    start = text.index(c["answer"][:40])
    for dim, value in c["scores"].items():
        at = text.index(f"{dim}: {value}", start)
        text = text[:at] + f"{dim}: 2" + text[at + len(f"{dim}: {value}"):]
    at = text.index(f"total: {c['total']}", start)
    text = text[:at] + "total: 10" + text[at + len(f"total: {c['total']}"):]
    at = text.index(f"band: {c['band']}", start)
    text = text[:at] + "band: No Hire" + text[at + len(f"band: {c['band']}"):]
    path.write_text(text)
    messages = _gate(one_principle)
    assert any("authored 10 (No Hire)" in m for m in messages), messages


def test_an_unmarked_auto_fail_is_reported(one_principle):
    path = one_principle / "principles" / PRINCIPLE / "principle.yaml"
    evaluate = one_principle / "principles" / PRINCIPLE / "evaluate.yaml"
    data = yaml.safe_load(evaluate.read_text())
    auto = [(e, c) for e in data["exercises"] for c in e["candidates"] if any(m["kind"] == "auto_fail" for m in c["markers"])]
    assert auto, "Customer Obsession should keep a manager-directed example"
    _, candidate = auto[0]
    text = evaluate.read_text().replace("kind: auto_fail", "kind: penalty", 1)
    evaluate.write_text(text)
    assert path.exists()
    messages = _gate(one_principle)
    assert any("finds an auto-fail that the author did not mark" in m for m in messages), messages


def test_a_fixit_that_does_not_improve_is_reported(one_principle):
    path = one_principle / "principles" / PRINCIPLE / "principle.yaml"
    data = yaml.safe_load(path.read_text())
    fixit = data["fixits"][0]
    text = path.read_text()
    start = text.index(f"id: {fixit['id']}")
    after_at = text.index("after:", start)
    line_end = text.index("\n", after_at)
    text = text[:after_at] + 'after: "Um, it was fine, I guess."' + text[line_end:]
    before_at = text.index("before:", start)
    before_end = text.index("\n", before_at)
    text = (text[:before_at] + 'before: "I read 200 complaints, rewrote the delivery email and cut calls from 900 a week to 300."'
            + text[before_end:])
    after_at = text.index("after:", start)
    path.write_text(text)
    line = text[:after_at].count("\n") + 1
    messages = [m for m in _gate(one_principle) if f"fix-it '{fixit['id']}'" in m]
    assert messages and messages[0].startswith(f"content/principles/{PRINCIPLE}/principle.yaml:{line}:")
