"""Interpretable features of an answer, each with the spans that earned it.

The model (model.py) turns these into dimension scores with fitted weights, so
every point traces back to a feature, and every feature to words in the
answer. Counts go through `saturate`, and clauses count once per distinct
idea, so saying a thing twice earns it once and the tenth action adds less
than the second.

STAR labels are derived here (situation, task, action, result, reflection)
and feed only the structure features; no rule depends on them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import vocab
from .clauses import Clause
from .matching import Finding, Hits

TASK_CUES = ("my goal", "the goal", "our goal", "i need to", "i have to", "we need to", "we have to", "the task",
             "my task", "the target", "my target", "the aim", "the challenge", "my job be to", "i want to",
             "responsible for", "the problem be", "the issue be", "the brief", "i be ask to", "the deadline",
             "the objective", "i set out to", "i wanted to", "my role")
# Habits and self-description ("I always make sure…") are not a story about one time.
HABIT_CUES = ("always", "usually", "generally", "typically", "whenever", "every time", "tend to", "normally",
              "i be the one who", "i be the kind of", "i be someone who", "i be a person who", "in general",
              "i try to", "i like to", "i believe", "i think that", "my approach", "my philosophy", "as a rule")
# Anchors in time that say one real episode is being told.
STORY_CUES = ("last year", "last month", "last quarter", "last week", "last spring", "last summer", "last autumn",
              "last fall", "last winter", "one day", "one morning", "one night", "ago", "at the time", "when i be",
              "recently", "back in", "at my last", "at my previous", "one time", "one example", "a time when",
              "a while back", "this one time", "my first week", "my first month", "in january", "in february",
              "in march", "in april", "in may", "in june", "in july", "in august", "in september", "in october",
              "in november", "in december", "that week", "that morning", "that night", "the next day",
              "the following week", "within a week", "by friday", "on monday", "during the")
CHANGE_CUES = ("now i", "i now", "since then", "ever since", "from then on", "these day", "now i always",
               "i start", "i make sure", "i've start", "now we", "we now", "i've change", "i change how",
               "i do it differently", "i still", "what i change", "i no longer", "any more", "anymore",
               "i've learn", "it teach me", "taught me", "the way i think about it", "what i take from",
               "i would do differently", "i'd do differently", "next time i")
# Results in words, including the results that are absences ("not a single", "no more").
RESULT_CUES = ("not a single", "not one", "none of the", "zero", "no more", "no longer", "no repeat", "have not have",
               "have n't have", "for the first time", "become the template", "as the template", "use it as",
               "roll it out", "roll out to", "ask for the same", "adopt", "renew", "halve", "double", "triple",
               "a third", "a quarter", "twice as", "half the", "ahead of schedule", "on time", "under budget",
               "the whole", "every single", "all of the", "hospital-wide", "company-wide", "across the")


SHORT_WORDS = 80   # substantive words below which an answer is too thin to show much
LONG_WORDS = 450   # substantive words past which it runs long


def saturate(n: float, half: float) -> float:
    """n/(n+half): 0 for nothing, 0.5 at `half`, approaching 1; repetition buys little."""
    return n / (n + half) if n > 0 else 0.0


@dataclass
class Features:
    values: dict[str, float] = field(default_factory=dict)
    spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    star: list[str] = field(default_factory=list)   # per clause: S, T, A, R, L or ""
    facts: dict[str, object] = field(default_factory=dict)

    def set(self, name: str, value: float, spans: list[tuple[int, int]] | None = None) -> None:
        self.values[name] = round(float(value), 4)
        if spans:
            self.spans[name] = spans


def _fingerprint(c: Clause) -> frozenset[str]:
    return frozenset(w for w in c.lemmas if w not in vocab.STOPWORDS and len(w) > 2)


def distinct(clauses: list[Clause]) -> list[Clause]:
    """Clauses with repeats of an earlier idea removed (content words mostly the same)."""
    kept: list[Clause] = []
    prints: list[frozenset[str]] = []
    for c in clauses:
        fp = _fingerprint(c)
        if fp and any(len(fp & p) / len(fp | p) >= 0.6 for p in prints):
            continue
        kept.append(c)
        prints.append(fp)
    return kept


def _has_phrase(hits: Hits, phrases: tuple[str, ...], allowed: set[int]) -> list[tuple[int, int]]:
    """Spans of the phrases that start in an allowed clause."""
    return [(a, b) for a, b, ci in hits.of(phrases) if ci in allowed]


def _detailed(c: Clause, text: str) -> bool:
    """A concrete action with something specific in it: a number or a long object (case plays no part)."""
    if c.quantities:
        return True
    words = [t for t in c.tokens if t.kind == "word"]
    return len([w for w in words if w.lemma not in vocab.STOPWORDS]) >= 5


def _abstract(c: Clause) -> bool:
    """An act whose object is an abstraction and carries no number: "I drove alignment"."""
    if c.verb is None or c.quantities:
        return False
    after = [t.lemma for t in c.tokens if t.start > c.verb.start and t.kind == "word" and t.lemma not in vocab.STOPWORDS]
    return bool(after) and any(w in vocab.ABSTRACT_NOUNS for w in after[:4]) and len(after) <= 8


def _spans(found: dict[str, list[Finding]], rule_id: str) -> list[tuple[int, int]]:
    return [(f.start, f.end) for f in found.get(rule_id, [])]


def extract(clauses: list[Clause], found: dict[str, list[Finding]], text: str, words: int, hits: Hits) -> Features:
    f = Features()
    live = [c for c in clauses if not c.quoted]
    allowed = {i for i, c in enumerate(clauses) if not c.quoted}
    ideas = distinct(live)
    habit_spans = _has_phrase(hits, HABIT_CUES, allowed)
    doing = [c for c in ideas if c.actor in ("i", "we", "team") and c.doing
             and not any(c.start <= a < c.end + 1 for a, _b in habit_spans)]
    own = [c for c in doing if c.own and c.verb_class in vocab.CONCRETE | {"cognition"}
           and not _abstract(c)]
    abstract = [c for c in doing if _abstract(c)]
    own_concrete = [c for c in own if c.verb_class in vocab.CONCRETE]
    we_doing = [c for c in doing if c.actor in ("we", "team") and not c.passive]
    passive = [c for c in ideas if c.actor == "passive"]
    vague = [c for c in doing if c.verb_class == "vague"]
    hypo = [c for c in ideas if c.hypothetical and c.actor in ("i", "we") and c.verb_class in vocab.DOING]
    decide = [c for c in own if c.verb_class == "decide"]

    # ---- STAR, derived (structure only)
    first_doing = next((i for i, c in enumerate(live) if c.actor in ("i", "we", "team") and c.doing), None)
    task_spans = _has_phrase(hits, TASK_CUES, allowed)
    star = []
    for i, c in enumerate(live):
        if any(q.result for q in c.quantities) or (c.verb_class in ("metric", "outcome") and not c.negated
                                                   and first_doing is not None and i > first_doing):
            star.append("R")
        elif found_in(found, ("reflection", "generic_reflection"), c):
            star.append("L")
        elif c.actor in ("i", "we", "team") and c.doing:
            star.append("A")
        elif any(a <= c.start < b for a, b in task_spans):
            star.append("T")
        else:
            star.append("S")
    f.star = star
    n = len(live) or 1
    idea_ids = {id(c) for c in ideas}
    results_at = [i for i, s in enumerate(star) if s == "R" and id(live[i]) in idea_ids]
    actions_at = [i for i, s in enumerate(star) if s == "A" and id(live[i]) in idea_ids]
    f.set("has_situation", 1.0 if (first_doing is None and "S" in star) or (first_doing and "S" in star[:first_doing]) else 0.0)
    f.set("has_task", 1.0 if task_spans else 0.0, task_spans[:1])
    f.set("action_count", saturate(len(doing), 3), [(c.start, c.end) for c in doing[:3]])
    early_result_words = [sp for sp in _has_phrase(hits, RESULT_CUES, allowed)
                          if first_doing is not None and sp[0] >= live[first_doing].start]
    f.set("has_result", 1.0 if results_at or early_result_words else 0.0,
          [(live[i].start, live[i].end) for i in results_at[:1]] or early_result_words[:1])
    f.set("result_after_action", 1.0 if results_at and actions_at and max(results_at) > min(actions_at) else 0.0)
    distinct_labels = [lab for c, lab in zip(live, star) if id(c) in idea_ids]
    f.set("action_share", distinct_labels.count("A") / (len(distinct_labels) or 1))
    units = {c.unit for c in clauses}
    f.set("fragment_share", len(found.get("verbless_fragment", [])) / (len(units) or 1),
          _spans(found, "verbless_fragment")[:3])
    # Length that counts: distinct clauses that do or change something (repeats, states and
    # filler do not make an answer longer), as a smooth penalty so one word never flips it.
    substance = sum(len(c.words) for c in ideas if c.verb_class not in ("stative", "none", "event")
                    and not any(c.start <= a < c.end + 1 for a, _b in habit_spans))
    f.set("short", max(0.0, 1.0 - substance / SHORT_WORDS))
    f.set("long", min(1.0, max(0.0, (substance - LONG_WORDS) / LONG_WORDS)))

    habitual = [c for c in ideas if c.actor in ("i", "we", "team") and c.doing and any(c.start <= a < c.end + 1 for a, _b in habit_spans)]
    f.set("habitual_share", len(habitual) / (len(doing) + len(habitual) + 1), [(c.start, c.end) for c in habitual[:2]])
    story_spans = _has_phrase(hits, STORY_CUES, allowed)
    years = [q for c in live for q in c.quantities if q.background]
    f.set("story_anchor", 1.0 if story_spans or any(any(q.result for q in c.quantities) for c in live) or years else 0.0,
          story_spans[:1])

    # ---- ownership
    f.set("own_actions", saturate(len(own), 3), [(c.start, c.verb.end) for c in own[:4] if c.verb])
    f.set("own_share", len(own) / (len(own) + len(we_doing) + len(passive) + 1))
    f.set("we_share", (len(we_doing) + len(passive)) / (len(doing) + len(passive) + 1),
          _spans(found, "collective_language")[:3] + _spans(found, "passive_actor")[:2])
    f.set("self_started", 1.0 if found.get("self_initiated") or found.get("noticed_problem") else 0.0,
          (_spans(found, "self_initiated") + _spans(found, "noticed_problem"))[:2])
    f.set("beyond_remit", 1.0 if found.get("beyond_remit") else 0.0, _spans(found, "beyond_remit")[:1])
    f.set("decisions", saturate(len(decide), 1), [(c.start, c.end) for c in decide[:2]])
    f.set("helped", saturate(len(found.get("helped_dilution", [])), 1), _spans(found, "helped_dilution")[:2])
    f.set("blame", 1.0 if found.get("blame_shifting") else 0.0, _spans(found, "blame_shifting")[:1])
    f.set("hypothetical_share", len(hypo) / (len(doing) + len(hypo) + 1), [(c.start, c.end) for c in hypo[:2]])

    # ---- action specificity
    f.set("concrete_actions", saturate(len([c for c in doing if c.verb_class in vocab.CONCRETE]), 3),
          [(c.start, c.end) for c in own_concrete[:4]])
    detailed = [c for c in doing if c.verb_class in vocab.CONCRETE and _detailed(c, text)]
    f.set("detailed_actions", saturate(len(detailed), 2), [(c.start, c.end) for c in detailed[:3]])
    f.set("vague_share", len(vague) / (len(doing) + 1), _spans(found, "vague_action")[:3])
    f.set("abstract_share", len(abstract) / (len(doing) + 1), [(c.start, c.end) for c in abstract[:2]])
    f.set("root_cause", 1.0 if found.get("root_cause") else 0.0, _spans(found, "root_cause")[:1])
    f.set("trade_off", 1.0 if found.get("trade_off") else 0.0, _spans(found, "trade_off")[:1])
    f.set("filler", saturate(len(found.get("fluent_filler", [])), 2), _spans(found, "fluent_filler")[:3])

    # ---- quantified impact
    result_q = [q for c in ideas for q in c.quantities if q.result]
    f.set("result_numbers", saturate(len(result_q), 1.5), [(q.start, q.end) for q in result_q[:3]])
    f.set("before_after", 1.0 if found.get("before_after") else 0.0, _spans(found, "before_after")[:1])
    metric_words = [c for c in ideas if c.verb_class == "metric" and not c.negated and not c.hypothetical]
    f.set("metric_change", saturate(len(metric_words), 1), [(c.start, c.end) for c in metric_words[:2]])
    outcomes = [c for c in ideas if c.verb_class == "outcome" and not c.negated and not c.hypothetical]
    f.set("outcome", saturate(len(outcomes), 1), [(c.start, c.end) for c in outcomes[:2]])
    result_word_spans = [sp for sp in _has_phrase(hits, RESULT_CUES, allowed)
                         if first_doing is not None and sp[0] >= live[first_doing].start]
    f.set("result_words", saturate(len({text[a:b].lower() for a, b in result_word_spans}), 1), result_word_spans[:2])
    f.set("vague_result", 1.0 if found.get("vague_result") else 0.0, _spans(found, "vague_result")[:1])
    f.set("background_numbers", saturate(len({text[x.start:x.end].lower() for x in found.get("background_number", [])}), 1),
          _spans(found, "background_number")[:2])
    f.set("unattributed", 1.0 if found.get("unattributed_result") and not own else 0.0,
          _spans(found, "unattributed_result")[:1])

    # ---- self-awareness
    f.set("reflection", 1.0 if found.get("reflection") else 0.0, _spans(found, "reflection")[:2])
    change_spans = _has_phrase(hits, CHANGE_CUES, allowed)
    f.set("changed_behaviour", 1.0 if change_spans else 0.0, change_spans[:1])
    hindsight = [c for c in live if c.counterfactual and c.actor == "i"]
    f.set("hindsight", 1.0 if hindsight else 0.0, [(c.start, c.end) for c in hindsight[:1]])
    f.set("mechanism", 1.0 if found.get("mechanism") else 0.0, _spans(found, "mechanism")[:1])
    f.set("generic_reflection", 1.0 if found.get("generic_reflection") else 0.0, _spans(found, "generic_reflection")[:1])

    told = [c for c in ideas if c.verb is not None and c.verb_class != "none"
            and (any(q.result for q in c.quantities) or c.verb_class in ("metric", "outcome"))]
    f.facts.update(told_results=len(told), own=len(own), doing=len(doing), we=len(we_doing), results=len(result_q), ideas=len(ideas),
                   clauses=len(live))
    return f


def found_in(found: dict[str, list[Finding]], ids: tuple[str, ...], c: Clause) -> bool:
    return any(c.start <= x.start < c.end + 1 for rid in ids for x in found.get(rid, []))
