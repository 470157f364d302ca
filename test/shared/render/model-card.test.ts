import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../../shared/errors.js';
import { formatNumber } from '../../../shared/core/format-number.js';
import { parseCardTemplate, renderModelCard } from '../../../shared/render/model-card.js';
import type { LineageRecord } from '../../../shared/core/lineage/record.js';
import { escapeMarkdown } from '../../../shared/render/escape.js';
import { EXAMPLE, exampleRun } from '../commands/example-lineage.js';

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
/** The cells of the markdown table row whose first cell is `first`. */
function row(markdown: string, first: string): string[] | undefined {
  const line = markdown.split('\n').find((l) => l.startsWith(`| ${first} `));
  return line?.split(/(?<!\\)\|/).slice(1, -1).map((cell) => cell.trim());
}
/** The text of a `## title` section, up to the next one. */
function section(markdown: string, title: string): string {
  const start = markdown.indexOf(`\n## ${title}\n`);
  if (start < 0) throw new Error(`no section ${title}`);
  const rest = markdown.slice(start + title.length + 5);
  const end = rest.indexOf('\n## ');
  return end < 0 ? rest : rest.slice(0, end);
}

let lineage: LineageRecord;
let card: string;
beforeAll(async () => {
  ({ lineage } = await exampleRun());
  card = renderModelCard(lineage);
});

