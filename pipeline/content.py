"""Load every principle folder under content/ into typed, checked models."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from scorer import rubric

from . import checks, guides as guide_pages, schema, yamlsrc
from .models import EvaluateDoc, Principle, PrincipleDoc, QuizDoc
from .problems import Problems

# The three files of a principle folder and the model each one holds.
FILES = {"principle.yaml": PrincipleDoc, "evaluate.yaml": EvaluateDoc, "quiz.yaml": QuizDoc}


@dataclass
class Content:
    principles: list[Principle]
    problems: Problems
    guides: list[guide_pages.Guide] = field(default_factory=list)

    def by_id(self) -> dict[str, Principle]:
        return {p.id: p for p in self.principles}


def _display(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root.parent).as_posix()
    except ValueError:
        return path.as_posix()


def load_principle(folder: Path, root: Path, problems: Problems) -> Principle | None:
    docs = {}
    problems_before = len(problems)
    for name, model in FILES.items():
        path = folder / name
        display = _display(path, root)
        if not path.is_file():
            problems.add(display, 1, f"missing file: every principle folder needs {', '.join(FILES)}")
            continue
        value = yamlsrc.load(path, display, problems)
        if value is not None:
            docs[name] = schema.build(model, value, display, 1, name.removesuffix(".yaml"), problems)
    for extra in sorted(folder.iterdir()):
        if extra.name not in FILES and not extra.name.startswith("."):
            problems.add(_display(extra, root), 1, f"unexpected file in a principle folder; expected only {', '.join(FILES)}")
    if any(docs.get(name) is None for name in FILES):
        return None
    return Principle(docs["principle.yaml"], docs["evaluate.yaml"], docs["quiz.yaml"],
                     complete=len(problems) == problems_before)


def load_content(root: Path) -> Content:
    """Load and check everything under `root` (the content folder)."""
    problems = Problems()
    principles_dir = root / "principles"
    principles: list[Principle] = []
    if not principles_dir.is_dir():
        problems.add(_display(principles_dir, root), 1, "missing folder of principles")
        return Content(principles, problems)
    order = {pid: i for i, pid in enumerate(rubric.PRINCIPLE_IDS)}
    for folder in sorted(principles_dir.iterdir(), key=lambda f: (order.get(f.name, len(order)), f.name)):
        if not folder.is_dir() or folder.name.startswith(".") or not any(folder.iterdir()):
            continue  # an empty folder is a principle not written yet
        if folder.name not in order:
            problems.add(_display(folder, root), 1,
                         f"unknown principle folder '{folder.name}'; valid ids: {', '.join(rubric.PRINCIPLE_IDS)}")
            continue
        principle = load_principle(folder, root, problems)
        if principle is not None:
            principles.append(principle)
    checks.run_all(principles, problems)
    guides = guide_pages.load_guides(root / "guides", lambda path: _display(path, root), problems)
    return Content(principles, problems, guides)


def load_and_gate(root: Path, gate_stamp: Path | None = None) -> Content:
    """Load and check content, then hold it against the scorer (only once it is well-formed).

    With `gate_stamp`, a gate that already passed on identical content and scorer is not re-run.
    """
    from . import gate

    content = load_content(root)
    if not content.problems:
        gate.run_cached(content.principles, content.problems, root, gate_stamp)
    return content


def summary(content: Content) -> dict:
    """The `build.py check --json` object."""
    principles = []
    for p in content.principles:
        quiz = {level: 0 for level in checks.DIFFICULTIES}
        for q in p.quiz.questions:
            if q.difficulty in quiz:
                quiz[q.difficulty] += 1
        principles.append({"id": p.id, "title": p.title, "examples": len(p.evaluate.exercises),
                           "fixits": len(p.doc.fixits), "quiz": quiz})
    # Exactly the contract's keys: warnings and the quiz share are printed by the plain `check`.
    return {"principles": principles, "errors": [e.to_dict() for e in content.problems.sorted()]}
