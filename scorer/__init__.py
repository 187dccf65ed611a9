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


def score_json(text: str, lp: str | None = None, initiative: bool = False) -> str:
    """json.dumps of score(text, lp, initiative).to_dict(), UTF-8 kept as is, stable key order."""
    from .engine import score

    return json.dumps(score(text, lp, bool(initiative)).to_dict(), ensure_ascii=False)
