"""Typed content models. The field lists here are the YAML schema.

Each model carries a `loc` (file and the line of every field) so semantic checks
can point at the exact line of a bad value. `content/SCHEMA.md` documents the
same shape for authors.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional


@dataclass
class Loc:
    """Where a mapping came from: its file, its line, and each field's line."""

    file: str
    line: int
    fields: dict[str, int] = field(default_factory=dict)
    items: dict[str, list[int]] = field(default_factory=dict)
    entries: dict[str, dict[str, int]] = field(default_factory=dict)

    def of(self, name: str) -> int:
        return self.fields.get(name, self.line)

    def item(self, name: str, index: int) -> int:
        """The line of item `index` of list field `name`."""
        lines = self.items.get(name, [])
        return lines[index] if index < len(lines) else self.of(name)

    def entry(self, name: str, key: str) -> int:
        """The line of `key` inside mapping field `name`."""
        return self.entries.get(name, {}).get(key, self.of(name))


def _loc() -> Loc:
    return field(default=None, compare=False, repr=False)  # type: ignore[return-value]


@dataclass
class Lesson:
    meaning: str
    listen_for: list[str]
    red_flags: list[str]
    followups: list[str]
    related: list[str]
    loc: Loc = _loc()


@dataclass
class InterviewQuestion:
    id: str
    text: str
    # The question's premise is self-initiation ("without being asked"): an
    # assigned story then auto-fails, as the scorer's assigned-work policy says.
    initiative: bool = False
    loc: Loc = _loc()


@dataclass
class FixIt:
    id: str
    title: str
    dimension: str
    before: str
    after: str
    why: str
    # True when the model rewrite puts in a figure the original lacks, and the
    # why tells the reader to supply their own real number instead of inventing one.
    needs_real_figure: bool = False
    loc: Loc = _loc()


@dataclass
class PrincipleDoc:
    id: str
    title: str
    summary: str
    lesson: Lesson
    questions: list[InterviewQuestion]
    fixits: list[FixIt]
    coaching: list[str]
    model_answer: str
    loc: Loc = _loc()


@dataclass
class Marker:
    id: str
    kind: str
    dimension: str
    quote: str
    why: str
    loc: Loc = _loc()


@dataclass
class Evidence:
    dimension: str
    quote: str
    why: str
    loc: Loc = _loc()


@dataclass
class Candidate:
    label: str
    answer: str
    scores: dict[str, int]
    total: int
    band: str
    markers: list[Marker]
    evidence: list[Evidence] = field(default_factory=list)
    delivery: Optional[str] = None
    loc: Loc = _loc()

    @property
    def auto_fail(self) -> bool:
        return any(marker.kind == "auto_fail" for marker in self.markers)


@dataclass
class Drill:
    """A follow-up probe a Bar Raiser would ask, with a weak and a strong reply."""

    question: str
    weak: str
    strong: str
    why: str
    loc: Loc = _loc()


@dataclass
class Exercise:
    id: str
    question: str
    level: str
    minutes: float
    candidates: list[Candidate]
    notes: str
    drills: list[Drill] = field(default_factory=list)
    # What this exercise's level changes in what a Bar Raiser expects.
    level_note: Optional[str] = None
    loc: Loc = _loc()


@dataclass
class EvaluateDoc:
    exercises: list[Exercise]
    loc: Loc = _loc()


@dataclass
class QuizQuestion:
    id: str
    difficulty: str
    stem: str
    options: dict[str, str]
    answer: str
    steps: list[str]
    hint: str
    mistakes: list[str]
    loc: Loc = _loc()


@dataclass
class QuizDoc:
    questions: list[QuizQuestion]
    loc: Loc = _loc()


@dataclass
class Principle:
    """One principle's three documents, as loaded from its folder."""

    doc: PrincipleDoc
    evaluate: EvaluateDoc
    quiz: QuizDoc
    # False when some item had a shape error and was left out: counts would mislead.
    complete: bool = True

    @property
    def id(self) -> str:
        return self.doc.id

    @property
    def title(self) -> str:
        return self.doc.title
