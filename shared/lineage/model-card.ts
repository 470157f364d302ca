import { markdownTable } from 'markdown-table';
import { formatNumber } from '../gate/gate.js';
import { escapeMarkdown as esc } from '../report/escape.js';
import type { LineageRecord } from './record.js';

/**
 * `MODEL_CARD.md`: a model card (Mitchell et al., 2019, "Model Cards for Model Reporting") built
 * from the lineage record. Intended use and owner come from an optional template in the
 * repository; its `{{generated}}` placeholder receives the generated sections (or they are
 * appended when the template has none).
 */
export function renderModelCard(lineage: LineageRecord, template?: string): string {
  const generated = [
    `## Metrics\n\n${metricsTable(lineage)}`,
    `## Data\n\n${lineage.data.length === 0 ? '_No data files recorded._' : markdownTable([['file', 'rows', 'sha256', 'schema'], ...lineage.data.map((d) => [esc(d.name), d.rows === null ? '—' : String(d.rows), `\`${d.sha256.slice(0, 16)}…\``, d.schema_fingerprint ? `\`${d.schema_fingerprint.slice(0, 12)}\`` : '—'])])}`,
    `## Drift at publish time\n\n${lineage.drift ? `${lineage.drift.dataset_drifted ? 'Dataset drift **detected**' : 'No dataset drift'} (${Math.round(lineage.drift.share_drifted * 1000) / 10}% of columns drifted).` : '_Not checked._'}`,
    `## Compared with\n\n${lineage.parent ? `v${esc(lineage.parent.version)} — gate verdict: **${lineage.parent.verdict ?? 'not gated'}**.` : '_No parent version: this is the first._'}`,
    `## Provenance\n\n${provenance(lineage)}`,
    `## Files\n\n${markdownTable([['file', 'bytes', 'sha256'], ...lineage.subjects.map((s) => [esc(s.name), String(s.size), `\`${s.sha256}\``])])}`,
  ].join('\n\n');
  const heading = `# ${esc(lineage.model)} v${esc(lineage.version)}`;
  if (!template) return `${heading}\n\n${generated}\n`;
  return template.includes('{{generated}}')
    ? template.replace('{{generated}}', generated)
    : `${template.trimEnd()}\n\n${generated}\n`;
}

function metricsTable(lineage: LineageRecord): string {
  const entries = Object.entries(lineage.metrics.values);
  if (entries.length === 0) return '_No evaluation recorded._';
  return markdownTable([
    ['metric', 'value', '95% CI'],
    ...entries.map(([name, value]) => {
      const interval = lineage.metrics.intervals?.[name];
      return [esc(name), formatNumber(value), interval ? `[${formatNumber(interval[0])}, ${formatNumber(interval[1])}]` : '—'];
    }),
  ], { align: ['l', 'r', 'r'] });
}

function provenance(lineage: LineageRecord): string {
  const c = lineage.code;
  const lines = [
    `- Code: ${c.repository ? esc(c.repository) : 'local checkout'}${c.commit ? ` @ \`${c.commit.slice(0, 12)}\`` : ''}${c.ref ? ` (${esc(c.ref)})` : ''}`,
    c.run_url ? `- Run: ${c.run_url}` : '- Run: not in GitHub Actions',
    `- Parameters: ${esc(JSON.stringify(lineage.parameters))}`,
    `- Built by ${esc(lineage.environment.tool)} on Node ${esc(lineage.environment.node)} at ${lineage.created_at}`,
  ];
  return lines.join('\n');
}
