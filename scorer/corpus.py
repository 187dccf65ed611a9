"""The labelled corpus: answers written blind, each scored by at least two raters.

tests/scorer/corpus/answers/<author>.yaml holds the answers with their
writer's metadata (role, forms, intent); labels/<rater>-<author>.jsonl the
raters' scores, made under RATER_GUIDE.md without seeing the scorer, the
writer's intent or each other. The consensus is the raters' mean per
dimension, with auto-fail and off-principle by majority.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from . import rubric

CORPUS_DIR = Path(__file__).resolve().parent.parent / "tests" / "scorer" / "corpus"
ENGINEERING = ("engineer", "developer", "sre", "sde", "programmer", "devops", "architect")


@dataclass
class Answer:
    id: str
    author: str
    lp: str
    question: str
    initiative: bool
    role: str
    forms: tuple[str, ...]
    text: str
    labels: list[dict] = field(default_factory=list)

    @property
    def engineering(self) -> bool:
        return any(k in self.role.lower() for k in ENGINEERING)

    def consensus(self) -> dict:
        dims = {d: sum(lab[d] for lab in self.labels) / len(self.labels) for d in rubric.DIMENSION_IDS}
        auto_fail = sum(bool(lab["auto_fail"]) for lab in self.labels) * 2 > len(self.labels)
        off = sum(bool(lab["off_principle"]) for lab in self.labels) * 2 > len(self.labels)
        total = sum(dims.values())
        band = rubric.band_for(round(total), auto_fail)
        if off and rubric.BAND_NAMES.index(band) < rubric.BAND_NAMES.index("Lean No Hire"):
            band = "Lean No Hire"
        return {"dimensions": dims, "total": total, "auto_fail": auto_fail, "off_principle": off, "band": band}


def load(corpus_dir: Path = CORPUS_DIR) -> list[Answer]:
    import yaml  # a development dependency: the browser bundle never loads the corpus

    answers: dict[str, Answer] = {}
    for path in sorted((corpus_dir / "answers").glob("*.yaml")):
        for rec in yaml.safe_load(path.read_text(encoding="utf-8")):
            answers[rec["id"]] = Answer(rec["id"], path.stem, rec["lp"], rec["question"], bool(rec.get("initiative")),
                                        rec.get("role", ""), tuple(rec.get("forms", ())), rec["text"])
    for path in sorted((corpus_dir / "labels").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                lab = json.loads(line)
                lab["rater"] = path.stem.split("-")[0]
                if lab["id"] in answers:
                    answers[lab["id"]].labels.append(lab)
    return [a for a in answers.values() if len(a.labels) >= 2]
