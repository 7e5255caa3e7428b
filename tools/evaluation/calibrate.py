#!/usr/bin/env python3
"""Fits the analysis' confidence calibration and measures it on held-out spectra.

The analysis reports, per group, the features of `confidenceFeatures` (core/analysis/
groupevidence.h); `spinhance-cli evaluate-analysis --json` writes them with whether the group was
right. This fits a logistic model p(right | features) by Newton's method (L2 0.01) on the --fit
files and reports the expected calibration error (10 bins) and the accuracy of groups reported at
>= 0.9 on the --fit and --test files. The coefficients go into core/analysis/confidencecalibration.cpp.

    tools/evaluation/calibrate.py --fit gissmo60.json gissmo90.json --test lit60.json lit90.json
"""
import argparse
import json
import math


def groups(paths):
    rows = []
    for path in paths:
        for case in json.load(open(path))["cases"]:
            for x, right in zip(case.get("confidence_features", []), case["group_right"]):
                rows.append((x, 1.0 if right else 0.0))
    return rows


def solve(a, b):
    """Gaussian elimination with partial pivoting (a is small and well conditioned by the L2)."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        for r in range(n):
            if r != c:
                f = m[r][c] / m[c][c]
                m[r] = [x - f * y for x, y in zip(m[r], m[c])]
    return [m[i][n] / m[i][i] for i in range(n)]


def sigmoid(z):
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))


def fit(rows, l2=0.01, iterations=50):
    k = len(rows[0][0])
    w = [0.0] * k
    for _ in range(iterations):
        grad = [l2 * wi for wi in w]
        hess = [[l2 if i == j else 0.0 for j in range(k)] for i in range(k)]
        for x, y in rows:
            p = sigmoid(sum(wi * xi for wi, xi in zip(w, x)))
            for i in range(k):
                grad[i] += (p - y) * x[i]
                for j in range(k):
                    hess[i][j] += p * (1 - p) * x[i] * x[j]
        step = solve(hess, grad)
        w = [wi - si for wi, si in zip(w, step)]
        if max(abs(s) for s in step) < 1e-8:
            break
    return w


def report(name, rows, predict):
    bins = [[0, 0.0, 0.0] for _ in range(10)]
    high = [0, 0.0]
    for x, y in rows:
        p = predict(x)
        b = bins[min(9, int(p * 10))]
        b[0] += 1
        b[1] += p
        b[2] += y
        if p >= 0.9:
            high[0] += 1
            high[1] += y
    n = len(rows)
    ece = sum(abs(b[1] - b[2]) for b in bins) / max(1, n)
    print(f"{name}: {n} groups, right {sum(y for _, y in rows) / max(1, n):.3f}, ECE {ece:.3f}, "
          f">= 0.9: {high[0]} groups, right {high[1] / max(1, high[0]):.3f}")
    for i, b in enumerate(bins):
        if b[0]:
            print(f"  [{i / 10:.1f}, {(i + 1) / 10:.1f}) n={b[0]:4d} mean p={b[1] / b[0]:.3f} "
                  f"right={b[2] / b[0]:.3f}")
    return ece


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--fit", nargs="+", required=True, help="evaluate-analysis JSON to fit on")
    parser.add_argument("--test", nargs="*", default=[], help="held-out evaluate-analysis JSON")
    parser.add_argument("--l2", type=float, default=0.01)
    parser.add_argument("--coefficients", help="score these (comma-separated, e.g. the shipped "
                        "ones) on the --fit and --test files instead of fitting")
    args = parser.parse_args()
    train = groups(args.fit)
    if not train:
        raise SystemExit("no groups with confidence_features in the --fit files")
    if args.coefficients:
        w = [float(c) for c in args.coefficients.split(",")]
        if len(w) != len(train[0][0]):
            raise SystemExit(f"--coefficients: expected {len(train[0][0])} numbers, found {len(w)}")
    else:
        w = fit(train, args.l2)
    predict = lambda x: sigmoid(sum(wi * xi for wi, xi in zip(w, x)))
    print("coefficients:", "{" + ", ".join(f"{c:.4f}" for c in w) + "}")
    report("scored" if args.coefficients else "fit", train, predict)
    if args.test:
        test = groups(args.test)
        report("held-out", test, predict)


if __name__ == "__main__":
    main()
