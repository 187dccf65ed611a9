"""How often a quiz's correct option is simply its longest one.

A quiz where the answer is usually the longest option can be passed without
judgement; the content checks hold the site-wide share under a limit and name
the quizzes that contribute most.
"""

from __future__ import annotations

from dataclasses import dataclass

from .models import Principle, QuizQuestion

LIMIT = 0.30  # at most this share of all quiz questions may have the answer as the strictly longest option


def answer_is_longest(q: QuizQuestion) -> bool:
    """True when the correct option is longer than every other option (a tie does not count)."""
    if q.answer not in q.options or len(q.options) < 2:
        return False
    answer = len(q.options[q.answer].strip())
    return all(answer > len(text.strip()) for key, text in q.options.items() if key != q.answer)


@dataclass(frozen=True)
class QuizShare:
    principle: str
    file: str
    line: int
    longest: int
    total: int


@dataclass(frozen=True)
class Share:
    quizzes: tuple[QuizShare, ...]

    @property
    def longest(self) -> int:
        return sum(q.longest for q in self.quizzes)

    @property
    def total(self) -> int:
        return sum(q.total for q in self.quizzes)

    @property
    def ratio(self) -> float:
        return self.longest / self.total if self.total else 0.0

    @property
    def exceeded(self) -> bool:
        return self.ratio > LIMIT

    def worst(self, n: int = 3) -> list[QuizShare]:
        ranked = sorted(self.quizzes, key=lambda q: (-(q.longest / q.total if q.total else 0), -q.longest, q.principle))
        return [q for q in ranked if q.longest][:n]

    def describe(self) -> str:
        worst = ", ".join(f"{q.principle} {q.longest}/{q.total}" for q in self.worst())
        text = (f"the correct option is strictly the longest in {self.longest} of {self.total} quiz questions "
                f"({self.ratio:.0%}; limit {LIMIT:.0%})")
        return text + (f"; worst: {worst}" if worst else "")

    def to_dict(self) -> dict:
        return {"longest": self.longest, "total": self.total, "share": round(self.ratio, 4), "limit": LIMIT,
                "worst": [{"principle": q.principle, "longest": q.longest, "total": q.total} for q in self.worst()]}


def measure(principles: list[Principle]) -> Share:
    return Share(tuple(
        QuizShare(p.id, p.quiz.loc.file, p.quiz.loc.of("questions"),
                  sum(answer_is_longest(q) for q in p.quiz.questions), len(p.quiz.questions))
        for p in principles))
