import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeEvaluation } from '../../../shared/adapters/codecs/evaluation-json.js';
import { writeGateReport } from '../../../shared/adapters/codecs/gate-json.js';
import { lineageOf } from '../../../shared/commands/lineage.js';
import { publish } from '../../../shared/commands/publish.js';

describe('publish and lineage read what the codecs wrote', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mlgate-publish-'));
  const store = join(dir, 'store');
  const model = join(dir, 'model.json');
  writeFileSync(model, '{}\n');
  const evaluation = join(dir, 'evaluation.json');
  writeEvaluation(evaluation, {
    task: 'binary', n: 4, metrics: { log_loss: Infinity, accuracy: 0.75 }, intervals: { log_loss: [0.5, Infinity] },
    baseline_metrics: { log_loss: 0.7, accuracy: 0.5 },
    comparison: { log_loss: { delta: Infinity, interval: [-Infinity, Infinity], test: 'paired_bootstrap' } },
  });
  const gateReport = join(dir, 'gate.json');
  writeGateReport(gateReport, { verdict: 'warn', checks: [], policy: { metrics: {}, drift: { dataset: 'warn', columns: {}, schema: 'warn' } }, markdown: '', comment_markdown: '' });
  const options = { model: 'churn', version: '1.1.0', files: [model], store, evaluation, gateReport, parent: '1.0.0' };

  it('records non-finite metrics and the gate verdict, and returns the same lineage when the version is published again', async () => {
    await publish({ model: 'churn', version: '1.0.0', files: [model], store });
    const first = await publish(options);
    expect(first.lineage.metrics.values.log_loss).toBe(Infinity);
    expect(first.lineage.metrics.comparison!.log_loss).toMatchObject({ baseline: 0.7, delta: Infinity, interval: [-Infinity, Infinity] });
    expect(first.lineage.parent).toEqual({ version: '1.0.0', verdict: 'warn' });
    const again = await publish(options);
    expect(again.lineage).toEqual(first.lineage);
    expect((await lineageOf({ model: 'churn', store })).chain[0].lineage).toEqual(first.lineage);
  });

  it('writes SHA256SUMS of the statement\'s subjects beside the statement, for actions/attest\'s subject-checksums', async () => {
    const second = join(dir, 'weights.bin');
    writeFileSync(second, 'weights');
    const out = join(dir, 'attest');
    const result = await publish({ model: 'sums', version: '1.0.0', files: [model, second], store, out });
    expect(dirname(result.local!.checksums)).toBe(dirname(result.local!.provenance));
    const statement = JSON.parse(readFileSync(result.local!.provenance, 'utf8')) as { subject: { name: string; digest: { sha256: string } }[] };
    const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
    expect(readFileSync(result.local!.checksums, 'utf8')).toBe(`${sha(model)}  model.json\n${sha(second)}  weights.bin\n`);
    const listed = readFileSync(result.local!.checksums, 'utf8').trim().split('\n').map((line) => line.split('  ')).map(([digest, name]) => ({ name, digest: { sha256: digest } }));
    expect(listed).toEqual(expect.arrayContaining(statement.subject));
    expect(listed).toHaveLength(statement.subject.length);
  });
});
