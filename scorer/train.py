"""Fit the dimension weights to the labelled corpus: python -m scorer.train [--write].

Each dimension is a ridge regression over its features (model.py) with the
sign of every weight fixed by the rubric, solved by projected coordinate
descent (pure Python: the corpus is a few hundred answers), followed by a
monotone calibration of its output (isotonic regression, kept as a few knots)
so strong and weak answers are not pulled to the middle. The ridge
strength is chosen by leave-one-author-out cross-validation on the training
authors; the held-out authors (HELD_OUT) are never seen by the fit and are
measured only by scorer.evaluate. Ownership is fitted on answers the raters
did not auto-fail (an auto-fail caps ownership by policy, not by weights).

--write stores the weights in scorer/data/weights.json with the figures the
fit reached; without it, the figures are only printed.
"""

from __future__ import annotations

import json
import sys

from . import model, rubric
from .corpus import Answer, load
from .engine import analyse

HELD_OUT = ("w2",)
LAMBDAS = (0.0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0)
ITERATIONS = 400


def feature_rows(answers: list[Answer]) -> list[dict[str, float]]:
    return [analyse(a.text)[2].values for a in answers]


def fit(rows: list[dict[str, float]], targets: list[float], dim: str, lam: float) -> dict:
    """Sign-constrained ridge by coordinate descent; the intercept is free and unpenalised."""
    names = [n for n, _s in model.FEATURES_BY_DIMENSION[dim]]
    signs = dict(model.FEATURES_BY_DIMENSION[dim])
    X = [[r.get(n, 0.0) for n in names] for r in rows]
    n = len(X)
    w = [0.0] * len(names)
    b = sum(targets) / n
    resid = [t - b for t in targets]
    col_sq = [sum(x[j] ** 2 for x in X) for j in range(len(names))]
    for _ in range(ITERATIONS):
        shift = sum(resid) / n  # intercept step
        b += shift
        resid = [r - shift for r in resid]
        for j in range(len(names)):
            if col_sq[j] == 0:
                continue
            rho = sum(X[i][j] * (resid[i] + X[i][j] * w[j]) for i in range(n))
            new = rho / (col_sq[j] + lam * n)
            new = max(0.0, new) if signs[names[j]] > 0 else min(0.0, new)
            if new != w[j]:
                delta = new - w[j]
                resid = [resid[i] - X[i][j] * delta for i in range(n)]
                w[j] = new
    return {"intercept": round(b, 4), "weights": {names[j]: round(w[j], 4) for j in range(len(names))}}


def predict(weights: dict, row: dict[str, float], dim: str) -> float:
    table = {"dimensions": {dim: weights}}
    raw = model.raw_score(dim, row, table)
    return max(0.0, min(rubric.DIMENSION_MAX[dim], model.calibrate(dim, raw, table)))


KNOTS = 8


def isotonic(xs: list[float], ys: list[float]) -> tuple[list[float], list[float]]:
    """Pool-adjacent-violators: the non-decreasing fit of ys on xs, as at most KNOTS knots."""
    pairs = sorted(zip(xs, ys))
    blocks: list[list[float]] = []  # [sum_x, sum_y, count]
    for x, y in pairs:
        blocks.append([x, y, 1])
        while len(blocks) > 1 and blocks[-2][1] / blocks[-2][2] >= blocks[-1][1] / blocks[-1][2]:
            a = blocks.pop()
            blocks[-1] = [blocks[-1][0] + a[0], blocks[-1][1] + a[1], blocks[-1][2] + a[2]]
    kx = [b[0] / b[2] for b in blocks]
    ky = [b[1] / b[2] for b in blocks]
    if len(kx) > KNOTS:
        picks = sorted({round(i * (len(kx) - 1) / (KNOTS - 1)) for i in range(KNOTS)})
        kx, ky = [kx[i] for i in picks], [ky[i] for i in picks]
    return [round(x, 3) for x in kx], [round(y, 3) for y in ky]


def fit_calibrated(rows: list[dict[str, float]], targets: list[float], dim: str, lam: float) -> dict:
    w = fit(rows, targets, dim, lam)
    raws = [model.raw_score(dim, r, {"dimensions": {dim: w}}) for r in rows]
    # The isotonic fit is made for the share of the score it carries (model.RAW_SHARE).
    share = model.RAW_SHARE
    adjusted = [(t - share * x) / (1 - share) for t, x in zip(targets, raws)]
    w["calibration"] = list(isotonic(raws, adjusted))
    return w


def _rows_for(dim: str, answers: list[Answer], rows: list[dict]) -> tuple[list[dict], list[float], list[str]]:
    keep = [(r, a) for r, a in zip(rows, answers) if not (dim == "ownership_signal" and a.consensus()["auto_fail"])]
    return [r for r, _a in keep], [a.consensus()["dimensions"][dim] for _r, a in keep], [a.author for _r, a in keep]


def cross_validate(dim: str, rows: list[dict], targets: list[float], authors: list[str], lam: float) -> float:
    """Mean absolute error when each author is predicted by a fit on the others."""
    errors = []
    if len(set(authors)) < 2:  # one author only: fall back to five folds by answer
        authors = [f"fold{i % 5}" for i in range(len(authors))]
    for held in sorted(set(authors)):
        train = [i for i, a in enumerate(authors) if a != held]
        test = [i for i, a in enumerate(authors) if a == held]
        w = fit_calibrated([rows[i] for i in train], [targets[i] for i in train], dim, lam)
        errors += [abs(predict(w, rows[i], dim) - targets[i]) for i in test]
    return sum(errors) / len(errors)


def train(answers: list[Answer], out=sys.stdout) -> dict:
    training = [a for a in answers if a.author not in HELD_OUT]
    rows = feature_rows(training)
    result = {"trained_on": sorted({a.author for a in training}), "held_out": list(HELD_OUT),
              "answers": len(training), "dimensions": {}, "cv_mae": {}}
    for dim in rubric.DIMENSION_IDS:
        r, t, au = _rows_for(dim, training, rows)
        scored = {lam: cross_validate(dim, r, t, au, lam) for lam in LAMBDAS}
        lam = min(scored, key=scored.get)
        w = fit_calibrated(r, t, dim, lam)
        w["lambda"] = lam
        result["dimensions"][dim] = w
        result["cv_mae"][dim] = round(scored[lam], 2)
        out.write(f"{dim:<20} lambda {lam:<5} leave-one-author-out MAE {scored[lam]:.2f}  "
                  f"(max {rubric.DIMENSION_MAX[dim]}, {len(r)} answers)\n")
    return result


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    answers = load()
    if not answers:
        print("no labelled answers in tests/scorer/corpus", file=sys.stderr)
        return 2
    weights = train(answers)
    if "--write" in argv:
        model.WEIGHTS_PATH.write_text(json.dumps(weights, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {model.WEIGHTS_PATH.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
