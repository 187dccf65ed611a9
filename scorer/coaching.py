"""What to say to the candidate: follow-ups, principle fit, and one note per dimension.

Nothing here moves a score. Follow-ups are what a Bar Raiser would probe
next, chosen from what the answer lacks or flags. Notes lead with what would
make the answer stronger, name each idea once, and never contradict the
score they sit beside.
"""

from __future__ import annotations

from typing import NamedTuple

from . import rubric
from .clauses import Clause
from .features import Features
from .matching import Hits
from .lp_signals import SIGNALS
from .principles import CORE


class Followup(NamedTuple):
    when: str
    question: str


# In priority order; the first few that apply are asked.
FOLLOWUPS: tuple[Followup, ...] = (
    Followup("assigned", "What did you decide yourself, beyond what was asked?"),
    Followup("collective", "What exactly did you do yourself, as opposed to the team?"),
    Followup("helped", "You say you helped: which part was yours alone?"),
    Followup("hypothetical", "That is what you would do. Tell me about a time it actually happened."),
    Followup("blames_others", "What was your own part in it, and what would you do differently?"),
    Followup("no_metric", "How did you measure that? What was the number before and after?"),
    Followup("unattributed", "How do you know your change moved that number, rather than something else?"),
    Followup("vague_actions", "Walk me through the steps you took, one by one."),
    Followup("no_result", "What was the result? What changed because of what you did?"),
    Followup("no_root_cause", "What was the root cause, and how did you confirm it?"),
    Followup("no_reflection", "What would you do differently if you did it again?"),
    Followup("no_mechanism", "How did you make sure the problem did not come back?"),
    Followup("not_self_started", "How did this come to you? Who noticed the problem first?"),
    Followup("strong", "What was the hardest trade-off you made along the way?"),
)
MAX_FOLLOWUPS = 4


def followups(fired: set[str], f: Features, dims: dict[str, int]) -> list[str]:
    v = f.values
    active = {
        "assigned": "manager_directed" in fired,
        "collective": v.get("we_share", 0) >= 0.3,
        "helped": "helped_dilution" in fired,
        "hypothetical": "hypothetical" in fired,
        "blames_others": "blame_shifting" in fired,
        "no_metric": not v.get("result_numbers"),
        "unattributed": "unattributed_result" in fired,
        "vague_actions": "vague_action" in fired or dims["action_specificity"] < 12,
        "no_result": not v.get("has_result"),
        "no_root_cause": "root_cause" not in fired,
        "no_reflection": not (v.get("reflection") or v.get("hindsight")),
        "no_mechanism": "mechanism" not in fired,
        "not_self_started": not ({"self_initiated", "noticed_problem", "manager_directed"} & fired),
        "strong": sum(dims.values()) >= 85,
    }
    return [q.question for q in FOLLOWUPS if active[q.when]][:MAX_FOLLOWUPS]


# ------------------------------------------------------------------ principle fit

BEST_FIT_COUNT = 3


def core_hits(lp: str, clauses: list[Clause], hits: Hits) -> list[tuple[int, int]]:
    return [(a, b) for a, b, ci in hits.of(CORE[lp]) if not clauses[ci].quoted and not clauses[ci].hypothetical]


def _signal_span(sig, clauses: list[Clause], hits: Hits, fired_spans: dict[str, tuple[int, int]]):
    if sig.phrases:
        found = [(a, b) for a, b, ci in hits.of(sig.phrases) if not clauses[ci].quoted]
        if found:
            return found[0]
    for rid in sig.rules:
        if rid in fired_spans:
            return fired_spans[rid]
    return None


