"""The Python baseline of the drift scale benchmark (scripts/bench/drift-scale-bench.ts).

What a team would write without mlgate: read both CSV files with pandas, then per numeric column
scipy's two-sample KS test, the Wasserstein distance, PSI on 10 reference-quantile bins and the
Jensen-Shannon distance on the same bins; per categorical column a chi-square test of the 2 x k
contingency table. Prints one JSON line: rows, columns compared and how many drifted (KS / chi-square
p < 0.05), so the run can be checked against mlgate's.

Usage: python3 drift_baseline.py reference.csv current.csv
Needs Debian's python3-pandas and python3-scipy (pandas 1.5, scipy 1.10).
"""
import json
import sys

import numpy as np
import pandas as pd
from scipy.spatial.distance import jensenshannon
from scipy.stats import chi2_contingency, ks_2samp, wasserstein_distance

FLOOR = 1e-4


def bins(reference, current):
    """Counts on 10 reference-quantile bins plus open bins beyond the reference range, as mlgate bins."""
    cuts = np.unique(np.quantile(reference, np.arange(1, 10) / 10, method="inverted_cdf"))
    edges = np.concatenate(([-np.inf], [reference.min()], cuts, [reference.max()], [np.inf]))
    return np.histogram(reference, edges)[0], np.histogram(current, edges)[0]


def proportions(counts, floor):
    p = counts / counts.sum()
    if floor > 0 and (p == 0).any():
        p = np.where(p == 0, floor, p)
        p = p / p.sum()
    return p


def main(reference_path, current_path):
    reference = pd.read_csv(reference_path)
    current = pd.read_csv(current_path)
    drifted = 0
    compared = 0
    for name in reference.columns:
        if name not in current.columns:
            continue
        ref = reference[name].dropna()
        cur = current[name].dropna()
        compared += 1
        if pd.api.types.is_numeric_dtype(ref):
            ref = ref.to_numpy(dtype=float)
            cur = cur.to_numpy(dtype=float)
            p_value = ks_2samp(ref, cur).pvalue
            wasserstein_distance(ref, cur)
            r, c = bins(ref, cur)
            p, q = proportions(r, FLOOR), proportions(c, FLOOR)
            np.sum((q - p) * np.log(q / p))
            jensenshannon(proportions(r, 0), proportions(c, 0))
        else:
            table = pd.concat([ref.value_counts().rename("r"), cur.value_counts().rename("c")], axis=1).fillna(0)
            p_value = chi2_contingency(table.to_numpy().T)[1]
        drifted += p_value < 0.05
    print(json.dumps({"rows": [len(reference), len(current)], "compared": compared, "drifted": int(drifted)}))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
