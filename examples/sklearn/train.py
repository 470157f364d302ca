#!/usr/bin/env python3
"""Trains the example model: standardised features and a logistic regression (scikit-learn), with
the parameters in params.yaml (beside this file unless given). Writes, beside this file,

- model/model.pkl: the fitted pipeline with its feature names, target and id column;
- model/predictions.csv: the evaluation rows scored, in mlgate's predictions format;
- metrics.json: accuracy, ROC AUC, F1 and log loss on the evaluation rows.

    python3 examples/sklearn/train.py [params.yaml]     # from the repository root

The data paths in params.yaml are relative to the folder it runs in.
"""
import json
import os
import pickle
import sys

import sklearn
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score, log_loss, roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

from params import read_params
from predict import read_rows, write_predictions


HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    params = read_params(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "params.yaml"))
    data, settings = params["data"], params["model"]
    features, x, y, _ = read_rows(data["train"], data["target"], data["id"])
    model = make_pipeline(StandardScaler(), LogisticRegression(C=float(settings["C"]), max_iter=int(settings["max_iter"])))
    model.fit(x, [int(v) for v in y])

    out = os.path.join(HERE, "model")
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "model.pkl"), "wb") as fh:
        pickle.dump({"model": model, "features": features, "target": data["target"], "id": data["id"], "sklearn": sklearn.__version__}, fh)

    eval_features, x_eval, y_eval, ids = read_rows(data["evaluation"], data["target"], data["id"])
    if eval_features != features:
        raise SystemExit(f"{data['evaluation']}: columns differ from {data['train']}")
    write_predictions(os.path.join(out, "predictions.csv"), model, x_eval, y_eval, ids)
    truth = [int(v) for v in y_eval]
    scores = model.predict_proba(x_eval)[:, 1]
    predicted = model.predict(x_eval)
    metrics = {
        "accuracy": accuracy_score(truth, predicted),
        "roc_auc": roc_auc_score(truth, scores),
        "f1": f1_score(truth, predicted),
        "log_loss": log_loss(truth, scores),
    }
    with open(os.path.join(HERE, "metrics.json"), "w", encoding="utf-8") as fh:
        json.dump(metrics, fh, indent=2, sort_keys=True)
        fh.write("\n")
    print(f"trained on {len(y)} rows (C={settings['C']}); evaluation rows {len(truth)}: " + ", ".join(f"{k} {v:.4f}" for k, v in metrics.items()))


if __name__ == "__main__":
    main()
