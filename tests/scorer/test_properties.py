"""Invariants over arbitrary text, including emoji and odd whitespace."""

import re

from hypothesis import HealthCheck, given, settings, strategies as st

from scorer import rubric, score
from scorer.engine import INVISIBLE

WORDS = ["I", "we", "my", "manager", "asked", "me", "to", "fix", "nobody", "noticed", "rewrote",
         "the", "cache", "errors", "fell", "from", "40%", "to", "2%", "learned", "alarm",
         "worked", "on", "it", "significantly", "customers", "decided", "implemented", "\U0001F680",
         "don't", "team's", "café", "by", "half"]
SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])

any_text = st.text(min_size=1, max_size=400).filter(lambda t: t.translate(INVISIBLE).strip())
sentences = st.lists(st.sampled_from(WORDS), min_size=1, max_size=40).map(" ".join)
answers = st.lists(sentences, min_size=1, max_size=6).map(lambda s: ". ".join(s) + ".")


def check_result(text):
    r = score(text).to_dict()
    dims = r["dimensions"]
    assert 0 <= r["total"] <= rubric.TOTAL_MAX
    assert r["total"] == sum(d["score"] for d in dims.values())
    assert all(0 <= d["score"] <= d["max"] for d in dims.values())
    assert r["band"] == rubric.band_for(r["total"], r["auto_fail"])
    if r["auto_fail"]:
        assert dims["ownership_signal"]["score"] <= rubric.AUTO_FAIL_OWNERSHIP_CAP
    for m in r["markers"]:
        assert 0 <= m["start"] < m["end"] <= len(text)
        assert text[m["start"]:m["end"]] == m["quote"]
    return r


@SETTINGS
@given(any_text)
def test_invariants_on_arbitrary_unicode(text):
    check_result(text)


@SETTINGS
@given(answers)
def test_invariants_on_answer_like_text(text):
    check_result(text)


@SETTINGS
@given(answers)
def test_deterministic(text):
    assert score(text).to_dict() == score(text).to_dict()


def _scores(text):
    r = score(text).to_dict()
    return r["total"], {k: d["score"] for k, d in r["dimensions"].items()}, [m["id"] for m in r["markers"]]


@SETTINGS
@given(answers, st.lists(st.sampled_from([" ", "  ", "\n", "\t", "\u00a0", " \r\n "]), min_size=1, max_size=8))
def test_whitespace_invariance(text, spaces):
    i = iter(spaces * 200)
    respaced = re.sub(r" ", lambda m: next(i), text)
    assert _scores(respaced) == _scores(text)


@SETTINGS
@given(answers)
def test_quote_style_and_case_invariance(text):
    curly = text.replace("'", "\u2019").replace('"', "\u201d")
    assert _scores(curly) == _scores(text)
    assert _scores(text.upper()) == _scores(text)
    assert _scores(text.lower()) == _scores(text)


def test_invisible_only_answers_are_empty():
    import pytest

    for text in ("\u200b\u200b", "\x00\x00 \n", "\ufeff\u2060", "\u00ad"):
        with pytest.raises(ValueError, match="empty"):
            score(text)