def lp_fit(lp: str | None, text: str, clauses: list[Clause], hits: Hits, fired_spans: dict[str, tuple[int, int]]) -> dict:
    """Signals of the chosen principle; always the principles the story fits best."""
    strength = {pid: len({text[a:b].lower() for a, b in core_hits(pid, clauses, hits)}) for pid in rubric.PRINCIPLE_IDS}
    ranked = sorted(rubric.PRINCIPLE_IDS, key=lambda pid: (-strength[pid], rubric.PRINCIPLE_IDS.index(pid)))
    best = []
    for pid in ranked[:BEST_FIT_COUNT]:
        shown = sum(1 for s in SIGNALS[pid] if _signal_span(s, clauses, hits, fired_spans))
        best.append({"id": pid, "title": rubric.PRINCIPLE_TITLES[pid], "shows": shown, "of": len(SIGNALS[pid])})
    shows, lacks = [], []
    for sig in SIGNALS.get(lp, ()) if lp else ():
        span = _signal_span(sig, clauses, hits, fired_spans)
        if span:
            shows.append({"id": sig.id, "label": sig.label, "quote": text[span[0]:span[1]]})
        else:
            lacks.append({"id": sig.id, "label": sig.label, "hint": sig.hint})
    return {"lp": lp, "title": rubric.PRINCIPLE_TITLES[lp] if lp else None, "shows": shows, "lacks": lacks,
            "best_fit": best}


# ------------------------------------------------------------------ notes

# Per dimension: (feature, advice when it is missing), most valuable first.
_ADVICE: dict[str, tuple[tuple[str, str], ...]] = {
    "structure_star": (
        ("has_result", "End with the result: what changed because of what you did."),
        ("action_count", "Spend most of the answer on your actions, one step at a time."),
        ("has_task", "Say in one line what you set out to do."),
        ("has_situation", "Open with one or two sentences of context."),
    ),
    "ownership_signal": (
        ("own_share", "Say \"I\" for what you did yourself; keep \"we\" for the team's part."),
        ("self_started", "Say how the work came to you and what made you act."),
        ("decisions", "Name a decision that was yours and why you made it."),
        ("beyond_remit", "Show where you went beyond what was strictly your job."),
    ),
    "action_specificity": (
        ("detailed_actions", "Make each action specific: what you examined, what you found, what you changed."),
        ("root_cause", "Name the cause you found and how you confirmed it."),
        ("trade_off", "Say what options you weighed and what you gave up."),
    ),
    "quantified_impact": (
        ("result_numbers", "Give the result as a number, or your honest estimate and how you measured it."),
        ("before_after", "Give the baseline: from what, to what."),
    ),
    "self_awareness": (
        ("reflection", "Close with what you learned."),
        ("changed_behaviour", "Say what you do differently since."),
        ("mechanism", "Name the check or habit that keeps the fix in place."),
    ),
}
_PROBLEMS = {
    "fragment_share": "Fragments with no action in them earn nothing: tell what happened.",
    "hypothetical_share": "What you would do earns nothing: tell what you did.",
    "we_share": "\"We\" and the passive hide your part.",
    "vague_share": "Vague verbs (worked on, handled, helped) hide what you did.",
    "filler": "Buzzwords stand in for actions here.",
    "unattributed": "The result is not tied to any action of yours.",
    "background_numbers": "Tenure, team size and budgets are not results.",
    "generic_reflection": "\"I learned a lot\" is too general to count.",
    "blame": "Blaming others costs ownership.",
}


def notes(dim_id: str, score: int, maximum: int, f: Features) -> list[str]:
    """One or two notes: the biggest problem, else the next thing to add; nothing when full marks."""
    if score >= maximum:
        return []
    from .model import FEATURES_BY_DIMENSION
    problems = [msg for name, msg in _PROBLEMS.items()
                if (name, -1) in FEATURES_BY_DIMENSION[dim_id] and f.values.get(name, 0) >= 0.3]
    advice = [msg for name, msg in _ADVICE[dim_id] if f.values.get(name, 0) < 0.5]
    out = problems[:1] + advice[:1]
    return out or [_ADVICE[dim_id][0][1].replace("Give", "Sharpen").replace("Say", "Sharpen:", 0)]
