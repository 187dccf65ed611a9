"""LP Coach scorer: a Bar Raiser's reading of a STAR answer, in pure Python.

    >>> from scorer import score
    >>> result = score("Nobody asked me to ...", lp="ownership")
    >>> result.to_dict()["band"]

score_json() is the entry point for the browser worker: the result crosses
as a JSON string, never as Python objects.
"""

from __future__ import annotations

import importlib
import json

from .rubric import PRINCIPLE_IDS

__all__ = ["score", "score_json", "Result", "Dimension", "Marker", "PRINCIPLE_IDS", "MAX_CHARS"]

# The engine compiles its rule index at import (a few hundred milliseconds), so it
# loads on first use: `import scorer.rubric` stays cheap for the content checks.
_LAZY = {"score": "engine", "MAX_CHARS": "engine", "Result": "result", "Dimension": "result", "Marker": "result"}


def __getattr__(name: str):
    if name in _LAZY:
        value = getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def vocabulary_words() -> set[str]:
    """Every word the scorer's data names: what the shipped lemma table must cover."""
    from . import assignment, lp_signals, numbers, principles, rules, vocab

    words: set[str] = set()
    for text in vocab.CLASSES.values():
        words.update(text.replace("-", " ").split())
    for group in (vocab.AUXILIARIES, vocab.ADVERBS, vocab.NEGATIONS, vocab.TEAM_NOUNS, vocab.AUTHORITY_NOUNS,
                  vocab.CLAUSE_JOINERS, vocab.ABSTRACT_NOUNS, numbers.NUMBER_WORDS, numbers.CHANGE_WORDS, numbers.TENURE_WORDS,
                  numbers.PEOPLE_WORDS, numbers.BUDGET_WORDS, numbers.DURATION_WORDS,
                  assignment.ASSIGNING, assignment.RECEIVED, assignment.AFTERWARDS):
        words.update(group)
    phrases = [p for r in rules.RULES for p in r.phrases] + list(assignment.ARRIVED)
    phrases += [p for ps in principles.CORE.values() for p in ps]
    phrases += [p for sigs in lp_signals.SIGNALS.values() for s in sigs for p in s.phrases]
    from .features import CHANGE_CUES, HABIT_CUES, RESULT_CUES, STORY_CUES, TASK_CUES
    phrases += list(TASK_CUES) + list(CHANGE_CUES) + list(HABIT_CUES) + list(STORY_CUES) + list(RESULT_CUES)
    for phrase in phrases:
        words.update(w for w in phrase.replace("-", " ").split() if w != "*")
    return words


def score_json(text: str, lp: str | None = None, initiative: bool = False) -> str:
    """json.dumps of score(text, lp, initiative).to_dict(), UTF-8 kept as is, stable key order."""
    from .engine import score

    return json.dumps(score(text, lp, bool(initiative)).to_dict(), ensure_ascii=False)
