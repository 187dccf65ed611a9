"""Every rule's own examples, the shape of the rule data, and the one vocabulary."""

import re
import subprocess
import sys
from pathlib import Path

import pytest

from scorer import rubric, vocab
from scorer.engine import analyse
from scorer.rules import RULES

ROOT = Path(__file__).resolve().parents[2]
PRESENT = re.compile(r"\b(?:I|we)\s+(?!was|were|had|did)\w+(?<!ed)\b")
# Roles outside engineering, as the examples name them.
NON_ENGINEERING = re.compile(r"\b(?:ward|nurse|rota|shift|store|warehouse|supplier|invoice|client|customer|patient|"
                             r"shelves|stock|refund|claims|sales|audit|agency|night|recruit|team|van|kitchen|"
                             r"audit|absence|form|checklist|starter|escalat|cases)", re.I)


def _found(text, rule_id):
    _clauses, found, _features, _words, _hits = analyse(text)
    return found.get(rule_id, [])


def test_rule_ids_are_unique_snake_case_and_typed():
    ids = [r.id for r in RULES]
    assert len(ids) == len(set(ids))
    for r in RULES:
        assert re.fullmatch(r"[a-z][a-z_]*[a-z]", r.id)
        assert r.kind in rubric.MARKER_KINDS
        assert r.dimension in rubric.DIMENSION_IDS
        assert r.message and r.fix
        assert sum(bool(x) for x in (r.phrases, r.clause, r.unit)) == 1, f"{r.id}: exactly one kind of check"


def test_fixed_marker_ids_exist():
    ids = {r.id for r in RULES}
    assert {"manager_directed", "collective_language"} <= ids


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_every_rule_has_three_fail_and_three_pass_examples(rule):
    assert len(rule.fail) >= 3, f"{rule.id} needs three fail examples"
    assert len(rule.passes) >= 3, f"{rule.id} needs three pass examples"
    assert any(NON_ENGINEERING.search(t) for t in rule.fail + rule.passes), f"{rule.id}: no example outside engineering"


@pytest.mark.parametrize("rule_id,text", [(r.id, t) for r in RULES for t in r.fail])
def test_fail_examples_fire(rule_id, text):
    hits = _found(text, rule_id)
    assert hits, f"{rule_id} did not fire on {text!r}"
    for h in hits:
        assert 0 <= h.start < h.end <= len(text)


@pytest.mark.parametrize("rule_id,text", [(r.id, t) for r in RULES for t in r.passes])
def test_pass_examples_do_not_fire(rule_id, text):
    assert [text[h.start:h.end] for h in _found(text, rule_id)] == []


def test_phrase_lists_have_no_duplicates():
    for r in RULES:
        assert len(r.phrases) == len(set(r.phrases)), r.id


def test_one_vocabulary_no_word_in_two_classes():
    assert vocab.duplicates() == {}


def test_tense_and_spelling_read_alike():
    from scorer.lemmas import lemma

    for forms, want in ((("pulled", "pulls", "pulling", "pull"), "pull"), (("analysed", "analyzed", "analyses"), "analyze"),
                        (("prioritised", "prioritizing"), "prioritize"), (("ran", "runs"), "run"), (("dug",), "dig")):
        assert {lemma(f) for f in forms} == {want}


def test_shipped_lemma_table_matches_the_pinned_lemmatiser():
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "make_lemmas.py"), "--check"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
