"""The build CLI: check --json, the built pages, and a failed build that changes nothing."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import yaml

from tests.conftest import FIXTURE_CONTENT, REPO, run_build

CONTRACT_PAGES = ["index.html", "practice/index.html", "stories/index.html", "interview/index.html",
                  "principles/ownership/index.html", "principles/ownership/quiz/index.html"]
PYODIDE_FILES = ["pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json"]


def _snapshot(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_check_json_reports_counts(tmp_path):
    result = run_build("--content", str(FIXTURE_CONTENT), "check", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report == {"principles": [{"id": "ownership", "title": "Ownership", "examples": 2, "fixits": 2,
                                      "quiz": {"easy": 3, "medium": 4, "hard": 3}}], "errors": []}


def test_check_json_lists_errors_and_exits_1(content_copy):
    quiz = content_copy / "principles/ownership/quiz.yaml"
    quiz.write_text(quiz.read_text().replace("answer: B", "answer: Z", 1))
    result = run_build("--content", str(content_copy), "check", "--json")
    assert result.returncode == 1
    errors = json.loads(result.stdout)["errors"]
    assert errors == [{"file": "content/principles/ownership/quiz.yaml", "line": 9,
                       "message": "quiz question 'own-q01': answer 'Z' is not among its options (A, B, C)"}]


def test_real_content_checks_clean():
    result = run_build("check", "--json")
    report = json.loads(result.stdout)
    assert report["errors"] == [], "\n".join(f"{e['file']}:{e['line']}: {e['message']}" for e in report["errors"])
    assert result.returncode == 0


def test_build_writes_contract_pages_with_relative_links(tmp_path):
    site = tmp_path / "site"
    result = run_build("--content", str(FIXTURE_CONTENT), "build", "--site-dir", str(site), "--work-dir", str(tmp_path / "w"),
                       env={"SITE_URL": ""})
    assert result.returncode == 0, result.stderr
    for page in CONTRACT_PAGES:
        assert (site / page).is_file(), page
    for name in PYODIDE_FILES:
        assert (site / "assets/pyodide" / name).is_file(), name
    bundles = list((site / "assets/scorer").glob("scorer-*.zip"))
    assert len(bundles) == 1 and re.fullmatch(r"scorer-[0-9a-f]{12}\.zip", bundles[0].name)
    # Served under any sub-path: no root-absolute or off-site asset reference anywhere.
    # (404.html is the exception: MkDocs makes it root-absolute unless SITE_URL gives the sub-path.)
    for html in site.rglob("*.html"):
        if html.name == "404.html":
            continue
        text = html.read_text()
        assert not re.search(r'(?:href|src)="/(?!/)', text), html
        assert not re.search(r'(?:src)="https?://', text), html
        assert "fonts.googleapis" not in text


def test_customer_obsession_table_shows_authored_numbers(built_site):
    data = yaml.safe_load((REPO / "content/principles/customer-obsession/evaluate.yaml").read_text())
    page = (built_site / "principles/customer-obsession/index.html").read_text()
    for exercise in data["exercises"]:
        start = page.index(f'data-exercise-id="{exercise["id"]}"')
        island = page[start: page.index("</details>", start)]
        for candidate in exercise["candidates"]:
            for dimension, score in candidate["scores"].items():
                assert f'data-reference="{candidate["label"]}" data-dimension="{dimension}">{score}</td>' in island
            assert f'data-reference-total="{candidate["label"]}"><strong>{candidate["total"]}</strong>' in island
            assert candidate["band"] in island


def test_failed_build_leaves_previous_site_byte_for_byte(tmp_path, content_copy):
    site, work = tmp_path / "site", tmp_path / "w"
    assert run_build("--content", str(content_copy), "build", "--site-dir", str(site), "--work-dir", str(work)).returncode == 0
    before = _snapshot(site)
    evaluate = content_copy / "principles/ownership/evaluate.yaml"
    evaluate.write_text(evaluate.read_text().replace("total: 93", "total: 90").replace("minutes: 2", "minutes: two"))
    result = run_build("--content", str(content_copy), "build", "--site-dir", str(site), "--work-dir", str(work))
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "content/principles/ownership/evaluate.yaml:" in result.stderr
    assert "total 90 is not the sum" in result.stderr and "minutes must be a number" in result.stderr
    assert "2 content errors" in result.stderr
    assert _snapshot(site) == before


def test_rebuild_replaces_site(tmp_path, content_copy):
    site, work = tmp_path / "site", tmp_path / "w"
    assert run_build("--content", str(content_copy), "build", "--site-dir", str(site), "--work-dir", str(work)).returncode == 0
    principle = content_copy / "principles/ownership/principle.yaml"
    principle.write_text(principle.read_text().replace("Owners act on problems", "Owners fix problems"))
    assert run_build("--content", str(content_copy), "build", "--site-dir", str(site), "--work-dir", str(work)).returncode == 0
    assert "Owners fix problems" in (site / "principles/ownership/index.html").read_text()
    assert not list(work.glob("site-*")) and not list(work.glob("old-site-*"))


def test_gate_reruns_when_content_changes_after_a_passing_build(tmp_path, content_copy):
    site, work = tmp_path / "site", tmp_path / "w"
    assert run_build("--content", str(content_copy), "build", "--site-dir", str(site), "--work-dir", str(work)).returncode == 0
    assert (work / "gate-passed").is_file()
    evaluate = content_copy / "principles/ownership/evaluate.yaml"
    # The manager-directed candidate, authored without its auto-fail: the scorer still fails it.
    text = evaluate.read_text().replace("kind: auto_fail", "kind: penalty", 1)
    evaluate.write_text(text)
    result = run_build("--content", str(content_copy), "build", "--site-dir", str(site), "--work-dir", str(work))
    assert result.returncode == 1
    assert "the scorer finds an auto-fail that the author did not mark" in result.stderr
