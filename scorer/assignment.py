"""Assignment by meaning: did the work come to the candidate from someone else?

Read on clauses, not on a phrase list: someone with authority (a manager, a
lead, a client, leadership) directing an assigning verb at the speaker ("my
director picks me", "she asked me to"); the speaker as the passive recipient
("I was tasked", "I got voluntold"); or work arriving by itself ("the ticket
landed in my queue", "it became my OKR", "I drew the short straw").

Not assignment: the speaker as the one asking ("I asked my manager for
budget"), anything negated ("nobody asked me"), a manager learning of it
afterwards, or being asked to present finished work.
"""

from __future__ import annotations

from .clauses import Clause

ASSIGNING = frozenset("""
ask tell assign task give hand pass send forward put pick choose select nominate volunteer want need
expect instruct direct pull rope draft bring suggest delegate route escalate appoint charge
voluntell voluntold set reassign allocate designate create raise log file open
""".split())
# Passive forms that say the work was given: "I was tasked", "I got picked".
RECEIVED = ASSIGNING | frozenset({"hire", "brief", "loan", "second", "parachute", "drop"})
# Asked to show finished work is not being assigned it.
AFTERWARDS = frozenset({"present", "demo", "showcase", "share", "speak", "talk", "teach", "scale", "expand", "write"})
# Work that arrives by itself, as lemma sequences ("*": up to three words).
ARRIVED = (
    "land on my plate", "land on my desk", "land in my queue", "land in my lap", "land with me", "sit in my queue",
    "come to me", "come my way", "fall to me", "fall on me", "hand to me", "hand over to me", "pass to me",
    "pass on to me", "assign to me", "reassign to me", "route to me", "escalate to me", "dump on me",
    "become my okr", "become my goal", "become my project", "become my responsibility", "become my problem",
    "make it my okr", "make it my goal", "set me a goal", "set me a target", "my okr be", "it be my okr",
    "draw the short straw", "get voluntold", "be voluntold", "i inherit", "at the request of", "my manager's idea",
    "my boss's idea", "my lead's idea", "my director's idea", "per my manager", "put in charge",
    "end up with it", "get stuck with", "be stick with",
    # The work was the candidate's standing duty: assigned by the job itself.
    "my job be to", "my role be to", "part of my job", "part of my role", "i be responsible for",
    "i be in charge of", "it be my job", "i be hire to", "i be bring in to", "the brief be", "my remit be",
)


# Signals that the candidate started the work: an assignment after one of these
# ("I found it, took it to the controller, and she asked me to lead the recovery")
# is delegation of the candidate's own initiative, not where the work came from.
ORIGIN_SIGNALS = ("self_initiated", "noticed_problem", "beyond_remit")
OWN_ACTIONS_BEFORE = 2


def origin(findings: list, found: dict, clauses: list[Clause]) -> list:
    """The assignment findings that say where the work came from (none after the candidate started it)."""
    starts = [f.start for rid in ORIGIN_SIGNALS for f in found.get(rid, [])]
    first_signal = min(starts) if starts else None
    own = [c.start for c in clauses if c.own and c.verb_class in ("action", "communicate", "decide", "other")]
    cutoff = own[OWN_ACTIONS_BEFORE - 1] if len(own) >= OWN_ACTIONS_BEFORE else None
    limits = [x for x in (first_signal, cutoff) if x is not None]
    limit = min(limits) if limits else None
    return [f for f in findings if limit is None or f.start < limit]


def _mentions_me(clause: Clause, from_index: int) -> bool:
    """"asked me", "suggested I", "created a ticket for me", "gave us the", "put our team on"."""
    texts = [t.text for t in clause.tokens[from_index:from_index + 6]]
    return "me" in texts or "us" in texts or ("i" in texts[:2]) or ("for" in texts and "me" in texts)


def directed_at_me(clause: Clause) -> bool:
    """An authority assigning to the speaker, or the speaker receiving work in the passive."""
    if clause.negated or clause.verb is None or clause.quoted:
        return False
    verb = clause.verb_lemma if clause.verb_lemma not in ("voluntold",) else "voluntell"
    k = clause.tokens.index(clause.verb)
    if clause.actor in ("authority", "other") and verb in ASSIGNING and _mentions_me(clause, k + 1):
        rest = [t.lemma for t in clause.tokens[k + 1:k + 5]]
        if set(rest) & AFTERWARDS:
            return False
        if verb in ("tell", "ask") and "to" not in rest and "for" not in rest:
            return False  # "she told me the preceptor was fast" is news; "asked me a question" is not a task
        return True
    if clause.actor in ("i", "we") and clause.passive and verb in RECEIVED:
        rest = [t.lemma for t in clause.tokens[k + 1:k + 5]]
        return not (set(rest) & AFTERWARDS)
    if clause.actor == "i":
        texts = [t.text for t in clause.tokens]
        for a, b in zip(texts, texts[1:]):
            if a in ("got", "get", "gets", "getting", "was", "am", "'m", "been") and b in GIVEN_FORMS:
                return True
    return False


GIVEN_FORMS = frozenset({"voluntold", "tasked", "drafted", "volunteered", "assigned", "nominated", "picked", "chosen",
                         "selected", "appointed", "roped", "seconded", "parachuted", "handed", "given", "told", "asked"})
