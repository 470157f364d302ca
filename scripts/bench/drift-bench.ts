// Benchmarks for the statistics engine, printed as ratios measured in one run (never asserted in tests).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { numericColumnPair } from '../../shared/core/drift/column-sample.js';
import { driftReportOfColumns } from '../../shared/core/drift/drift-report.js';
import { ksTwoSample } from '../../shared/core/stats/ks-two-sample.js';
import { seededNormal } from '../../test/support/random.js';

const normal = (seed: number, n: number, shift = 0) => {
  const next = seededNormal(seed);
  return Float64Array.from({ length: n }, () => next() + shift);
};

function time<T>(fn: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}

// 1. False alarms and power of the default drift settings (the statistics issue's simulation).
function simulate(rows: number, runs: number, shifted: number, shift: number) {
  let falseAlarmRuns = 0;
  let foundRuns = 0;
  for (let run = 0; run < runs; run++) {
    const columns = Array.from({ length: 50 }, (_, c) => ({ name: `c${c}`, pair: numericColumnPair(normal(run * 1000 + c * 2 + 1, rows), normal(run * 1000 + c * 2 + 2, rows, c < shifted ? shift : 0)) }));
    const flagged = driftReportOfColumns(columns, { reference: { source: 'r', rows }, current: { source: 'c', rows } }).columns.filter((c) => c.drifted).map((c) => Number(c.name.slice(1)));
    if (flagged.some((c) => c >= shifted)) falseAlarmRuns++;
    if (flagged.filter((c) => c < shifted).length >= Math.min(4, shifted)) foundRuns++;
  }
  return { falseAlarm: falseAlarmRuns / runs, found: foundRuns / runs };
}

console.log('## drift: 50 columns, 200 runs, default settings');
for (const rows of [500, 2000]) {
  const nul = simulate(rows, 200, 0, 0);
  const shifted = simulate(rows, 200, 5, 0.3);
  console.log(`rows ${rows}: runs with any false alarm ${(nul.falseAlarm * 100).toFixed(1)}% (target ≤ 7%; uncorrected p < 0.05 would be ~92%), runs finding ≥ 4 of 5 columns shifted by 0.3 SD ${(shifted.found * 100).toFixed(1)}% (target ≥ 90% at 2,000 rows)`);
}

// 2. KS speed against scipy on the same data (when Debian's scipy is installed).
console.log('\n## ks_2samp speed: mlgate vs scipy 1.10 (same sizes, one run)');
const python = '/usr/bin/python3';
for (const n of [1000, 10000, 100000]) {
  const x = normal(1, n);
  const y = normal(2, n, 0.01);
  ksTwoSample(x, y); // warm-up
  const reps = n >= 100000 ? 5 : 20;
  const ours = time(() => { for (let i = 0; i < reps; i++) ksTwoSample(x, y); });
  let line = `n = m = ${n}: mlgate ${(ours.ms / reps).toFixed(2)} ms`;
  if (existsSync(python)) {
    const script = `import numpy as np, time\nfrom scipy.stats import ks_2samp\nr=np.random.default_rng(0)\nx=r.normal(size=${n});y=r.normal(size=${n})+0.01\nks_2samp(x,y)\nt=time.perf_counter()\nfor _ in range(${reps}): ks_2samp(x,y)\nprint((time.perf_counter()-t)/${reps}*1000)`;
    try {
      const scipyMs = Number(execFileSync(python, ['-c', script], { encoding: 'utf8' }).trim());
      line += `, scipy ${scipyMs.toFixed(2)} ms, ratio mlgate/scipy ${(ours.ms / reps / scipyMs).toFixed(2)}`;
    } catch {
      line += ', scipy not available';
    }
  }
  console.log(line);
}
