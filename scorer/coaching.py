"""Follow-up questions and principle fit, derived from what was found.

Neither moves a score: they tell the candidate what a Bar Raiser would probe
next and which signals of the chosen principle the answer shows.
"""

from __future__ import annotations

from typing import NamedTuple

from . import index, rubric
from .lp_signals import SIGNALS
from .patterns import compile_phrases


class Followup(NamedTuple):
    when: str  # a condition name from CONDITIONS
    question: str


# In priority order; the first few that apply are asked.
FOLLOWUPS: tuple[Followup, ...] = (
    Followup("assigned", "Whose idea was this work, and what would you have done if nobody had asked?"),
    Followup("collective", "What exactly did you do yourself, as opposed to the team?"),
    Followup("helped", "You say you helped: which part was yours alone?"),
    Followup("blames_others", "What was your own part in it, and what would you do differently?"),
    Followup("no_metric", "How did you measure that? What was the number before and after?"),
    Followup("unattributed", "How do you know your change moved that number, rather than something else?"),
    Followup("no_root_cause", "What was the root cause, and how did you confirm it?"),
    Followup("vague_actions", "Walk me through the steps you took, one by one."),
    Followup("no_result", "What was the result? What changed because of what you did?"),
    Followup("no_reflection", "What would you do differently if you did it again?"),
    Followup("no_mechanism", "How did you make sure the problem did not come back?"),
    Followup("not_self_started", "How did you come to be working on this? Who noticed the problem first?"),
    Followup("no_customer", "Who was the customer here, and how did this change things for them?"),
    Followup("strong", "What was the hardest trade-off you made along the way?"),
)
MAX_FOLLOWUPS = 4


def _conditions(fired: set[str], feats: dict[str, int], dims: dict[str, int]) -> dict[str, bool]:
    return {
        "assigned": "manager_directed" in fired,
        "collective": bool({"collective_language", "team_as_actor", "passive_actor"} & fired),
        "helped": "helped_dilution" in fired,
        "blames_others": "blame_shifting" in fired,
        "no_metric": "result_metric" not in fired,
        "unattributed": "unattributed_result" in fired,
        "no_root_cause": "root_cause" not in fired,
        "vague_actions": "vague_action" in fired or dims["action_specificity"] < 12,
        "no_result": not feats.get("has_result"),
        "no_reflection": not ({"reflection", "generic_reflection"} & fired),
        "no_mechanism": "mechanism" not in fired,
        "not_self_started": not ({"self_initiated", "noticed_problem", "manager_directed"} & fired),
        "no_customer": "customer_impact" not in fired,
        "strong": sum(dims.values()) >= 85,
    }


def followups(fired: set[str], feats: dict[str, int], dims: dict[str, int]) -> list[str]:
    active = _conditions(fired, feats, dims)
    return [f.question for f in FOLLOWUPS if active[f.when]][:MAX_FOLLOWUPS]


_SIGNAL_PATTERNS = {
    (lp, sig.id): compile_phrases(sig.phrases) if sig.phrases else None
    for lp, sigs in SIGNALS.items() for sig in sigs
}
BEST_FIT_COUNT = 3
# Per principle: (the signal's phrase list in the index, None without phrases; the signal).
_SIGNAL_LISTS = {
    lp: tuple((index.SIGNAL_PHRASES[(lp, sig.id)] if sig.phrases else None, sig) for sig in sigs)
    for lp, sigs in SIGNALS.items()
}


def _first_phrase(lp: str, sig, found: index.Found) -> tuple[int, int] | None:
    """Span of the signal's first phrase in the answer."""
    hits = found.phrase_hits(index.SIGNAL_PHRASES[(lp, sig.id)])
    if hits is None:
        m = _SIGNAL_PATTERNS[(lp, sig.id)].search(found.norm)
        return m.span() if m else None
    return hits[0] if hits else None


def _signal_quote(lp: str, sig, text: str, found: index.Found, rule_quotes: dict[str, str]) -> str | None:
    """The first phrase of the signal in the answer, else the quote of a rule it listens to."""
    if sig.phrases:
        span = _first_phrase(lp, sig, found)
        if span is not None:
            return text[span[0]:span[1]]
    for rid in sig.rules:
        if rid in rule_quotes:
            return rule_quotes[rid]
    return None


def _shown_count(lp: str, found: index.Found, rule_quotes: dict[str, str]) -> int:
    """How many of the principle's signals `_signal_quote` finds a quote for, without cutting them."""
    count = 0
    for lid, sig in _SIGNAL_LISTS[lp]:
        if lid is not None and found.phrases[lid]:
            count += 1
            continue
        for rid in sig.rules:
            if rid in rule_quotes:
                count += 1
                break
    return count


def _fit(lp: str, text: str, found: index.Found, rule_quotes: dict[str, str]) -> dict:
    shows, lacks = [], []
    for sig in SIGNALS[lp]:
        quote = _signal_quote(lp, sig, text, found, rule_quotes)
        if quote is None:
            lacks.append({"id": sig.id, "label": sig.label, "hint": sig.hint})
        else:
            shows.append({"id": sig.id, "label": sig.label, "quote": quote})
    return {"shows": shows, "lacks": lacks}


def lp_fit(lp: str | None, text: str, norm: str, rule_quotes: dict[str, str],
           found: index.Found | None = None) -> dict:
    """Signals of the chosen principle; without one, the best-fitting principles."""
    if found is None:
        found = index.scan(norm)
    shows = {pid: _shown_count(pid, found, rule_quotes) for pid in rubric.PRINCIPLE_IDS}
    ranked = sorted(
        rubric.PRINCIPLE_IDS,
        key=lambda pid: (-shows[pid] / len(SIGNALS[pid]), rubric.PRINCIPLE_IDS.index(pid)),
    )
    best = [{"id": pid, "title": rubric.PRINCIPLE_TITLES[pid],
             "shows": shows[pid], "of": len(SIGNALS[pid])}
            for pid in ranked[:BEST_FIT_COUNT]]
    chosen = _fit(lp, text, found, rule_quotes) if lp else {"shows": [], "lacks": []}
    return {
        "lp": lp,
        "title": rubric.PRINCIPLE_TITLES[lp] if lp else None,
        "shows": chosen["shows"],
        "lacks": chosen["lacks"],
        "best_fit": best,
    }
