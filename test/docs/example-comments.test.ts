import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDemo } from '../../shared/commands/demo.js';
import { EXAMPLE_COMMENT, EXAMPLE_MANY_MODELS_COMMENT, writeDemoDocs } from '../../shared/commands/demo-docs.js';
import { ROOT } from '../support/run-action.js';

// The README links docs/example-comment.md and docs/example-many-models-comment.md: rendered by the
// demo, so they show what the code renders today. When a report changes, regenerate them with
// `npm run docs:examples` and commit the result.
describe('the rendered example comments in docs/', () => {
  it('are what the demo renders now (regenerate: npm run docs:examples)', async () => {
    const scratch = mkdtempSync(join(tmpdir(), 'mlgate-docs-'));
    const data = join(ROOT, 'examples', 'breast-cancer');
    const out = join(scratch, 'demo');
    const demo = await runDemo({ data, out, log: () => {} });
    await writeDemoDocs(demo, { data, out, docs: join(scratch, 'docs'), log: () => {} });
    for (const name of [EXAMPLE_COMMENT, EXAMPLE_MANY_MODELS_COMMENT]) {
      expect(readFileSync(join(scratch, 'docs', name), 'utf8'), `docs/${name} is stale: run npm run docs:examples`).toBe(readFileSync(join(ROOT, 'docs', name), 'utf8'));
    }
  }, 600_000);
});
