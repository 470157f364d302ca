import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { HOSTILE, hostileDrift, hostileEvaluation, markupProblems } from './payloads.js';

// In the fork pattern the evaluation and drift JSON come from the fork: whatever they hold, the
// comment, the check run and the job summary (all made from `markdown` / `comment_markdown`)
// show it as inert text.
describe('mlgate gate on hostile but well-formed input files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mlgate-hostile-'));
  const file = (name: string, value: unknown) => {
    writeFileSync(join(dir, name), JSON.stringify(value));
    return join(dir, name);
  };

  it('renders every hostile name, label, note and reason inert in the report and the comment', async () => {
    const output = join(dir, 'gate.json');
    const policy = join(dir, 'policy.yml');
    writeFileSync(policy, `metrics:\n  roc_auc: { max_drop: 0.05 }\n  ${JSON.stringify(HOSTILE[0])}: { max_drop: 0.001, direction: higher }\n  ${JSON.stringify(HOSTILE[3])}: { max_drop: 0.001, direction: lower }\ndrift:\n  columns:\n    ${JSON.stringify(HOSTILE[0])}: fail\n    ${JSON.stringify(HOSTILE[2])}: warn\n`);
    const { exitCode, stderr } = await cli('gate', '--evaluation', file('evaluation.json', hostileEvaluation()), '--drift', file('drift.json', hostileDrift()),
      '--policy', policy, '--format', 'json', '--output', output);
    expect([0, 1]).toContain(exitCode);
    expect(stderr).not.toMatch(/internal error/);
    const report = JSON.parse(readFileSync(output, 'utf8')) as { markdown: string; comment_markdown: string; checks: unknown[] };
    for (const body of [report.markdown, report.comment_markdown]) {
      expect(markupProblems(body)).toEqual([]);
      expect(body).toContain('&lt;img src=x onerror=alert(1)&gt;');
      expect(body).toContain('pipe\\|cell');
    }
  });

  it('renders a hostile drift report alone inert as markdown', async () => {
    const drift = file('drift2.json', hostileDrift());
    const markdown = await cli('gate', '--drift', drift, '--format', 'markdown', '--output', join(dir, 'gate2.md'));
    expect([0, 1]).toContain(markdown.exitCode);
    expect(markupProblems(readFileSync(join(dir, 'gate2.md'), 'utf8'))).toEqual([]);
  });
});
