"""The --json object, bands, auto-fail, spans and the seed fixtures."""

import json

import pytest

from scorer import MAX_CHARS, rubric, score, score_json

CANDIDATE_B = (
    "While reviewing customer feedback, I noticed that a critical payment reconciliation bug was "
    "causing delays, but no team had filed a ticket. I decided to act immediately despite it not "
    "being my team\u2019s responsibility. I investigated the logs, identified a race condition causing "
    "the issue, and wrote a patch to fix it. After deploying the fix, payment processing errors "
    "dropped by 40%, reducing customer complaints significantly and improving trust in our platform."
)
CANDIDATE_A = (
    "I noticed the issue during a routine review with no ticket filed and nobody asked me to "
    "investigate, so I decided to act. I discovered a recurring issue causing delays in customer "
    "order processing. After discussing with the team, I identified the root cause as a "
    "misconfigured API timeout. I deployed a fix that reduced order processing delays by 30%, "
    "improving customer satisfaction scores."
)
PRACTICE = (
    "In a recent project, I was asked by my manager to investigate customer complaints about "
    "delayed deliveries. I worked with the team to identify the root cause and we implemented a "
    "new tracking system. As a result, things improved and the team was happy with the outcome."
)
COLLECTIVE = (
    "In my last role, I noticed customers were frustrated with our app's slow load times. I "
    "analyzed the data, identified bottlenecks, and proposed solutions. After discussing with the "
    "team, we collectively decided to implement a caching system. I led the implementation, which "
    "reduced load times by 40%, improving customer satisfaction scores significantly."
)
FIXITS = [
    ("we found a recurring issue", "I discovered a recurring issue"),
    ("I helped deploy a fix which improved processing speed",
     "I deployed a fix that cut checkout latency from 900 ms to 300 ms"),
    ("my manager suggested I look into this since I had bandwidth",
     "I noticed the issue during a routine review with no ticket filed and nobody asked me to "
     "investigate, so I decided to act"),
    ("My lead asked me to look at the churn numbers.",
     "Nobody had asked, but I pulled the churn numbers myself after the renewal call."),
    ("As a result, things improved a lot.", "As a result, late deliveries fell from 9% to 2%."),
    ("I worked on the issue and sorted it out.",
     "I traced the failures to a retry loop and capped it at three attempts."),
]

TOP_KEYS = ["total", "band", "auto_fail", "lp", "dimensions", "markers", "word_count", "speaking_seconds"]
MARKER_KEYS = ["id", "kind", "dimension", "start", "end", "quote", "message", "fix"]


def ids(result):
    return [m["id"] for m in result["markers"]]


def test_json_object_has_the_contract_keys_and_types():
    r = score(CANDIDATE_B, "customer-obsession").to_dict()
    assert list(r)[:len(TOP_KEYS)] == TOP_KEYS
    assert isinstance(r["total"], int) and isinstance(r["band"], str)
    assert isinstance(r["auto_fail"], bool) and r["lp"] == "customer-obsession"
    assert list(r["dimensions"]) == list(rubric.DIMENSION_IDS)
    for dim_id, d in r["dimensions"].items():
        assert type(d["score"]) is int and d["max"] == rubric.DIMENSION_MAX[dim_id]
        assert 0 <= d["score"] <= d["max"]
    for m in r["markers"]:
        assert list(m) == MARKER_KEYS
        assert m["kind"] in rubric.MARKER_KINDS and m["dimension"] in rubric.DIMENSION_IDS
    assert isinstance(r["word_count"], int) and isinstance(r["speaking_seconds"], int)
    assert json.loads(json.dumps(r)) == r


def test_extra_keys_have_their_shapes():
    r = score(CANDIDATE_B, "dive-deep").to_dict()
    assert all(isinstance(q, str) for q in r["followups"])
    fit = r["lp_fit"]
    assert fit["lp"] == "dive-deep" and fit["title"] == "Dive Deep"
    assert {s["id"] for s in fit["shows"]} | {s["id"] for s in fit["lacks"]} == {"data", "root_cause"}
    assert len(fit["best_fit"]) == 3
    r_none = score(CANDIDATE_B).to_dict()["lp_fit"]
    assert r_none["lp"] is None and r_none["shows"] == [] and r_none["best_fit"]