describe('renderModelCard', () => {
  it('tabulates every metric with its confidence interval, and names the evaluation set by digest', () => {
    const metrics = section(card, 'Metrics');
    for (const [name, value] of Object.entries(lineage.metrics.values)) {
      const [low, high] = lineage.metrics.intervals![name];
      expect(row(metrics, escapeMarkdown(name))).toEqual([escapeMarkdown(name), formatNumber(value), `[${formatNumber(low)}, ${formatNumber(high)}]`]);
    }
    expect(metrics).toContain('Evaluated on 171 rows');
    expect(metrics).toContain(`\`${lineage.metrics.evaluation_set_sha256}\``);
  });

  it('lists the data files with their full digests', () => {
    const data = section(card, 'Data');
    for (const file of ['train.csv', 'holdout.csv']) {
      const cells = row(data, escapeMarkdown(EXAMPLE(file)));
      expect(cells?.[2]).toBe(`\`${sha256(EXAMPLE(file))}\``);
    }
    expect(row(data, escapeMarkdown(EXAMPLE('train.csv')))?.[1]).toBe('398');
  });

  it('states drift at publish time with the columns that drifted', () => {
    const drift = section(card, 'Drift at publish time');
    const share = `${Math.round(lineage.drift!.share_drifted * 1000) / 10}% of columns drifted`;
    expect(drift).toContain(lineage.drift!.dataset_drifted ? 'Dataset drift **detected**' : 'No dataset drift');
    expect(drift).toContain(share);
    for (const column of lineage.drift!.drifted_columns!) expect(drift).toContain(escapeMarkdown(column));
  });

  it('compares with the parent: its version, the gate verdict and each metric’s paired difference', () => {
    const parent = section(card, 'Compared with');
    expect(parent).toContain('v1.0.0 — gate verdict: **pass**.');
    const accuracy = lineage.metrics.comparison!.accuracy;
    expect(row(parent, 'accuracy')).toEqual([
      'accuracy', formatNumber(accuracy.baseline!), formatNumber(lineage.metrics.values.accuracy),
      `${accuracy.delta > 0 ? '+' : ''}${formatNumber(accuracy.delta)}`, `[${formatNumber(accuracy.interval[0])}, ${formatNumber(accuracy.interval[1])}]`,
      'mcnemar\\_exact', formatNumber(accuracy.p_value!),
    ]);
    expect(row(parent, 'roc\\_auc')?.[5]).toBe('delong');
  });

  it('lists the published files with digests and links the run', () => {
    for (const subject of lineage.subjects) expect(row(section(card, 'Files'), subject.name)).toEqual([subject.name, String(subject.size), `\`${subject.sha256}\``]);
    expect(section(card, 'Provenance')).toContain('[run 123456789, attempt 2](https://github.com/octo-org/churn/actions/runs/123456789)');
  });

  it('without a template: a heading, and says where owner and intended use would come from', () => {
    expect(card.startsWith('# team/breast-cancer v1.1.0\n\n## Model details\n')).toBe(true);
    expect(section(card, 'Model details')).toContain('**Owner:** _not stated');
    expect(section(card, 'Intended use')).toContain('_Not stated');
    expect(card.endsWith('|\n')).toBe(true);
  });

  it('takes owner, intended use and limitations from the template’s front matter, escaped, and drops the front matter', () => {
    const template = [
      '---',
      'owner: "@ml-team <ml@example.com>"',
      'license: CC-BY-4.0',
      'intended_use:',
      '  - Second opinion on *fine-needle* aspirates',
      '  - Research',
      'out_of_scope_use: Diagnosis without a pathologist',
      'limitations: Trained on 398 rows from one hospital.',
      'tags: [medical]   # Hugging Face metadata: ignored',
      '---',
      '# {{model}} card',
      '',
      'Written by the team.',
      '',
      '{{generated}}',
      '',
      '## Contact',
      '',
      'The ML team.',
    ].join('\n');
    const filled = renderModelCard(lineage, template);
    expect(filled.startsWith('# team/breast-cancer card\n\nWritten by the team.\n\n## Model details\n')).toBe(true);
    expect(filled).not.toContain('---\nowner');
    expect(filled).not.toContain('{{');
    expect(filled.trimEnd().endsWith('## Contact\n\nThe ML team.')).toBe(true);
    expect(section(filled, 'Model details')).toContain('- **Owner:** @\u2060ml-team &lt;ml@\u2060example.com&gt;');
    expect(section(filled, 'Model details')).toContain('- **Licence:** CC-BY-4.0');
    expect(section(filled, 'Intended use').trim()).toBe('- Second opinion on \\*fine-needle\\* aspirates\n- Research');
    expect(section(filled, 'Out-of-scope use').trim()).toBe('Diagnosis without a pathologist');
    expect(section(filled, 'Limitations').trim()).toBe('Trained on 398 rows from one hospital.');
    expect(filled).not.toContain('_Not stated');
  });

  it('appends the generated sections to a template without the placeholder, with no hints', () => {
    const filled = renderModelCard(lineage, '# Breast cancer classifier\n\n## Intended use\n\nResearch only.\n');
    expect(filled.startsWith('# Breast cancer classifier\n\n## Intended use\n\nResearch only.\n\n## Model details\n')).toBe(true);
    expect(filled).not.toContain('_Not stated');
    expect(filled.match(/^## Intended use$/gm)).toHaveLength(1);
  });

  it('a template of front matter only gets the default heading', () => {
    expect(renderModelCard(lineage, '---\nowner: Data team\n---\n').startsWith('# team/breast-cancer v1.1.0\n\n## Model details\n')).toBe(true);
  });

  it('escapes hostile names from the lineage', () => {
    const hostile: LineageRecord = structuredClone(lineage);
    hostile.metrics.values['<img src=x onerror=alert(1)>'] = 1;
    hostile.data[0].path = 'a|b\n| x |';
    hostile.drift!.drifted_columns = ['[click](https://evil.example)'];
    hostile.code.run_url = 'javascript:alert(1)';
    hostile.environment.command = 'echo `whoami` @admin';
    const text = renderModelCard(hostile);
    expect(text).not.toContain('<img');
    expect(text).toContain('\\[click\\](https://evil.example)');
    expect(text).not.toMatch(/(?<!\\)\]\(https:\/\/evil/);
    expect(text).toContain('- Run: javascript:alert(1)\n');
    expect(text).toContain('a\\|b \\| x \\|');
    expect(text).toContain('echo \\`whoami\\` @\u2060admin');
  });

  it('renders records written before the optional fields existed', () => {
    const old = structuredClone(lineage) as Partial<LineageRecord> & LineageRecord;
    delete old.started_at;
    delete old.environment.tools;
    delete old.metrics.comparison;
    delete old.metrics.rows;
    delete old.drift!.drifted_columns;
    const text = renderModelCard(old);
    expect(section(text, 'Compared with').trim()).toBe('v1.0.0 — gate verdict: **pass**.');
    expect(section(text, 'Metrics')).toContain('Evaluated (evaluation set sha256');
  });
});

describe('parseCardTemplate', () => {
  it('leaves a template without front matter as it is', () => {
    expect(parseCardTemplate('# Card\n---\nowner: x\n---\n')).toEqual({ details: {}, body: '# Card\n---\nowner: x\n---\n' });
  });

  it('reads front matter ending in `...` and with CRLF line ends', () => {
    expect(parseCardTemplate('---\r\nowner: Data team\r\n...\r\nBody')).toEqual({ details: { owner: 'Data team' }, body: 'Body' });
  });

  it('names the template and the key when the front matter is wrong', () => {
    expect(() => parseCardTemplate('---\nowner: [a, b]\n---\n', 'MODEL_CARD.template.md')).toThrow(new InputError('MODEL_CARD.template.md: front matter `owner` must be text'));
    expect(() => parseCardTemplate('---\nintended_use: { a: 1 }\n---\n', 'card.md')).toThrow('card.md: front matter `intended_use` must be text or a list of texts');
    expect(() => parseCardTemplate('---\nowner: @team\n---\n', 'card.md')).toThrow(/^card\.md: front matter is not valid YAML/);
    expect(() => parseCardTemplate('---\n- a\n---\n', 'card.md')).toThrow('card.md: front matter must be a mapping');
  });
});
