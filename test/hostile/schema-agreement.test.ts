import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import evaluationSchema from '../../schemas/evaluation.schema.json' with { type: 'json' };
import driftSchema from '../../schemas/drift.schema.json' with { type: 'json' };
import gateSchema from '../../schemas/gate.schema.json' with { type: 'json' };
import { cli } from '../support/cli.js';

// What `mlgate evaluate`, `drift` and `gate` write (here through the demo, which runs all three)
// validates against the published schemas with a validator other than the codecs' own use of them.
describe('the published schemas agree with what mlgate writes', () => {
  it.each([
    ['evaluation.json', evaluationSchema],
    ['drift.json', driftSchema],
    ['gate.json', gateSchema],
  ])('%s of the demo validates', async (name, schema) => {
    const out = join(mkdtempSync(join(tmpdir(), 'mlgate-schema-')), 'demo');
    expect((await cli('demo', '--out', out)).exitCode).toBe(0);
    const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);
    const valid = validate(JSON.parse(readFileSync(join(out, name), 'utf8')));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });
});
