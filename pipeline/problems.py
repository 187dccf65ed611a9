"""Located content problems, collected so every error is reported at once."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True, order=True)
class Problem:
    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"

    def to_dict(self) -> dict:
        return {"file": self.file, "line": self.line, "message": self.message}


@dataclass
class Problems:
    """A growing list of problems; checks append, nobody raises."""

    items: list[Problem] = field(default_factory=list)
    # Located findings that do not fail the build (yet): shown, never counted as errors.
    warnings: list[Problem] = field(default_factory=list)

    def add(self, file: str | Path, line: int, message: str) -> None:
        self.items.append(Problem(str(file), int(line), message))

    def warn(self, file: str | Path, line: int, message: str) -> None:
        self.warnings.append(Problem(str(file), int(line), message))

    def __bool__(self) -> bool:
        return bool(self.items)

    def __iter__(self):
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def sorted(self) -> list[Problem]:
        return sorted(set(self.items))

    def sorted_warnings(self) -> list[Problem]:
        return sorted(set(self.warnings))
