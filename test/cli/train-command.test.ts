import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { scratchFolder } from '../support/scratch.js';
import { runRecordCodec } from '../../shared/adapters/codecs/run-record-json.js';
import { validateLineage } from '../../shared/adapters/codecs/validate-lineage.js';

/** A project whose training is a bash script: it writes a model folder and metrics, and notes every run in `ran` (outside the workspace). */
function project() {
  const { dir } = scratchFolder('mlgate-train-cmd');
  const work = join(dir, 'work');
  mkdirSync(join(work, 'data'), { recursive: true });
  writeFileSync(join(work, 'data', 'rows.csv'), 'x,y\n1,0\n2,1\n');
  writeFileSync(join(work, 'data', 'more.csv'), 'x,y\n3,0\n');
  writeFileSync(join(work, 'params.yaml'), 'train:\n  lr: 0.1\n  layers: [8, 4]\nseed: 7\n');
  writeFileSync(join(work, 'train.sh'), [
    'echo "training with $(grep lr params.yaml)"',
    'mkdir -p model',
    'cat data/*.csv params.yaml | sha256sum > model/weights.bin',
    'head -c 3000 /dev/urandom > model/noise.bin',
    'printf \'{"accuracy": 0.91, "loss": {"train": 0.2, "val": 0.3}}\' > metrics.json',
    'echo run >> "$1"',
  ].join('\n'));
  const ran = join(dir, 'ran');
  return { dir, work, ran, args: ['train', '--command', `bash train.sh ${ran}`, '--params', 'params.yaml', '--metrics', 'metrics.json', '--outputs', 'model', '--deps', 'data', 'train.sh'] };
}

/** Runs the CLI in `cwd`, as a user would from the project folder. */
async function cliIn(cwd: string, ...argv: string[]) {
  const before = process.cwd();
  process.chdir(cwd);
  try {
    return await cli(...argv);
  } finally {
    process.chdir(before);
  }
}

const runs = (ran: string) => (existsSync(ran) ? readFileSync(ran, 'utf8').split('\n').filter(Boolean).length : 0);

/** A clean checkout of the project with the run cache carried over (what the Actions cache does between workflow runs). */
function cleanCopy(from: string, to: string) {
  mkdirSync(to, { recursive: true });
  for (const name of ['data', 'params.yaml', 'train.sh', '.mlgate']) cpSync(join(from, name), join(to, name), { recursive: true });
  return to;
}