def test_total_is_the_sum_and_band_follows():
    for text in (CANDIDATE_A, CANDIDATE_B, PRACTICE, COLLECTIVE):
        r = score(text).to_dict()
        assert r["total"] == sum(d["score"] for d in r["dimensions"].values())
        assert r["band"] == rubric.band_for(r["total"], r["auto_fail"])


def test_spans_are_exact_sorted_and_without_same_id_overlaps():
    text = "  \u201cWe\u201d  decided\u00a0nothing.\n\nMy manager\u00a0asked me to  fix it; we\u00a0implemented it.  "
    for t in (text, CANDIDATE_B, PRACTICE):
        markers = score(t).to_dict()["markers"]
        for m in markers:
            assert t[m["start"]:m["end"]] == m["quote"]
        assert markers == sorted(markers, key=lambda m: (m["start"], m["end"], m["id"]))
        for a in markers:
            for b in markers:
                if a is not b and a["id"] == b["id"]:
                    assert a["end"] <= b["start"] or b["end"] <= a["start"]


def test_bands():
    assert [rubric.band_for(t) for t in (100, 85, 84, 70, 69, 50, 49, 0)] == [
        "Strong Hire", "Strong Hire", "Hire", "Hire", "Lean No Hire", "Lean No Hire", "No Hire", "No Hire"]


def test_candidate_b_is_hire_or_better():
    r = score(CANDIDATE_B).to_dict()
    assert r["band"] in ("Hire", "Strong Hire") and not r["auto_fail"]


def test_practice_answer_auto_fails_on_the_manager_phrase():
    r = score(PRACTICE).to_dict()
    assert r["auto_fail"] and r["band"] == "No Hire"
    assert r["dimensions"]["ownership_signal"]["score"] <= rubric.AUTO_FAIL_OWNERSHIP_CAP
    quotes = [m["quote"] for m in r["markers"] if m["id"] == "manager_directed"]
    assert any("I was asked by" in q or q in "I was asked by my manager" for q in quotes)
    assert all(m["kind"] == "auto_fail" for m in r["markers"] if m["id"] == "manager_directed")


def test_collective_answer_flags_the_phrase():
    r = score(COLLECTIVE).to_dict()
    assert [m["quote"] for m in r["markers"] if m["id"] == "collective_language"] == ["we collectively decided"]
    assert not r["auto_fail"]


def test_candidate_a_is_not_manager_directed():
    assert "manager_directed" not in ids(score(CANDIDATE_A).to_dict())


@pytest.mark.parametrize("before,after", FIXITS)
def test_fixit_after_scores_higher(before, after):
    assert score(after).total > score(before).total


@pytest.mark.parametrize("phrase", [
    "My manager asked me to look into the refund backlog.",
    "My manager suggested I look into this since I had bandwidth.",
    "My manager told me to clean up the alerts.",
    "I was asked by my manager to investigate.",
    "I was assigned the ticket.",
    "I got tasked with the migration.",
    "I was told to rewrite the report.",
    "The project was reassigned to me in the reorg.",
    "My boss volunteered me for it.",
    "Leadership picked me to drive it.",
    "My lead handed me the billing migration.",
    "I was given the task of reducing costs.",
    "At my manager's request, I rebuilt the dashboard.",
])
def test_manager_directed_variants(phrase):
    r = score(phrase).to_dict()
    assert "manager_directed" in ids(r) and r["auto_fail"]


@pytest.mark.parametrize("phrase", [
    "Nobody asked me to, but I rebuilt the dashboard. I briefed my manager once the fix was live.",
    "No one told me to fix it. I fixed it, and she later invited me to demo it to the wider org.",
    "Nobody asked me to look at it, so I did. My manager then asked me to present it to the directors.",
    "I asked my manager for a week to prototype it.",
    "I wasn't assigned this; I took it on.",
])
def test_manager_directed_does_not_fire(phrase):
    assert "manager_directed" not in ids(score(phrase).to_dict())


def test_we_in_context_is_not_collective_but_in_actions_is():
    context = ("Our group of eight runs the payments platform and we had no refund alerting. "
               "I wrote the alarm myself and it caught two incidents in its first week.")
    assert "collective_language" not in ids(score(context).to_dict())
    actions = ("Our group of eight runs the payments platform. After a long meeting we decided "
               "to add refund alerting, and we built the alarm in a week.")
    assert ids(score(actions).to_dict()).count("collective_language") == 2


