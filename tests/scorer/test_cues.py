"""The data outside the rules: STAR cues and the dimension caps."""

from scorer import score
from scorer.dimensions import CAPPED_UNLESS


def _labels(text):
    r = score(text).to_dict()
    return [(text[s["start"]:s["end"]], s["label"]) for s in r["sentences"]]


def _label_of(text, sentence_start):
    return next(label for sentence, label in _labels(text) if sentence.startswith(sentence_start))


SELF_STARTED = (
    "I run the payouts service at a ride-hailing company. I noticed payouts were stalling on Fridays. "
    "Nobody had asked me to look, so I decided to fix it. I replayed last Friday's requests, traced the "
    "stall to a batch limit, rewrote the queue with 40 workers and added an alarm on its depth. "
    "I paired with the partner team on the rate limit and I trained two on-call engineers on the runbook. "
    "Payout time fell from 30 minutes to 11 seconds."
)


def test_ownership_top_points_need_work_beyond_the_remit():
    cap, needs = CAPPED_UNLESS["ownership_signal"]
    assert needs == ("beyond_remit",)
    within = score(SELF_STARTED).to_dict()["dimensions"]["ownership_signal"]
    assert within["score"] == cap
    assert any("beyond your remit" in note for note in within["notes"])  # capped, not merely equal
    beyond = SELF_STARTED.replace("to look, so", "to look and it was not my team's service, so")
    assert score(beyond).to_dict()["dimensions"]["ownership_signal"]["score"] > cap


def test_a_baseline_number_before_any_action_is_context():
    text = ("I'm an engineer on the driver-earnings team. Driver churn there was running at 9% a month. "
            "I rebuilt the payout queue so cash-outs cleared in seconds. Churn fell from 9% to 6.5%.")
    assert _label_of(text, "Driver churn") == "situation"
    assert _label_of(text, "Churn fell") == "result"


def test_a_first_person_action_outweighs_one_context_cue():
    text = ("I lead a migration for hospital customers. It became clear there were edge cases "
            "and I adjusted the plan and phased the cutover.")
    assert _label_of(text, "It became clear") == "action"
    # With a clause cut, the context and the action are labelled apart.
    cut = text.replace(" cases and I", " cases, so I")
    assert _label_of(cut, "It became clear") == "situation"
    assert _label_of(cut, "so I adjusted") == "action"


def test_weak_verbs_still_tell_actions():
    text = ("I was a recruiter at a startup. I helped redesign the interview process. "
            "I helped the leads write interview guides. Offer acceptance went from 58% to 74%.")
    assert _label_of(text, "I helped redesign") == "action"
    quotes = [m["quote"] for m in score(text).to_dict()["markers"] if m["id"] == "helped_dilution"]
    assert quotes == ["I helped", "I helped"]


def test_behaved_differently_is_not_a_reflection():
    text = ("I run a payments migration. I mapped every call to the old API. "
            "When the sandbox behaved differently from production, I escalated to the vendor.")
    assert _label_of(text, "When the sandbox") == "action"
    assert _label_of("I shipped it late. Next time I would do it differently.", "Next time") == "reflection"


def test_hyphenated_verbs_are_actions():
    text = ("I own the cash-out service. The partner's API took 4 seconds a call. "
            "I load-tested the single-call path against a replay of Friday's requests.")
    assert _label_of(text, "I load-tested") == "action"


COMPOUND = ("I noticed the build failed one run in five and nobody owned it, so I traced the failures "
            "to a shared temp folder, gave each job its own, and failures fell from 20% to 0.5%.\n"
            "I added an alarm so it cannot creep back.")


def test_a_compound_sentence_is_labelled_clause_by_clause():
    assert _labels(COMPOUND)[:3] == [
        ("I noticed the build failed one run in five and nobody owned it", "situation"),
        ("so I traced the failures to a shared temp folder, gave each job its own", "action"),
        ("and failures fell from 20% to 0.5%.", "result"),
    ]
    r = score(COMPOUND, lp="ownership").to_dict()
    dims = {k: v["score"] for k, v in r["dimensions"].items()}
    assert r["total"] >= 65
    assert dims["quantified_impact"] >= 12
    assert dims["action_specificity"] >= 15


def test_a_cut_needs_a_real_clause_on_both_sides():
    # "and added an alarm" has no cue of its own: it stays in the action.
    text = ("I run the payments team. I traced the failures to a shared temp folder, gave each job its own, "
            "and added an alarm on the queue.")
    assert _label_of(text, "I traced") == "action"
    assert not any(sentence.startswith("and added") for sentence, _label in _labels(text))


def test_result_and_reflection_sentences_are_not_cut():
    text = ("I run the payments team. I rewrote the retry job. Failures fell from 20% to 0.5%, "
            "so I rolled the change out to every queue.")
    assert _label_of(text, "Failures fell") == "result"
    assert not any(sentence.startswith("so I rolled") for sentence, _label in _labels(text))


def test_times_do_not_end_a_sentence_before_a_word_that_runs_on():
    text = "I run the payments team. I shipped the fix at 6 p.m. the next day and failures stopped."
    assert any(sentence.startswith("I shipped") and sentence.endswith("failures stopped.")
               for sentence, _label in _labels(text))
    text = "I rescheduled the heaviest job to 3 a.m. Database CPU at peak fell from 85% to 40%."
    assert _label_of(text, "Database CPU") == "result"
