"""Follow-up questions: each condition asks its question."""

from scorer import score
from scorer.coaching import FOLLOWUPS, _conditions


def test_every_followup_has_a_condition():
    conditions = _conditions(set(), {}, {"action_specificity": 0})
    assert all(f.when in conditions for f in FOLLOWUPS)


def test_an_unattributed_result_asks_how_the_change_moved_it():
    text = ("I run the mobile team. I rebuilt the booking screen and shipped it in March. "
            "After launch, cancellations across the whole app dropped from 14% to 9%.")
    r = score(text).to_dict()
    assert "unattributed_result" in {m["id"] for m in r["markers"]}
    assert "How do you know your change moved that number, rather than something else?" in r["followups"]


def test_blame_shifting_asks_for_the_candidate_part():
    text = ("I was on the payments team. The launch slipped and it was not my fault: the other team let us down. "
            "I rewrote our client to retry. The launch went out two weeks late.")
    r = score(text).to_dict()
    assert "blame_shifting" in {m["id"] for m in r["markers"]}
    assert "What was your own part in it, and what would you do differently?" in r["followups"]
