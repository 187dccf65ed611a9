"""The result model: plain data whose to_dict() is exactly the --json object."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Marker:
    id: str
    kind: str
    dimension: str
    start: int
    end: int
    quote: str
    message: str
    fix: str

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind, "dimension": self.dimension,
                "start": self.start, "end": self.end, "quote": self.quote,
                "message": self.message, "fix": self.fix}


@dataclass(frozen=True)
class Dimension:
    id: str
    title: str
    score: int
    max: int
    evidence: tuple[dict[str, Any], ...] = ()
    notes: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"score": self.score, "max": self.max, "title": self.title,
                "evidence": [dict(e) for e in self.evidence], "notes": list(self.notes)}


@dataclass(frozen=True)
class Result:
    total: int
    band: str
    auto_fail: bool
    lp: str | None
    dimensions: tuple[Dimension, ...]
    markers: tuple[Marker, ...]
    word_count: int
    speaking_seconds: int
    followups: tuple[str, ...] = ()
    lp_fit: dict[str, Any] = field(default_factory=dict)
    notes: tuple[str, ...] = ()
    sentences: tuple[dict[str, Any], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "total": self.total,
            "band": self.band,
            "auto_fail": self.auto_fail,
            "lp": self.lp,
            "dimensions": {d.id: d.to_dict() for d in self.dimensions},
            "markers": [m.to_dict() for m in self.markers],
            "word_count": self.word_count,
            "speaking_seconds": self.speaking_seconds,
            "followups": list(self.followups),
            "lp_fit": json.loads(json.dumps(self.lp_fit)),
            "notes": list(self.notes),
            "sentences": [dict(s) for s in self.sentences],
        }

    def to_json(self, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)
