"""Agreement with the development set: python -m scorer.evaluate [DEVSET].

Prints band accuracy, within-one-band agreement, auto-fail agreement and the
metamorphic pass rates, separately for the tuning and held-out splits.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

from . import rubric
from .engine import score
from .metamorphic import RELATIONS, check

DEFAULT_DEVSET = Path(__file__).resolve().parent.parent / "tests" / "scorer" / "devset" / "devset.json"


def load(path: Path = DEFAULT_DEVSET) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["answers"]


def band_distance(a: str, b: str) -> int:
    return abs(rubric.BAND_NAMES.index(a) - rubric.BAND_NAMES.index(b))


def evaluate(answers: list[dict]) -> dict[str, dict]:
    report: dict[str, dict] = {}
    for split in ("tuning", "heldout"):
        rows = [a for a in answers if a["split"] == split]
        if not rows:
            continue
        exact = within = fail_agree = 0
        misses = []
        relations: dict[str, list[bool]] = defaultdict(list)
        for a in rows:
            r = score(a["answer"], a["lp"])
            d = band_distance(r.band, a["band"])
            exact += d == 0
            within += d <= 1
            fail_agree += r.auto_fail == a["auto_fail"]
            if d:
                misses.append(f"{a['id']}: expected {a['band']}, got {r.band} ({r.total})")
            for rel in RELATIONS:
                outcome = check(rel, a["answer"], a["lp"])
                if outcome is not None:
                    relations[rel.id].append(outcome)
        n = len(rows)
        report[split] = {
            "answers": n,
            "band_accuracy": exact / n,
            "within_one_band": within / n,
            "auto_fail_agreement": fail_agree / n,
            "relations": {rid: (sum(v), len(v)) for rid, v in relations.items()},
            "misses": misses,
        }
    return report


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    path = Path(argv[0]) if argv else DEFAULT_DEVSET
    report = evaluate(load(path))
    for split, r in report.items():
        print(f"{split}: {r['answers']} answers")
        print(f"  band accuracy      {r['band_accuracy']:.0%}")
        print(f"  within one band    {r['within_one_band']:.0%}")
        print(f"  auto-fail agreed   {r['auto_fail_agreement']:.0%}")
        for rid, (ok, total) in r["relations"].items():
            print(f"  {rid:<32} {ok}/{total}")
        for miss in r["misses"]:
            print(f"  miss  {miss}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
