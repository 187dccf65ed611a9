"""How well the scorer agrees with blind raters: python -m scorer.evaluate.

Prints, for the held-out authors the fit never saw (and, for reference, the
training authors; with --cross-validate, every author scored by a fit on the
others): Spearman with the rater consensus, band exact, within one
band, mean absolute error of the total, auto-fail recall and precision, and
the same per form (present tense, bullets, non-engineering roles, informal
speech). Then the raters' agreement with each other, the development set as a
regression suite, and the metamorphic relations.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from . import rubric
from .corpus import Answer, load
from .engine import score
from .metamorphic import RELATIONS, check
from .train import HELD_OUT

DEVSET = Path(__file__).resolve().parent.parent / "tests" / "scorer" / "devset" / "devset.json"
FORMS = ("present-tense", "bullets", "non-engineering", "informal", "non-native", "british", "assigned-beyond",
         "assigned-only", "assignment-lookalike", "keyword-salad", "off-principle")


def _ranks(xs: list[float]) -> list[float]:
    order = sorted(range(len(xs)), key=lambda i: xs[i])
    ranks = [0.0] * len(xs)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and xs[order[j + 1]] == xs[order[i]]:
            j += 1
        for k in range(i, j + 1):
            ranks[order[k]] = (i + j) / 2
        i = j + 1
    return ranks


def spearman(a: list[float], b: list[float]) -> float:
    if len(a) < 3:
        return float("nan")
    ra, rb = _ranks(a), _ranks(b)
    ma, mb = sum(ra) / len(ra), sum(rb) / len(rb)
    cov = sum((x - ma) * (y - mb) for x, y in zip(ra, rb))
    va = sum((x - ma) ** 2 for x in ra) ** 0.5
    vb = sum((y - mb) ** 2 for y in rb) ** 0.5
    return cov / (va * vb) if va and vb else float("nan")


def band_distance(a: str, b: str) -> int:
    return abs(rubric.BAND_NAMES.index(a) - rubric.BAND_NAMES.index(b))


def figures(pairs: list[tuple[Answer, dict]]) -> dict:
    """pairs: (answer, scorer result dict)."""
    if not pairs:
        return {"n": 0}
    cons = [a.consensus() for a, _r in pairs]
    res = [r for _a, r in pairs]
    tp = sum(1 for c, r in zip(cons, res) if c["auto_fail"] and r["auto_fail"])
    fp = sum(1 for c, r in zip(cons, res) if not c["auto_fail"] and r["auto_fail"])
    fn = sum(1 for c, r in zip(cons, res) if c["auto_fail"] and not r["auto_fail"])
    return {
        "n": len(pairs),
        "spearman": round(spearman([c["total"] for c in cons], [r["total"] for r in res]), 3),
        "band_exact": round(sum(band_distance(c["band"], r["band"]) == 0 for c, r in zip(cons, res)) / len(pairs), 3),
        "within_one": round(sum(band_distance(c["band"], r["band"]) <= 1 for c, r in zip(cons, res)) / len(pairs), 3),
        "mae_total": round(sum(abs(c["total"] - r["total"]) for c, r in zip(cons, res)) / len(pairs), 1),
        "auto_fail_recall": round(tp / (tp + fn), 3) if tp + fn else None,
        "auto_fail_precision": round(tp / (tp + fp), 3) if tp + fp else None,
    }


def _has_form(a: Answer, form: str) -> bool:
    return (not a.engineering) if form == "non-engineering" else form in a.forms


def rater_agreement(answers: list[Answer]) -> dict:
    """Each rater against the mean of the others on the same answers."""
    totals_a, totals_b, bands_same, dim_err = [], [], 0, {d: [] for d in rubric.DIMENSION_IDS}
    n = 0
    for a in answers:
        first, second = a.labels[0], a.labels[1]
        ta = sum(first[d] for d in rubric.DIMENSION_IDS)
        tb = sum(second[d] for d in rubric.DIMENSION_IDS)
        totals_a.append(ta)
        totals_b.append(tb)
        ba = rubric.band_for(ta, bool(first["auto_fail"]))
        bb = rubric.band_for(tb, bool(second["auto_fail"]))
        bands_same += ba == bb
        for d in rubric.DIMENSION_IDS:
            dim_err[d].append(abs(first[d] - second[d]))
        n += 1
    return {"n": n, "spearman": round(spearman(totals_a, totals_b), 3), "band_exact": round(bands_same / n, 3),
            "mae_total": round(sum(abs(x - y) for x, y in zip(totals_a, totals_b)) / n, 1),
            "dimension_mae": {d: round(sum(e) / len(e), 1) for d, e in dim_err.items()}}


def report(answers: list[Answer]) -> dict:
    scored = [(a, score(a.text, a.lp, a.initiative).to_dict()) for a in answers]
    held = [(a, r) for a, r in scored if a.author in HELD_OUT]
    train = [(a, r) for a, r in scored if a.author not in HELD_OUT]
    return {
        "held_out": figures(held),
        "training": figures(train),
        "held_out_by_form": {f: figures([(a, r) for a, r in held if _has_form(a, f)]) for f in FORMS},
        "raters": rater_agreement(answers),
    }


def cross_validated(answers: list[Answer]) -> dict:
    """Every author scored by weights fitted on the other authors (with the shipped ridge strengths)."""
    from . import model
    from .train import _rows_for, feature_rows, fit_calibrated

    rows = feature_rows(answers)
    shipped = model.WEIGHTS
    pairs = []
    try:
        for held in sorted({a.author for a in answers}):
            train = [i for i, a in enumerate(answers) if a.author != held]
            weights = {"dimensions": {}}
            for dim in rubric.DIMENSION_IDS:
                r, t, _au = _rows_for(dim, [answers[i] for i in train], [rows[i] for i in train])
                weights["dimensions"][dim] = fit_calibrated(r, t, dim, shipped["dimensions"][dim].get("lambda", 0.01))
            model.WEIGHTS = weights
            pairs += [(a, score(a.text, a.lp, a.initiative).to_dict()) for a in answers if a.author == held]
    finally:
        model.WEIGHTS = shipped
    return {"all": figures(pairs), "by_form": {f: figures([(a, r) for a, r in pairs if _has_form(a, f)]) for f in FORMS}}


def devset() -> dict:
    rows = json.loads(DEVSET.read_text(encoding="utf-8"))["answers"]
    exact = within = fail = 0
    for row in rows:
        r = score(row["answer"], row["lp"])
        d = band_distance(r.band, row["band"])
        exact += d == 0
        within += d <= 1
        fail += r.auto_fail == row["auto_fail"]
    return {"n": len(rows), "band_exact": round(exact / len(rows), 3), "within_one": round(within / len(rows), 3),
            "auto_fail_agreed": round(fail / len(rows), 3)}


def metamorphic(texts: list[tuple[str, str]]) -> dict:
    out = {}
    for rel in RELATIONS:
        results = [check(rel, t, lp) for t, lp in texts]
        applied = [x for x in results if x is not None]
        out[rel.id] = {"applied": len(applied), "held": sum(applied)}
    return out


def _line(name: str, f: dict) -> str:
    if not f.get("n"):
        return f"{name:<24} (none)"
    return (f"{name:<24} n={f['n']:<4} spearman {f['spearman']:.2f}  band {f['band_exact']:.0%}  "
            f"within one {f['within_one']:.0%}  MAE {f['mae_total']:>4}  "
            f"auto-fail recall {f['auto_fail_recall'] if f['auto_fail_recall'] is not None else '-'}"
            f" precision {f['auto_fail_precision'] if f['auto_fail_precision'] is not None else '-'}")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    answers = load()
    rep = report(answers)
    if "--json" in argv:
        print(json.dumps(rep, indent=1))
        return 0
    print(f"Corpus: {len(answers)} answers, held-out authors {', '.join(HELD_OUT)}")
    print(_line("held out", rep["held_out"]))
    print(_line("training authors", rep["training"]))
    for form, f in rep["held_out_by_form"].items():
        print(_line(f"  {form}", f))
    r = rep["raters"]
    print(f"Raters with each other   n={r['n']} spearman {r['spearman']:.2f}  band {r['band_exact']:.0%}  "
          f"MAE {r['mae_total']}  per dimension {r['dimension_mae']}")
    d = devset()
    print(f"Development set          n={d['n']} band {d['band_exact']:.0%}  within one {d['within_one']:.0%}  "
          f"auto-fail agreed {d['auto_fail_agreed']:.0%}")
    if "--cross-validate" in argv:
        cv = cross_validated(answers)
        print(_line("every author, unseen", cv["all"]))
        for form, f in cv["by_form"].items():
            print(_line(f"  {form}", f))
    if "--metamorphic" in argv:
        for rid, m in metamorphic([(a.text, a.lp) for a in answers]).items():
            print(f"  {rid:<36} held {m['held']}/{m['applied']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
