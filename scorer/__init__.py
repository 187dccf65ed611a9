"""LP Coach scorer: a Bar Raiser's reading of a STAR answer, in pure Python.

    >>> from scorer import score
    >>> result = score("Nobody asked me to ...", lp="ownership")
    >>> result.to_dict()["band"]

score_json() is the entry point for the browser worker: the result crosses
as a JSON string, never as Python objects.
"""

from __future__ import annotations

import json

from .engine import MAX_CHARS, score
from .result import Dimension, Marker, Result
from .rubric import PRINCIPLE_IDS

__all__ = ["score", "score_json", "Result", "Dimension", "Marker", "PRINCIPLE_IDS", "MAX_CHARS"]


def score_json(text: str, lp: str | None = None) -> str:
    """json.dumps of score(text, lp).to_dict(), UTF-8 kept as is, stable key order."""
    return json.dumps(score(text, lp).to_dict(), ensure_ascii=False)
