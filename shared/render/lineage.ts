import { markdownTable } from 'markdown-table';
import type { LineageView } from '../core/registry/model-registry.js';
import { auditFigures, type AuditTrail, type StoredAuditRecord } from '../core/registry/audit.js';
import { escapeMarkdown as esc } from './escape.js';

/**
 * The ancestry chain as a mermaid flowchart (GitHub renders mermaid in comments, summaries and
 * markdown files): parent → child edges labelled with the gate verdict, and each stage pointing at
 * the version it currently holds.
 */
export function lineageMermaid(view: LineageView): string {
  const node = (version: string) => nodeId('v', version);
  const lines = ['graph LR'];
  for (const { version, lineage } of [...view.chain].reverse()) {
    lines.push(`  ${node(version.version)}["${mermaidText(`v${version.version}`)}"]`);
    if (lineage?.parent) lines.push(`  ${node(lineage.parent.version)} -->|${mermaidText(lineage.parent.verdict ?? 'not gated')}| ${node(version.version)}`);
  }
  const versions = new Set(view.chain.map((c) => c.version.version));
  for (const [stage, version] of currentStages(view)) {
    if (!versions.has(version)) continue;
    lines.push(`  ${nodeId('stage', stage)}(["${mermaidText(stage)}"]) -.-> ${node(version)}`);
  }
  // The audit trail as one note per version: how many events, and the newest.
  for (const [version, records] of auditByVersion(view.audit)) {
    if (version === null || !versions.has(version)) continue;
    const newest = records[0];
    const text = `${records.length} after release; newest: ${newest.kind} ${newest.outcome} ${newest.at.slice(0, 10)}`;
    lines.push(`  ${nodeId('audit', version)}[/"${mermaidText(text)}"/] -.- ${node(version)}`);
  }
  return `${lines.join('\n')}\n`;
}

export function lineageMarkdown(view: LineageView): string {
  const chain = markdownTable([
    ['version', 'published', 'commit', 'parent', 'verdict'],
    ...view.chain.map(({ version, lineage }) => [
      `v${esc(version.version)}`, version.published_at, lineage?.code.commit ? `\`${lineage.code.commit.slice(0, 12)}\`` : '—',
      lineage?.parent ? `v${esc(lineage.parent.version)}` : '—', esc(lineage?.parent?.verdict ?? '—'),
    ]),
  ]);
  const trail = view.stages.length === 0
    ? '_No stage assignments yet._'
    : markdownTable([
      ['#', 'stage', 'version', 'when', 'by', 'note', 'run'],
      ...view.stages.map((e) => [String(e.number), esc(e.stage), `v${esc(e.version)}`, e.at, esc(e.by ?? '—'), esc(e.note ?? ''), e.run_url === null ? '' : isPlainUrl(e.run_url) ? e.run_url : esc(e.run_url)]),
    ]);
  return `# Lineage of ${esc(view.model)}\n\n\`\`\`mermaid\n${lineageMermaid(view)}\`\`\`\n\n## Versions\n\n${chain}\n\n## Stage history\n\n${trail}\n\n## History after release\n\n${auditMarkdown(view.audit)}\n`;
}

/**
 * The audit trail per version, newest first: when, what, the outcome, its key figures, the run.
 * Every text from a record is escaped; a run URL becomes a link only when it is a plain http(s) URL.
 */
function auditMarkdown(trail: AuditTrail | undefined): string {
  if (!trail || trail.records.length === 0) return '_No monitoring results or A/B decisions recorded (`monitor --record`, `abtest --record`, `promote --abtest`)._';
  const sections = [...auditByVersion(trail)].map(([version, records]) => {
    const table = markdownTable([
      ['when', 'kind', 'outcome', 'figures', 'run', 'stored as'],
      ...records.map((r) => [r.at, r.kind, `**${esc(r.outcome)}**`, esc(auditFigures(r)), runLink(r), esc(r.stored_as)]),
    ]);
    return `### ${version === null ? 'Not tied to a version' : `v${esc(version)}`}\n\n${table}`;
  });
  const more = trail.more > 0 ? `\n\n_${trail.more} older record${trail.more === 1 ? '' : 's'} not read (the newest ${trail.records.length} are shown)._` : '';
  return `${sections.join('\n\n')}${more}`;
}

function runLink(record: StoredAuditRecord): string {
  const url = record.run.url;
  if (url === null) return record.run.id === null ? '—' : esc(record.run.id);
  return isPlainUrl(url) ? `[run](${url})` : esc(url);
}

/** An http(s) URL with nothing markdown or a table could read as syntax (no spaces, brackets, quotes, `|`). */
function isPlainUrl(url: string): boolean {
  return /^https?:\/\/[^\s()<>[\]"'`\\|]+$/.test(url);
}

/** Records grouped by version, in order of each version's newest record (records come newest first). */
function auditByVersion(trail: AuditTrail | undefined): Map<string | null, StoredAuditRecord[]> {
  const groups = new Map<string | null, StoredAuditRecord[]>();
  for (const record of trail?.records ?? []) groups.set(record.version, [...(groups.get(record.version) ?? []), record]);
  return groups;
}

/**
 * Stage → version as `gto show` decides it from events in order: a stage is active per (version,
 * stage) pair until that pair is unassigned, and the current version is the active pair assigned
 * last, so unassigning a version brings back the one assigned before it.
 */
export function currentStages(view: LineageView): Map<string, string> {
  const pairs = new Map<string, { stage: string; version: string; active: boolean; assignedAt: number }>();
  view.stages.forEach((event, index) => {
    const key = `${event.version}\u0000${event.stage}`;
    const pair = pairs.get(key) ?? { stage: event.stage, version: event.version, active: false, assignedAt: -1 };
    pair.active = event.action === 'assign';
    if (pair.active) pair.assignedAt = index;
    pairs.set(key, pair);
  });
  const current = new Map<string, { version: string; assignedAt: number }>();
  for (const pair of pairs.values()) {
    if (pair.active && pair.assignedAt > (current.get(pair.stage)?.assignedAt ?? -1)) current.set(pair.stage, pair);
  }
  return new Map([...current].map(([stage, { version }]) => [stage, version]));
}

/**
 * A mermaid node id for a version or stage: letters and digits as they are, every other character
 * as `_<hex code point>_`, so distinct names get distinct ids (`2.0.0-rc.1` and `2.0.0-rc-1`,
 * `prod-eu` and `prod_eu` are different nodes) and the prefix keeps ids off mermaid's keywords
 * (`end`) and apart between versions and stages.
 */
export function nodeId(prefix: 'v' | 'stage' | 'audit', name: string): string {
  return `${prefix}_${name.replace(/[^a-zA-Z0-9]/gu, (c) => `_${c.codePointAt(0)!.toString(16)}_`)}`;
}

function mermaidText(text: string): string {
  return text.replace(/["<>|]/g, '_');
}
