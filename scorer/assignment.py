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

from . import vocab
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
    "draw the short straw", "get voluntold", "be voluntold", "i inherit", "at the request of", "at my * request", "at the * request", "on my * request", "my manager's idea",
    "my boss's idea", "my lead's idea", "my director's idea", "per my manager", "put in charge",
    "end up with it", "get stuck with", "be stick with",
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


WORK_NOUNS = frozenset("""
ticket task target goal okr project req requisition assignment job brief migration audit case account review
deadline quota kpi request escalation backlog initiative programme program plan
""".split())
MY_PLACES = frozenset({"queue", "plate", "desk", "inbox", "backlog", "list", "team", "store", "ward", "site", "shift",
                       "branch", "unit", "department", "lap", "board"})
BE_OR_GET = frozenset({"be", "get"})
NEEDS_CONTENT = frozenset({"tell", "ask", "want", "need", "expect"})  # "asked me a question" is no task


def _recipient(words: list, k: int) -> bool:
    """After an assigning verb: the speaker (or their place of work) receives something to do."""
    ahead = words[k + 1:k + 7]
    lemmas = [t.lemma for t in ahead]
    texts = [t.text for t in ahead]
    if set(lemmas) & AFTERWARDS:
        return False
    to_me = "me" in texts[:3] or "us" in texts[:3] or ("i" in texts[:2])
    my_place = any(a in ("my", "our") and b in MY_PLACES for a, b in zip(lemmas, lemmas[1:]))
    work = bool(set(lemmas[:5]) & WORK_NOUNS)
    verb = words[k].lemma
    if verb in NEEDS_CONTENT:
        return (to_me or my_place) and ("to" in lemmas or "for" in lemmas or "whether" in lemmas or "if" in lemmas
                                        or work)
    return to_me or my_place or work


def _agent_before(words: list, k: int) -> bool:
    """An authority just before the verb: "my manager", "the owners", "our regional director", "leadership"."""
    for t in words[max(0, k - 4):k]:
        if t.lemma in vocab.AUTHORITY_NOUNS or t.lemma in ("owner", "leadership", "management", "ceo", "boss"):
            return True
    return False


def directed_at_me(clause: Clause) -> tuple[int, int] | None:
    """The span of an authority assigning to the speaker, or of the speaker receiving work in the passive."""
    if clause.quoted or clause.actor == "nobody":
        return None
    words = [t for t in clause.tokens if t.kind != "punct"]
    for k, t in enumerate(words):
        lem = "voluntell" if t.text == "voluntold" else t.lemma
        if lem not in ASSIGNING and t.text not in GIVEN_FORMS:
            continue
        if any(w.lemma in vocab.NEGATIONS or w.text in ("n't", "not") for w in words[max(0, k - 3):k]):
            continue
        if lem in ASSIGNING and _agent_before(words, k) and _recipient(words, k):
            first = next(j for j in range(max(0, k - 4), k) if words[j].lemma in vocab.AUTHORITY_NOUNS
                         or words[j].lemma in ("owner", "leadership", "management", "ceo", "boss"))
            if first and words[first - 1].lemma in vocab.DETERMINERS:
                first -= 1
            last = next((j for j in range(k + 1, min(k + 4, len(words))) if words[j].text in ("me", "us")), k)
            return words[first].start, words[last].end
        prev = words[k - 1] if k else None
        subject = [j for j in range(max(0, k - 4), k) if words[j].lemma in ("i", "we")]
        if prev is not None and prev.lemma in BE_OR_GET | {"have"} and t.text in GIVEN_FORMS and subject:
            ahead = {w.lemma for w in words[k + 1:k + 5]}
            if not ahead & AFTERWARDS:
                last = k + 1 if k + 1 < len(words) and words[k + 1].text == "by" else k
                return words[subject[-1]].start, words[last].end
    return None


GIVEN_FORMS = frozenset({"voluntold", "tasked", "drafted", "volunteered", "assigned", "nominated", "picked", "chosen",
                         "selected", "appointed", "roped", "seconded", "parachuted", "handed", "given", "told", "asked"})
