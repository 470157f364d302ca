import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEnvironment } from '../../../shared/adapters/environment.js';
import { publish } from '../../../shared/commands/publish.js';
import { promote } from '../../../shared/commands/promote.js';
import { referenceFromRegistry } from '../../../shared/commands/monitor-reference.js';
import { InputError } from '../../../shared/errors.js';

// monitor --reference-stage: the production model's training data, from its lineage in a local registry.
describe('referenceFromRegistry', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mlgate-monitor-ref-'));
  const store = join(dir, 'registry');
  const model = join(dir, 'model.json');
  const train = join(dir, 'train.csv');
  const holdout = join(dir, 'holdout.csv');
  writeFileSync(model, '{}\n');
  writeFileSync(train, 'a,b\n1,2\n3,4\n');
  writeFileSync(holdout, 'a,b\n5,6\n');
  const environment = readEnvironment({});
  const find = (options: { model: string; dataName?: string; stage?: string }) =>
    referenceFromRegistry({ stage: 'production', store, token: undefined, environment, warn: () => undefined, ...options });

  it('reads the training data the production version records, and refuses it once the file changed', async () => {
    await publish({ model: 'churn', version: '1.0.0', files: [model], data: [train], store, environment });
    await publish({ model: 'churn', version: '1.1.0', files: [model], data: [train, holdout], store, environment, parent: '1.0.0' });
    await promote({ model: 'churn', version: '1.0.0', stage: 'production', store, environment });
    expect(await find({ model: 'churn' })).toEqual({ path: train, version: '1.0.0' });

    await promote({ model: 'churn', version: '1.1.0', stage: 'production', store, environment });
    await expect(find({ model: 'churn' })).rejects.toThrow(/records 2 data files \(`train\.csv`, `holdout\.csv`\): name the training data with --reference-data/);
    expect(await find({ model: 'churn', dataName: 'train.csv' })).toEqual({ path: train, version: '1.1.0' });
    await expect(find({ model: 'churn', dataName: 'other.csv' })).rejects.toThrow(InputError);

    writeFileSync(train, 'a,b\n1,2\n3,5\n');
    await expect(find({ model: 'churn', dataName: 'train.csv' })).rejects.toThrow(/its SHA-256 is .* not the .* churn v1\.1\.0 was trained on/);
  });

  it('refuses a version without recorded data', async () => {
    await publish({ model: 'bare', version: '1.0.0', files: [model], store, environment });
    await promote({ model: 'bare', version: '1.0.0', stage: 'production', store, environment });
    await expect(find({ model: 'bare' })).rejects.toThrow(/records no data file with a path/);
  });
});