describe('train in command mode', () => {
  it('runs the command, records the run, and reuses it from the cache in a clean copy without running it again', async () => {
    const p = project();
    const first = await cliIn(p.work, ...p.args);
    expect(first.stderr).toContain('training with   lr: 0.1');
    expect(first.exitCode).toBe(0);
    expect(runs(p.ran)).toBe(1);
    const result = JSON.parse(first.stdout) as { cache_hit: boolean; run_record: string; metrics_json: string };
    expect(result.cache_hit).toBe(false);
    const record = runRecordCodec.read(join(p.work, result.run_record));
    expect(record.command).toBe(`bash train.sh ${p.ran}`);
    expect(record.params).toEqual({ seed: 7, 'train.layers': [8, 4], 'train.lr': 0.1 });
    expect(record.deps.map((d) => d.path)).toEqual(['data/more.csv', 'data/rows.csv', 'train.sh']);
    expect(record.outputs.map((d) => d.path)).toEqual(['model/noise.bin', 'model/weights.bin']);
    expect(record.metrics).toEqual({ accuracy: 0.91, 'loss.train': 0.2, 'loss.val': 0.3 });
    expect(JSON.parse(readFileSync(join(p.work, result.metrics_json), 'utf8'))).toEqual(record.metrics);
    expect(record.exit_code).toBe(0);
    expect(record.peak_rss_bytes).toBeGreaterThan(0);
    expect(record.cache.hit).toBe(false);
    expect(record.tools.bash).toMatch(/^\d/);

    const clean = cleanCopy(p.work, join(p.dir, 'clean'));
    const second = await cliIn(clean, ...p.args);
    expect(second.exitCode).toBe(0);
    expect(runs(p.ran)).toBe(1);
    expect(second.stderr).toContain('reused from a run outside GitHub Actions');
    expect(JSON.parse(second.stdout).cache_hit).toBe(true);
    for (const file of ['model/noise.bin', 'model/weights.bin', 'metrics.json', 'mlgate-out/run-record.json']) {
      expect(readFileSync(join(clean, file))).toEqual(readFileSync(join(p.work, file)));
    }
    expect(readFileSync(join(clean, 'mlgate-out/run-metrics.json'), 'utf8')).toBe(readFileSync(join(p.work, 'mlgate-out/run-metrics.json'), 'utf8'));
  });

  it('misses when one dependency byte or one parameter value changed, and with --no-cache', async () => {
    const p = project();
    expect((await cliIn(p.work, ...p.args)).exitCode).toBe(0);
    const key = () => runRecordCodec.read(join(p.work, 'mlgate-out/run-record.json')).cache.key;
    const firstKey = key();
    writeFileSync(join(p.work, 'data', 'rows.csv'), 'x,y\n1,0\n2,2\n');
    const afterData = await cliIn(p.work, ...p.args);
    expect(JSON.parse(afterData.stdout).cache_hit).toBe(false);
    expect(runs(p.ran)).toBe(2);
    expect(key()).not.toBe(firstKey);
    writeFileSync(join(p.work, 'params.yaml'), 'train:\n  lr: 0.2\n  layers: [8, 4]\nseed: 7\n');
    expect(JSON.parse((await cliIn(p.work, ...p.args)).stdout).cache_hit).toBe(false);
    expect(runs(p.ran)).toBe(3);
    // Same values, other layout: the flattened params are the same, so is the key.
    writeFileSync(join(p.work, 'params.yaml'), 'seed: 7\ntrain: {layers: [8, 4], lr: 0.2}\n');
    expect(JSON.parse((await cliIn(p.work, ...p.args)).stdout).cache_hit).toBe(true);
    expect(runs(p.ran)).toBe(3);
    expect(JSON.parse((await cliIn(p.work, ...p.args, '--no-cache')).stdout).cache_hit).toBe(false);
    expect(runs(p.ran)).toBe(4);
  });

  it('fails a failing command with its exit code and its last 20 lines (exit 1)', async () => {
    const p = project();
    const run = await cliIn(p.work, 'train', '--command', 'for i in $(seq 1 25); do echo "line $i"; done; echo "::error::boom" >&2; exit 3');
    expect(run.exitCode).toBe(1);
    const error = run.stderr.slice(run.stderr.indexOf('mlgate train:'));
    expect(error).toContain('the training command exited with code 3; its last 20 lines:');
    expect(error).toContain('line 25');
    expect(error).toContain('line 7\n');
    expect(error).not.toContain('line 6\n');
    // Each quoted line is inert in a workflow log.
    expect(error).not.toMatch(/^::error::/m);
    expect(error).toContain(':\u200b:error::boom');
  });

  it('names a declared metrics file or output the command did not write', async () => {
    const p = project();
    const noMetrics = await cliIn(p.work, 'train', '--command', 'true', '--metrics', 'out/metrics.json');
    expect(noMetrics.exitCode).toBe(1);
    expect(noMetrics.stderr).toContain('out/metrics.json: the training command finished but did not write it (declared in `metrics`)');
    const noOutput = await cliIn(p.work, 'train', '--command', 'touch a', '--outputs', 'a', 'b/model.pt');
    expect(noOutput.exitCode).toBe(1);
    expect(noOutput.stderr).toContain('b/model.pt: the training command finished but did not write it (declared in `outputs`)');
  });

  it('refuses a metrics file or output left from an earlier run that the command did not write again', async () => {
    const p = project();
    writeFileSync(join(p.work, 'metrics.json'), '{"accuracy": 0.5}');
    mkdirSync(join(p.work, 'old-model'));
    writeFileSync(join(p.work, 'old-model', 'w.bin'), 'old');
    const stale = await cliIn(p.work, 'train', '--command', 'true', '--metrics', 'metrics.json');
    expect(stale.exitCode).toBe(1);
    expect(stale.stderr).toContain('metrics.json: the training command finished without writing it; the one there is left from before (declared in `metrics`)');
    const staleFolder = await cliIn(p.work, 'train', '--command', 'echo \'{"a": 1}\' > metrics.json', '--metrics', 'metrics.json', '--outputs', 'old-model');
    expect(staleFolder.exitCode).toBe(1);
    expect(staleFolder.stderr).toContain('old-model: the training command finished without writing it; the one there is left from before (declared in `outputs`)');
    // Rewriting one file of a folder is writing the folder.
    const rewritten = await cliIn(p.work, 'train', '--command', 'echo new > old-model/w.bin; echo \'{"a": 1}\' > metrics.json', '--metrics', 'metrics.json', '--outputs', 'old-model');
    expect(rewritten.exitCode, rewritten.stderr).toBe(0);
  });

  it('names a bad params file and the line, in YAML, JSON and TOML', async () => {
    const p = project();
    const cases: [string, string, RegExp][] = [
      ['params.yaml', 'train:\n  lr: [0.1\n', /params\.yaml: params file is not valid YAML: .*line/],
      ['params.json', '{"lr": 0.1,}', /params\.json: params file is not valid JSON/],
      ['params.toml', '[train]\nlr = \n', /params\.toml: params file is not valid TOML \(line 2, column \d+\)/],
      ['list.yaml', '- 1\n- 2\n', /list\.yaml: params file must hold a mapping/],
      ['missing.yaml', null as unknown as string, /missing\.yaml: params file not found/],
    ];
    for (const [name, text, message] of cases) {
      if (text !== null) writeFileSync(join(p.work, name), text);
      const run = await cliIn(p.work, 'train', '--command', `echo ran >> ${p.ran}`, '--params', name);
      expect(run.exitCode, name).toBe(2);
      expect(run.stderr, name).toMatch(message);
    }
    expect(runs(p.ran)).toBe(0);
  });

  it('reads TOML params and YAML metrics, flattened', async () => {
    const p = project();
    writeFileSync(join(p.work, 'params.toml'), '[model]\ndepth = 3\n[model.opt]\nname = "adam"\n');
    const run = await cliIn(p.work, 'train', '--command', 'printf "eval:\\n  auc: 0.8\\n" > m.yaml', '--params', 'params.toml', '--metrics', 'm.yaml');
    expect(run.exitCode).toBe(0);
    const record = runRecordCodec.read(join(p.work, 'mlgate-out/run-record.json'));
    expect(record.params).toEqual({ 'model.depth': 3, 'model.opt.name': 'adam' });
    expect(record.metrics).toEqual({ 'eval.auc': 0.8 });
  });

  it('refuses paths outside the working directory and a dependency linked out of it, before running', async () => {
    const p = project();
    const outside = await cliIn(p.work, 'train', '--command', `echo ran >> ${p.ran}`, '--outputs', '../model');
    expect(outside.exitCode).toBe(2);
    expect(outside.stderr).toContain('`outputs`: ../model must be a path inside the working directory');
    const missing = await cliIn(p.work, 'train', '--command', `echo ran >> ${p.ran}`, '--deps', 'nothing.csv');
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toContain('nothing.csv: dependency not found');
    expect(runs(p.ran)).toBe(0);
  });

  it('without command and data, names both inputs', async () => {
    const run = await cli('train');
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('train needs --command (your own training command) or --data (a data file for the built-in trainer)');
    const noTarget = await cli('train', '--data', 'x.csv');
    expect(noTarget.exitCode).toBe(2);
    expect(noTarget.stderr).toContain('--target is required with --data');
  });

  it('publish --run-record puts the command, params, deps digests and metrics in the lineage; a bad record is named with its field', async () => {
    const p = project();
    expect((await cliIn(p.work, ...p.args)).exitCode).toBe(0);
    const store = join(p.dir, 'store');
    const published = await cliIn(p.work, 'publish', '--model', 'm', '--version', '1.0.0', '--files', 'model/weights.bin', '--store', store, '--run-record', 'mlgate-out/run-record.json', '--out', 'pub');
    expect(published.stderr).toBe('m@v1.0.0: created\n');
    const lineage = validateLineage(JSON.parse(readFileSync(join(p.work, 'pub', 'lineage.json'), 'utf8')), 'lineage.json');
    const record = runRecordCodec.read(join(p.work, 'mlgate-out/run-record.json'));
    expect(lineage.training).toMatchObject({ command: record.command, params: record.params, deps: record.deps, metrics: record.metrics, outputs: record.outputs });
    expect(lineage.parameters).toEqual(record.params);
    expect(lineage.environment.command).toBe(record.command);
    expect(lineage.environment.tools).toMatchObject({ bash: record.tools.bash });
    expect(lineage.started_at).toBe(record.started_at);

    const bad = JSON.parse(readFileSync(join(p.work, 'mlgate-out/run-record.json'), 'utf8'));
    bad.deps[0].sha256 = 'nope';
    writeFileSync(join(p.work, 'bad.json'), JSON.stringify(bad));
    const refused = await cliIn(p.work, 'publish', '--model', 'm', '--version', '1.0.1', '--files', 'model/weights.bin', '--store', store, '--run-record', 'bad.json');
    expect(refused.exitCode).toBe(2);
    expect(refused.stderr).toContain('bad.json: /deps/0/sha256 must match pattern');
    expect(existsSync(join(store, 'm', 'v1.0.1'))).toBe(false);
  });
});
