// A repository of many models: `mlgate plan` on a git repository of 1,000 models (one folder and
// one manifest entry each, 10 files per model) where a change touches 3 models' files, and the
// matching alone on 1,000 models x 10,000 changed files; then the aggregated report of 1,000
// models' gates: its size against GitHub's comment limit (65,536 characters) and its render time
// (target < 2 s). MLGATE_BENCH_MODELS sets the number of models (default 1,000).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { readEnvironment } from '../../shared/adapters/environment.js';
import { COMMENT_LIMIT } from '../../shared/adapters/github/sticky-comment.js';
import { planChangedModels } from '../../shared/commands/plan.js';
import { aggregateGates, modelGate, type ModelGate } from '../../shared/core/gate/aggregate.js';
import type { Verdict } from '../../shared/core/gate/gate.js';
import { planModels } from '../../shared/core/models/plan.js';
import { renderAggregateReport } from '../../shared/render/aggregate-report.js';

const MODELS = Number(process.env.MLGATE_BENCH_MODELS ?? 1000);
const FILES_PER_MODEL = 10;
const ms = (start: number) => `${(performance.now() - start).toFixed(0)} ms`;

console.log(`\n## many models: plan (${MODELS.toLocaleString('en-US')} models) and the aggregated report`);

// --- plan on a real git repository -------------------------------------------------------------
const repo = mkdtempSync(join(tmpdir(), 'mlgate-bench-models-'));
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] });
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(repo, path)), { recursive: true });
  writeFileSync(join(repo, path), text);
};
const models = Array.from({ length: MODELS }, (_, i) => ({
  name: `team-${i % 20}/model-${i}`,
  paths: [`models/m${i}/**`, `features/f${i % 100}/*.sql`, `!models/m${i}/**/*.md`],
  with: { data: `data/m${i}.parquet`, task: 'binary' },
}));
write('.mlgate.yml', `models:\n${models.map((m) => `  - name: ${m.name}\n    paths: [${m.paths.map((p) => `'${p}'`).join(', ')}]\n    with: { data: ${m.with.data}, task: binary }`).join('\n')}\n`);
for (let i = 0; i < MODELS; i++) for (let f = 0; f < FILES_PER_MODEL; f++) write(`models/m${i}/src/file${f}.py`, `# ${i}.${f}\n`);
git('init', '-q', '-b', 'main');
git('-c', 'user.email=b@example.com', '-c', 'user.name=bench', 'add', '-A');
git('-c', 'user.email=b@example.com', '-c', 'user.name=bench', 'commit', '-q', '-m', 'main');
git('checkout', '-q', '-b', 'change');
const touched = [3, Math.floor(MODELS / 2), MODELS - 1];
for (const i of touched) write(`models/m${i}/src/file0.py`, '# changed\n');
write(`models/m7/README.md`, 'docs only: excluded\n');
git('-c', 'user.email=b@example.com', '-c', 'user.name=bench', 'commit', '-q', '-am', 'change');
git('add', '-A');
git('-c', 'user.email=b@example.com', '-c', 'user.name=bench', 'commit', '-q', '-m', 'readme');

let start = performance.now();
const plan = await planChangedModels({ base: 'main', cwd: repo, environment: readEnvironment({}), door: 'cli', log: { info: () => {}, warning: () => {} } });
const planTime = ms(start);
const picked = plan.matrix.include.map((e) => e.model);
const expected = touched.map((i) => models[i].name);
console.log(`plan: ${MODELS.toLocaleString('en-US')} models, ${(MODELS * FILES_PER_MODEL).toLocaleString('en-US')} files, a change to 3 models' files (and a README the globs exclude): `
  + `${picked.length} planned (${picked.join(', ')}) — ${JSON.stringify(picked) === JSON.stringify(expected) ? 'exactly the 3 touched' : `EXPECTED ${expected.join(', ')}`}; ${planTime} (manifest read, git merge-base + diff, matching)`);
rmSync(repo, { recursive: true, force: true });

// --- matching alone: every file changed ---------------------------------------------------------
const changed = Array.from({ length: 10_000 }, (_, i) => (i % 5 === 0 ? `features/f${i % 130}/q${i}.sql` : `models/m${i % MODELS}/src/deep/file${i}.py`));
start = performance.now();
const wide = planModels(models, changed, false);
console.log(`matching: ${MODELS.toLocaleString('en-US')} models x ${changed.length.toLocaleString('en-US')} changed files: ${wide.matrix.include.length} planned in ${ms(start)} (globs indexed by their literal leading folder)`);

// --- the aggregated report ----------------------------------------------------------------------
function gateOf(i: number): ModelGate {
  const verdict: Verdict = i % 97 === 5 ? 'fail' : i % 41 === 3 ? 'warn' : 'pass';
  return modelGate({
    verdict,
    checks: [
      { subject: 'roc_auc', kind: 'metric', status: verdict, message: verdict === 'pass' ? 'Δ +0.001 is within the tolerated drop of 0' : 'worse by 0.03 (Δ -0.03, 95% CI [-0.05, -0.01]), tolerated 0' },
      { subject: 'dataset', kind: 'drift', status: 'pass', message: '3 of 40 columns drifted (7.5%; dataset drift at 50%)' },
    ],
    headline: { metric: 'roc_auc', baseline: 0.93, candidate: 0.9, delta: -0.03, interval: [-0.05, -0.01], drift_share: 0.075, dataset_drifted: false },
  }, models[i].name, `mlgate-gate-${i}/gate.json`, true);
}
const gates = Array.from({ length: MODELS }, (_, i) => gateOf(i));
start = performance.now();
const aggregate = aggregateGates(gates);
const full = renderAggregateReport(aggregate, 'mlgate');
const comment = renderAggregateReport(aggregate, 'mlgate', { limit: COMMENT_LIMIT - 512, fullReportAt: 'the job summary of https://github.com/o/r/actions/runs/1' });
const renderTime = ms(start);
const listed = comment.split('\n').filter((line) => /^\| (❌|⚠️|✅) \|/.test(line)).length;
console.log(`aggregated report, ${MODELS.toLocaleString('en-US')} models (${aggregate.counts.fail} failing, ${aggregate.counts.warn} warning): full ${full.length.toLocaleString('en-US')} characters; `
  + `comment ${comment.length.toLocaleString('en-US')} characters (limit ${COMMENT_LIMIT.toLocaleString('en-US')}; ${(comment.length / COMMENT_LIMIT).toFixed(2)} of it) with ${listed} rows, every failing and warning model first; `
  + `ordering + both renders ${renderTime} (target < 2 s)`);