def test_reported_speech_is_not_the_candidate():
    text = ('Our customer wrote "we decided to cancel because of the delays", so I called her '
            "and rebuilt her delivery schedule.")
    assert "collective_language" not in ids(score(text).to_dict())


def test_invalid_input_raises_value_error():
    with pytest.raises(ValueError, match="customer-obsession"):
        score("I fixed it.", lp="customer-obsesion")
    for empty in ("", "   ", "\n\t "):
        with pytest.raises(ValueError):
            score(empty)


def test_score_json_is_to_dict():
    text = "I noticed the \u2018bug\u2019 \U0001F41B and rewrote the cache; errors fell 40%."
    out = score_json(text, "dive-deep")
    assert json.loads(out) == score(text, "dive-deep").to_dict()
    assert "\U0001F41B" not in out or "\\u" not in out  # kept as UTF-8


def test_long_answers_are_scored_on_their_first_part():
    text = CANDIDATE_B + " " + "filler words " * 3000
    r = score(text).to_dict()
    assert len(text) > MAX_CHARS
    assert any("first" in n for n in r["notes"])
    for m in r["markers"]:
        assert text[m["start"]:m["end"]] == m["quote"]


def test_speaking_time_and_notes():
    short = score("I rewrote the cache and errors fell 40%.").to_dict()
    assert short["speaking_seconds"] == round(short["word_count"] * 60 / rubric.SPEAKING_WPM)
    assert any("seconds" in n for n in short["notes"])
    long = score(CANDIDATE_B + (" I rewrote the cache again." * 100)).to_dict()
    assert long["speaking_seconds"] > 180 and any("minutes" in n for n in long["notes"])


def test_single_sentences_are_sensitive():
    assert score("I rewrote the importer.").total > score("We rewrote the importer.").total
    assert score("I traced it to a retry loop.").total > score("I looked into things.").total
    assert score("Refunds fell from 9 days to 2.").total > score("Refunds got much faster.").total
    assert score("Turnaround went from three days to one.").dimensions[3].score > 0
    assert score("The review queue halved within a month.").dimensions[3].score > 0


def test_browser_bundle_holds_the_scorer_but_not_the_tools():
    import io
    import zipfile
    from pathlib import Path

    from pipeline.assets import scorer_zip

    names = set(zipfile.ZipFile(io.BytesIO(scorer_zip(Path(__file__).resolve().parents[2] / "scorer"))).namelist())
    assert {"scorer/engine.py", "scorer/clauses.py", "scorer/data/lemmas.tsv", "scorer/data/weights.json"} <= names
    assert not {"scorer/cli.py", "scorer/train.py", "scorer/evaluate.py", "scorer/corpus.py",
                "scorer/metamorphic.py", "scorer/__main__.py"} & names


def test_initiative_premise_turns_an_assignment_gone_beyond_into_an_auto_fail():
    text = ("My manager asked me to look at the late deliveries. Nobody had asked about the root cause, so I traced "
            "every late parcel to one depot's cut-off time and built a checklist the depot still uses. "
            "Late deliveries fell from 12% to 3%.")
    weighed, premise = score(text, "ownership").to_dict(), score(text, "ownership", initiative=True).to_dict()
    assert not weighed["auto_fail"] and weighed["dimensions"]["ownership_signal"]["score"] <= 20
    assert "manager_directed" in ids(weighed)
    assert premise["auto_fail"] and premise["band"] == "No Hire"


def test_off_principle_names_what_the_story_fits():
    text = ("I noticed refunds for cancelled orders took nine days, so I pulled three weeks of refund events, traced "
            "the slow ones to a batch job that skipped partial shipments and fixed the filter. Refund time for "
            "those customers fell from nine days to two, and refund complaints dropped by a third.")
    r = score(text, "have-backbone-disagree-and-commit").to_dict()
    off = [m for m in r["markers"] if m["id"] == "off_principle"]
    assert off and off[0]["kind"] == "penalty" and r["band"] in ("Lean No Hire", "No Hire")
    assert "Customer Obsession" in off[0]["message"] or "Dive Deep" in off[0]["message"]
    assert not [m for m in score(text, "customer-obsession").to_dict()["markers"] if m["id"] == "off_principle"]
