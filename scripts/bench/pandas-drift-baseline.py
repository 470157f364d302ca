"""The pandas+scipy baseline of the drift scale measurements (issue 15), for `/usr/bin/time -v`:
reads two CSV files (or Parquet when named .parquet and pyarrow is installed), then per numeric
column KS, Wasserstein, PSI and Jensen-Shannon over 10 reference-quantile bins, and per categorical
column a chi-square test of homogeneity. Usage: python3 pandas-drift-baseline.py reference current
"""
import sys

import numpy as np
import pandas as pd
from scipy import stats
from scipy.spatial.distance import jensenshannon

read = pd.read_parquet if sys.argv[1].endswith(".parquet") else pd.read_csv
reference, current = read(sys.argv[1]), read(sys.argv[2])
out = {}
for name in reference.columns:
    r, c = reference[name].dropna(), current[name].dropna()
    if pd.api.types.is_numeric_dtype(r):
        r, c = r.to_numpy(), c.to_numpy()
        edges = np.unique(np.quantile(r, np.linspace(0, 1, 11)[1:-1]))
        p = np.bincount(np.searchsorted(edges, r), minlength=len(edges) + 1) / len(r)
        q = np.bincount(np.searchsorted(edges, c), minlength=len(edges) + 1) / len(c)
        pf, qf = np.maximum(p, 1e-4), np.maximum(q, 1e-4)
        out[name] = (stats.ks_2samp(r, c).pvalue, stats.wasserstein_distance(r, c), float(np.sum((qf - pf) * np.log(qf / pf))), jensenshannon(p, q))
    else:
        table = pd.concat([r.value_counts(), c.value_counts()], axis=1).fillna(0).to_numpy().T
        out[name] = stats.chi2_contingency(table)[1]
print(len(out), "columns compared")
