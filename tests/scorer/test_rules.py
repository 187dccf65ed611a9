"""Every rule's own examples, and the shape of the rule data."""

import re

import pytest

from scorer import rubric, score
from scorer.matching import COMPILED
from scorer.rules import RULES

try:
    from re import _constants as C, _parser as P  # Python 3.11+
except ImportError:  # pragma: no cover
    import sre_constants as C
    import sre_parse as P


def _rule_quotes(text, rule_id):
    result = score(text).to_dict()
    return [e["quote"] for d in result["dimensions"].values() for e in d["evidence"] if e["rule"] == rule_id]


def test_rule_ids_are_unique_snake_case_and_typed():
    ids = [r.id for r in RULES]
    assert len(ids) == len(set(ids))
    for r in RULES:
        assert re.fullmatch(r"[a-z][a-z_]*[a-z]", r.id)
        assert r.kind in rubric.MARKER_KINDS
        assert r.dimension in rubric.DIMENSION_IDS
        assert r.message and r.fix


def test_fixed_marker_ids_exist_with_their_kinds():
    by_id = {r.id: r for r in RULES}
    assert by_id["manager_directed"].kind == "auto_fail"
    assert by_id["collective_language"].kind == "penalty"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_every_rule_has_fail_and_pass_examples(rule):
    assert rule.fail, f"{rule.id} has no fail example"
    assert rule.passes, f"{rule.id} has no pass example"


@pytest.mark.parametrize(
    "rule_id,text,quote",
    [(r.id, t, q) for r in RULES for t, q in r.fail],
)
def test_fail_examples_fire_at_the_quote(rule_id, text, quote):
    assert quote in _rule_quotes(text, rule_id)
    start = text.index(quote)
    assert text[start:start + len(quote)] == quote


@pytest.mark.parametrize("rule_id,text", [(r.id, t) for r in RULES for t in r.passes])
def test_pass_examples_do_not_fire(rule_id, text):
    assert _rule_quotes(text, rule_id) == []


def test_phrase_lists_have_no_duplicates():
    for r in RULES:
        normalised = [" ".join(p.lower().split()) for p in r.phrases]
        assert len(normalised) == len(set(normalised)), r.id


def _nested_unbounded(tree, inside=False):
    for op, av in tree:
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT)):
            lo, hi, sub = av
            unbounded = hi == C.MAXREPEAT
            if unbounded and inside:
                return True
            if _nested_unbounded(sub, inside or unbounded):
                return True
        elif op == C.SUBPATTERN:
            if _nested_unbounded(av[-1], inside):
                return True
        elif op == C.BRANCH:
            if any(_nested_unbounded(b, inside) for b in av[1]):
                return True
        elif op in (C.ASSERT, C.ASSERT_NOT):
            if _nested_unbounded(av[1], inside):
                return True
    return False


@pytest.mark.parametrize("rule_id", sorted(COMPILED))
def test_no_nested_unbounded_quantifiers(rule_id):
    assert not _nested_unbounded(P.parse(COMPILED[rule_id].pattern)), rule_id
