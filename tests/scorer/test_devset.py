"""The development set: its shape, the tuning-split agreement and the relations."""

from collections import Counter

import pytest

from scorer import rubric, score
from scorer.evaluate import band_distance, load
from scorer.metamorphic import RELATIONS, check

ANSWERS = load()
TUNING = [a for a in ANSWERS if a["split"] == "tuning"]


def test_devset_shape():
    assert len(ANSWERS) >= 60
    assert {a["lp"] for a in ANSWERS} == set(rubric.PRINCIPLE_IDS)
    assert len({a["id"] for a in ANSWERS}) == len(ANSWERS)
    splits = Counter(a["split"] for a in ANSWERS)
    assert set(splits) == {"tuning", "heldout"}
    assert splits["heldout"] >= len(ANSWERS) // 3
    for a in ANSWERS:
        assert a["band"] in rubric.BAND_NAMES and a["note"] and a["answer"].strip()
        assert not a["auto_fail"] or a["band"] == "No Hire"
    assert len({a["role"] for a in ANSWERS}) >= 10
    assert {"plain", "rambling", "terse", "bullets", "typos", "British"} <= {a["voice"] for a in ANSWERS}


@pytest.mark.parametrize("answer", TUNING, ids=lambda a: a["id"])
def test_tuning_answers_within_one_band_and_auto_fail_agrees(answer):
    r = score(answer["answer"], answer["lp"])
    assert band_distance(r.band, answer["band"]) <= 1, (r.band, r.total)
    assert r.auto_fail == answer["auto_fail"]


def test_tuning_band_accuracy():
    exact = sum(score(a["answer"], a["lp"]).band == a["band"] for a in TUNING)
    assert exact / len(TUNING) >= 0.7


@pytest.mark.parametrize("relation", RELATIONS, ids=lambda r: r.id)
def test_metamorphic_relation_holds_on_every_answer(relation):
    failures = [a["id"] for a in ANSWERS if check(relation, a["answer"], a["lp"]) is False]
    assert failures == []
