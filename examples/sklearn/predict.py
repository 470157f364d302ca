#!/usr/bin/env python3
"""Scores rows with a trained model and writes them in mlgate's predictions format:
id, y_true (when the rows have the label), y_pred, y_score (the probability of class 1).

    python3 examples/sklearn/predict.py --model examples/sklearn/model/model.pkl \
        --data examples/breast-cancer/holdout.csv --out predictions.csv

The workflow uses it to score the production model, fetched from the registry, on the pull
request's evaluation rows: both models are then compared on the same rows, matched by id.
"""
import argparse
import csv
import pickle

import numpy as np


def read_rows(path, target, id_column):
    with open(path, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    if not rows:
        raise SystemExit(f"{path}: no rows")
    features = [c for c in rows[0] if c not in (target, id_column)]
    x = np.array([[float(row[c]) for c in features] for row in rows])
    ids = [row[id_column] for row in rows] if id_column in rows[0] else [str(i + 1) for i in range(len(rows))]
    y = [row[target] for row in rows] if target in rows[0] else None
    return features, x, y, ids


def write_predictions(path, model, x, y_true, ids):
    # repr() writes each float in the shortest form that reads back as the same number.
    scores = model.predict_proba(x)[:, list(model.classes_).index(1)]
    predicted = model.predict(x)
    with open(path, "w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh, lineterminator="\n")
        out.writerow(["id", "y_true", "y_pred", "y_score"])
        for i, row_id in enumerate(ids):
            out.writerow([row_id, "" if y_true is None else y_true[i], int(predicted[i]), repr(float(scores[i]))])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", required=True, help="model.pkl written by train.py")
    parser.add_argument("--data", required=True, help="CSV rows to score")
    parser.add_argument("--out", required=True, help="predictions CSV to write")
    args = parser.parse_args()
    with open(args.model, "rb") as fh:
        bundle = pickle.load(fh)
    features, x, y_true, ids = read_rows(args.data, bundle["target"], bundle["id"])
    if features != bundle["features"]:
        raise SystemExit(f"{args.data}: columns {features} differ from the model's {bundle['features']}")
    write_predictions(args.out, bundle["model"], x, y_true, ids)
    print(f"scored {len(ids)} rows of {args.data} -> {args.out}")


if __name__ == "__main__":
    main()
