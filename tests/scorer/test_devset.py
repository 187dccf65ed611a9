"""The development set as a regression suite, and the metamorphic relations on it and on the corpus."""

from collections import Counter

import pytest

from scorer import rubric, score
from scorer.corpus import load as load_corpus
from scorer.evaluate import DEVSET, band_distance
from scorer.metamorphic import RELATIONS, check

import json

ANSWERS = json.loads(DEVSET.read_text(encoding="utf-8"))["answers"]
# A fixed sample of the corpus keeps the relations quick while covering every form.
CORPUS = load_corpus()[::6]


def test_devset_shape():
    assert len(ANSWERS) >= 60
    assert {a["lp"] for a in ANSWERS} == set(rubric.PRINCIPLE_IDS)
    assert len({a["id"] for a in ANSWERS}) == len(ANSWERS)
    assert set(Counter(a["split"] for a in ANSWERS)) == {"tuning", "heldout"}


@pytest.mark.parametrize("answer", ANSWERS, ids=lambda a: a["id"])
def test_devset_answers_within_one_band(answer):
    r = score(answer["answer"], answer["lp"])
    assert band_distance(r.band, answer["band"]) <= 1, (r.band, r.total)


def test_devset_auto_fail_agreement():
    agreed = sum(score(a["answer"], a["lp"]).auto_fail == a["auto_fail"] for a in ANSWERS)
    assert agreed / len(ANSWERS) >= 0.9


# The share of applicable answers on which each relation must hold. Those at 1.0 are
# guarantees; the others are the figures reached so far (README), kept from slipping.
MIN_HOLD = {
    "assigned_opening_auto_fails_on_initiative": 1.0, "assigned_opening_caps_ownership": 1.0,
    "keyword_salad_no_hire": 0.98, "filler_does_not_raise_total": 0.98, "repetition_does_not_raise_total": 0.97,
    "typography_changes_nothing": 0.97, "present_tense_same": 0.85, "bullets_same": 0.8,
    "we_lowers_ownership": 0.85, "passive_lowers_ownership": 0.45, "no_numbers_lowers_impact": 0.8,
    "vague_verbs_lower_specificity": 0.8, "no_reflection_lowers_awareness": 0.7,
}


def test_every_relation_has_a_floor():
    assert {r.id for r in RELATIONS} == set(MIN_HOLD)


@pytest.mark.parametrize("relation", RELATIONS, ids=lambda r: r.id)
def test_metamorphic_relation_holds(relation):
    texts = [(a["answer"], a["lp"]) for a in ANSWERS] + [(a.text, a.lp) for a in CORPUS]
    results = [check(relation, t, lp) for t, lp in texts]
    applied = [x for x in results if x is not None]
    assert applied, f"{relation.id} applied to no answer"
    share = sum(applied) / len(applied)
    failures = [i for i, x in enumerate(results) if x is False]
    assert share >= MIN_HOLD[relation.id], (relation.id, f"{sum(applied)}/{len(applied)}", failures[:10])
