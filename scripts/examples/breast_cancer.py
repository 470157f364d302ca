#!/usr/bin/env python3
"""Exports the demo data set once: scikit-learn's bundled copy of the Wisconsin Diagnostic Breast
Cancer data (569 rows, 30 numeric features), split into train / holdout, plus a "production"
sample with a deliberate, documented shift. Run with Debian's python3-sklearn:

    /usr/bin/python3 scripts/examples/breast_cancer.py

The output is committed; re-running it reproduces it byte for byte (fixed seed).
"""
import csv
import pathlib

import numpy as np
import sklearn
from sklearn.datasets import load_breast_cancer
from sklearn.model_selection import train_test_split

OUT = pathlib.Path(__file__).resolve().parents[2] / "examples" / "breast-cancer"
SEED = 20261127


def main():
    data = load_breast_cancer()
    names = [n.replace(" ", "_") for n in data.feature_names]
    x = data.data
    # scikit-learn codes 0 = malignant, 1 = benign; the demo asks "is it malignant?".
    y = 1 - data.target
    ids = np.arange(1, len(y) + 1)
    x_train, x_hold, y_train, y_hold, id_train, id_hold = train_test_split(
        x, y, ids, test_size=0.3, random_state=SEED % (2**32), stratify=y
    )
    write(OUT / "train.csv", ["id", *names, "malignant"], id_train, x_train, y_train)
    write(OUT / "holdout.csv", ["id", *names, "malignant"], id_hold, x_hold, y_hold)

    # Production: the holdout rows as a new scanner might report them. Texture reads 25% higher
    # and area 15% larger; everything else is unchanged, so the drift check should flag exactly
    # the texture and area columns (and nothing else) as drifted.
    production = x_hold.copy()
    for j, name in enumerate(names):
        if "texture" in name:
            production[:, j] *= 1.25
        if "area" in name:
            production[:, j] *= 1.15
    write(OUT / "production.csv", ["id", *names], id_hold, production, None)
    (OUT / "VERSION").write_text(f"scikit-learn {sklearn.__version__}, numpy {np.__version__}, seed {SEED}\n")


def write(path, header, ids, x, y):
    with path.open("w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for i in range(len(ids)):
            row = [int(ids[i]), *(f"{v:.6g}" for v in x[i])]
            if y is not None:
                row.append(int(y[i]))
            w.writerow(row)


if __name__ == "__main__":
    main()
