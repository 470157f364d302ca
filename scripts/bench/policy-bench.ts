// What the policy and the slice rule cost the gate (printed, never asserted): reading a policy of
// 1,000 metric rules (the schema's limit) through YAML, the JSON Schema and the line map, against
// a hand-written policy of five rules; and judging 20,000 slices (the gate JSON's limit), rendered.
import { performance } from 'node:perf_hooks';
import { applyPolicy } from '../../shared/core/gate/gate.js';
import { policyFromYaml } from '../../shared/core/gate/policy.js';
import type { SliceResult } from '../../shared/core/gate/slices.js';
import type { EvaluationResult } from '../../shared/core/metrics/index.js';
import { renderReport, renderReportWithin } from '../../shared/render/pr-report.js';

const time = <T>(work: () => T): [T, number] => {
  const start = performance.now();
  const result = work();
  return [result, performance.now() - start];
};

const small = 'metrics:\n  roc_auc: { max_drop: 0.01, max_cumulative_drop: 0.02 }\n  log_loss: { max_drop_pct: 5 }\n  f1: { required: false }\n  accuracy: {}\n  brier_score: {}\nslices: { columns: [region] }\nwarn_only: [metrics.log_loss]\n';
const large = `metrics:\n${Array.from({ length: 1_000 }, (_, i) => `  eval_loss_${i}: { max_drop: 0.01, threshold: 2 }\n`).join('')}warn_only:\n${Array.from({ length: 1_000 }, (_, i) => `  - metrics.eval_loss_${i}.max_drop\n`).join('')}`;
const [, first] = time(() => policyFromYaml(small, 'small.yml', 'binary'));
const [, smallMs] = time(() => policyFromYaml(small, 'small.yml', 'binary'));
const [, largeMs] = time(() => policyFromYaml(large, 'large.yml', 'binary'));
console.log('## gate policy');
console.log(`5 rules: ${first.toFixed(1)} ms the first time (compiling the schema), ${smallMs.toFixed(2)} ms after`);
console.log(`1,000 rules and 1,000 warn_only names: ${largeMs.toFixed(1)} ms (${(largeMs / smallMs).toFixed(0)}× the 5-rule policy)`);

const SLICES = 20_000;
const slices: SliceResult[] = Array.from({ length: SLICES }, (_, i) => {
  const delta = ((i * 7919) % 100) / 1000 - 0.06;
  return { metric: 'roc_auc', column: 'segment', value: `s${i}`, n: 20 + (i % 200), baseline: 0.9, candidate: 0.9 + delta, delta, interval: [delta - 0.02, delta + 0.02], p_value: 0.01, adjusted_p_value: (i % 10) / 100 };
});
const evaluation: EvaluationResult = {
  task: 'binary', n: 100_000, metrics: { roc_auc: 0.9 }, intervals: { roc_auc: [0.89, 0.91] }, baseline_metrics: { roc_auc: 0.9 },
  comparison: { roc_auc: { delta: 0, interval: [-0.01, 0.01], test: 'delong', p_value: 1 } },
};
const policy = policyFromYaml('slices: { columns: [segment], max_drop: 0.02 }\n', 'p.yml', 'binary');
const [result, judgeMs] = time(() => applyPolicy({ evaluation, policy, slices }));
const [markdown, renderMs] = time(() => renderReport({ gate: result, evaluation }));
const [comment, fitMs] = time(() => renderReportWithin({ gate: result, evaluation }, 65_000, { fullReportAt: 'the job summary', full: markdown }));
console.log(`\n## ${SLICES.toLocaleString('en-US')} slices`);
console.log(`judged in ${judgeMs.toFixed(0)} ms (${result.slices!.filter((s) => s.status === 'regressed').length} regressed); full report ${(markdown.length / 1e6).toFixed(1)} M characters in ${renderMs.toFixed(0)} ms; fitted comment ${comment.length.toLocaleString('en-US')} characters in ${fitMs.toFixed(0)} ms`);
