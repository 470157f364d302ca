"""The Python baseline of scripts/bench/evaluate-scale-bench.ts: what a data scientist would run
instead of `mlgate evaluate --baseline`. pandas reads both predictions files and pairs them by id;
scikit-learn computes roc_auc, average_precision, log_loss, brier, accuracy and f1 of each model;
a vectorised numpy paired bootstrap (the same row multiplicities for both models, drawn with
np.bincount, scores sorted once) gives 95% percentile intervals of each metric and of the deltas.

Usage: evaluate_baseline.py CANDIDATE.csv BASELINE.csv [RESAMPLES]; prints the metrics as JSON.
"""
import json
import sys

import numpy as np
import pandas as pd
from sklearn.metrics import accuracy_score, average_precision_score, brier_score_loss, f1_score, log_loss, roc_auc_score

candidate_path, baseline_path = sys.argv[1], sys.argv[2]
resamples = int(sys.argv[3]) if len(sys.argv) > 3 else 1000

candidate = pd.read_csv(candidate_path)
baseline = pd.read_csv(baseline_path)
paired = candidate.merge(baseline, on="id", suffixes=("", "_baseline"), validate="one_to_one")
if len(paired) != len(candidate) or len(paired) != len(baseline):
    sys.exit("ids do not match")
if not (paired["y_true"] == paired["y_true_baseline"]).all():
    sys.exit("y_true differs")

y = paired["y_true"].to_numpy() == 1
n = len(y)
models = {"candidate": ("y_pred", "y_score"), "baseline": ("y_pred_baseline", "y_score_baseline")}


def point(pred, score):
    return {
        "roc_auc": roc_auc_score(y, score),
        "average_precision": average_precision_score(y, score),
        "log_loss": log_loss(y, score),
        "brier_score": brier_score_loss(y, score),
        "accuracy": accuracy_score(y, pred),
        "f1": f1_score(y, pred),
    }


class Prepared:
    """Per-row terms and the score order, computed once for all resamples."""

    def __init__(self, pred, score):
        self.order = np.argsort(-score, kind="mergesort")
        sorted_scores = score[self.order]
        self.group_end = np.r_[sorted_scores[1:] != sorted_scores[:-1], True]
        self.y_sorted = y[self.order].astype(np.float64)
        p = np.clip(score, np.finfo(np.float64).eps, 1 - np.finfo(np.float64).eps)
        self.log_loss = -np.log(np.where(y, p, 1 - p))
        self.brier = (y - score) ** 2
        self.pred = pred

    def metrics(self, w):
        ws = w[self.order]
        tps = np.cumsum(ws * self.y_sorted)[self.group_end]
        fps = np.cumsum(ws * (1 - self.y_sorted))[self.group_end]
        positives, negatives = tps[-1], fps[-1]
        tpr = np.r_[0, tps / positives]
        fpr = np.r_[0, fps / negatives]
        auc = np.trapz(tpr, fpr)
        precision = np.divide(tps, tps + fps, out=np.zeros_like(tps), where=(tps + fps) > 0)
        ap = np.sum(np.diff(tpr) * precision)
        tp = np.dot(w, y & self.pred)
        predicted = np.dot(w, self.pred)
        correct = np.dot(w, y == self.pred)
        total = w.sum()
        return np.array([auc, ap, np.dot(w, self.log_loss) / total, np.dot(w, self.brier) / total,
                         correct / total, 2 * tp / (predicted + positives)])


names = ["roc_auc", "average_precision", "log_loss", "brier_score", "accuracy", "f1"]
result = {}
prepared = {}
for name, (pred_column, score_column) in models.items():
    pred = paired[pred_column].to_numpy() == 1
    score = paired[score_column].to_numpy(dtype=np.float64)
    result[name] = point(pred, score)
    prepared[name] = Prepared(pred, score)

rng = np.random.default_rng(0)
replicates = {name: np.empty((resamples, len(names))) for name in models}
for r in range(resamples):
    w = np.bincount(rng.integers(0, n, n), minlength=n).astype(np.float64)
    for name in models:
        replicates[name][r] = prepared[name].metrics(w)
intervals = np.percentile(replicates["candidate"], [2.5, 97.5], axis=0)
delta = np.percentile(replicates["candidate"] - replicates["baseline"], [2.5, 97.5], axis=0)
result["intervals"] = {m: list(intervals[:, k]) for k, m in enumerate(names)}
result["delta_intervals"] = {m: list(delta[:, k]) for k, m in enumerate(names)}
print(json.dumps(result))
