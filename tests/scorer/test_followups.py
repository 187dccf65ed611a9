"""Follow-up questions: each condition asks its question."""

from scorer import score


def test_assignment_asks_what_was_decided_beyond_it():
    r = score("My manager asked me to fix the rota. I fixed it and sent it round on Friday.").to_dict()
    assert "What did you decide yourself, beyond what was asked?" in r["followups"]


def test_no_number_asks_how_it_was_measured():
    r = score("I noticed the handover notes were missed on nights, so I rewrote the sheet and trained the nurses. "
              "Things got a lot better after that.").to_dict()
    assert "How did you measure that? What was the number before and after?" in r["followups"]


def test_blame_shifting_asks_for_the_candidate_part():
    text = ("I was on the payments team. The launch slipped and it was not my fault: the other team dropped the ball. "
            "I rewrote our client to retry. The launch went out two weeks late.")
    r = score(text).to_dict()
    assert "blame_shifting" in {m["id"] for m in r["markers"]}
    assert "What was your own part in it, and what would you do differently?" in r["followups"]


def test_hypothetical_answer_asks_for_a_real_time():
    r = score("I would pull the data first, then I would talk to the customers and I would fix the process.").to_dict()
    assert "hypothetical" in {m["id"] for m in r["markers"]}
    assert any("actually happened" in q for q in r["followups"])
