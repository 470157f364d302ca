import { markdownTable } from 'markdown-table';
import { parse as parseYaml } from 'yaml';
import { InputError } from '../errors.js';
import { formatCount, formatNumber, formatPercent } from '../core/format-number.js';
import { escapeMarkdown as esc } from './escape.js';
import type { LineageRecord } from '../core/lineage/record.js';

/** What a card template's YAML front matter may say about the model; other keys are ignored. */
export interface CardDetails {
  owner?: string;
  contact?: string;
  license?: string;
  /** One paragraph, or a list of uses. */
  intended_use?: string | string[];
  out_of_scope_use?: string | string[];
  limitations?: string | string[];
}

const DETAIL_KEYS = ['owner', 'contact', 'license', 'intended_use', 'out_of_scope_use', 'limitations'] as const;
const LIST_KEYS = new Set<string>(['intended_use', 'out_of_scope_use', 'limitations']);
const MAX_LISTED_COLUMNS = 20;

/**
 * `MODEL_CARD.md`: a model card (Mitchell et al., 2019, "Model Cards for Model Reporting") built
 * from the lineage record.
 *
 * What only people know — owner, contact, licence, intended and out-of-scope uses, limitations —
 * comes from an optional template in the repository: YAML front matter with those keys (other keys,
 * such as Hugging Face card metadata, are ignored) and a markdown body. In the body,
 * `{{generated}}` receives the generated sections (they are appended when it is absent), and
 * `{{model}}` and `{{version}}` the model's name and version. The front matter is not copied into
 * the card. Without a template the card says where to add owner and intended use.
 *
 * Every string from the lineage or the front matter is escaped (`escapeMarkdown`); the template's
 * body is the repository's own markdown and is kept as written.
 *
 * Throws an `InputError` (naming `templateSource`) when the front matter is not YAML or a known key
 * has a value that is not text.
 */
export function renderModelCard(lineage: LineageRecord, template?: string, templateSource = 'model card template'): string {
  const parsed = template === undefined ? undefined : parseCardTemplate(template, templateSource);
  const details = parsed?.details ?? {};
  const hints = parsed === undefined;
  const generated = [
    `## Model details\n\n${modelDetails(lineage, details, hints)}`,
    ...describedUse('Intended use', details.intended_use, hints ? '_Not stated: give `publish` a card template whose front matter sets `intended_use:`._' : undefined),
    ...describedUse('Out-of-scope use', details.out_of_scope_use),
    ...describedUse('Limitations', details.limitations),
    `## Metrics\n\n${metricsSection(lineage)}`,
    `## Data\n\n${dataSection(lineage)}`,
    `## Drift at publish time\n\n${driftSection(lineage)}`,
    `## Compared with\n\n${parentSection(lineage)}`,
    `## Provenance\n\n${provenance(lineage)}`,
    `## Files\n\n${markdownTable([['file', 'bytes', 'sha256'], ...lineage.subjects.map((s) => [esc(s.name), String(s.size), hex(s.sha256)])], { align: ['l', 'r', 'l'] })}`,
  ].join('\n\n');
  const heading = `# ${esc(lineage.model)} v${esc(lineage.version)}`;
  const body = parsed?.body.trim() ? parsed.body : undefined;
  if (body === undefined) return `${heading}\n\n${generated}\n`;
  const filled = body.replaceAll('{{model}}', esc(lineage.model)).replaceAll('{{version}}', esc(lineage.version));
  return filled.includes('{{generated}}')
    ? `${filled.replace('{{generated}}', generated).trimEnd()}\n`
    : `${filled.trimEnd()}\n\n${generated}\n`;
}

/** Splits a card template into its front matter (`---` … `---` or `...` at the very start) and body. */
export function parseCardTemplate(template: string, source = 'model card template'): { details: CardDetails; body: string } {
  const match = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(template);
  if (!match) return { details: {}, body: template };
  let front: unknown;
  try {
    front = parseYaml(match[1]);
  } catch (error) {
    throw new InputError(`${source}: front matter is not valid YAML (${(error as Error).message.split('\n')[0]})`);
  }
  if (front === null || front === undefined) return { details: {}, body: template.slice(match[0].length) };
  if (typeof front !== 'object' || Array.isArray(front)) throw new InputError(`${source}: front matter must be a mapping of keys (owner, intended_use, …) to values`);
  const details: CardDetails = {};
  const record = front as Record<string, unknown>;
  for (const key of DETAIL_KEYS) {
    const value = record[key];
    if (value === undefined || value === null) continue;
    if (typeof value === 'string' || typeof value === 'number') {
      details[key] = String(value);
    } else if (LIST_KEYS.has(key) && Array.isArray(value) && value.every((item) => typeof item === 'string' || typeof item === 'number')) {
      (details as Record<string, string[]>)[key] = value.map(String);
    } else {
      throw new InputError(`${source}: front matter \`${key}\` must be text${LIST_KEYS.has(key) ? ' or a list of texts' : ''}`);
    }
  }
  return { details, body: template.slice(match[0].length) };
}

function modelDetails(lineage: LineageRecord, details: CardDetails, hints: boolean): string {
  const lines = [
    `- **Version:** v${esc(lineage.version)}, published ${time(lineage.created_at)}`,
    details.owner !== undefined ? `- **Owner:** ${esc(details.owner)}` : hints ? '- **Owner:** _not stated (give `publish` a card template whose front matter sets `owner:`)_' : undefined,
    details.contact !== undefined ? `- **Contact:** ${esc(details.contact)}` : undefined,
    details.license !== undefined ? `- **Licence:** ${esc(details.license)}` : undefined,
    lineage.metrics.task ? `- **Task:** ${esc(lineage.metrics.task)} ${lineage.metrics.task === 'regression' ? '' : 'classification'}`.trimEnd() : undefined,
    Object.keys(lineage.parameters).length > 0 ? `- **Parameters:** ${esc(JSON.stringify(lineage.parameters))}` : undefined,
  ];
  return lines.filter((line) => line !== undefined).join('\n');
}

function describedUse(title: string, value: string | string[] | undefined, hint?: string): string[] {
  if (value === undefined) return hint ? [`## ${title}\n\n${hint}`] : [];
  const text = Array.isArray(value) ? value.map((item) => `- ${esc(item)}`).join('\n') : esc(value);
  return [`## ${title}\n\n${text}`];
}

function metricsSection(lineage: LineageRecord): string {
  const metrics = lineage.metrics;
  const entries = Object.entries(metrics.values);
  if (entries.length === 0) return '_No evaluation recorded._';
  const evaluated = [
    metrics.rows !== undefined ? `Evaluated on ${formatCount(metrics.rows)} rows` : 'Evaluated',
    metrics.evaluation_set_sha256 ? ` (evaluation set sha256 ${hex(metrics.evaluation_set_sha256)})` : ' (evaluation set not recorded)',
    '; intervals are 95 % percentile bootstrap intervals.',
  ].join('');
  const table = markdownTable([
    ['metric', 'value', '95% CI'],
    ...entries.map(([name, value]) => [esc(name), formatNumber(value), interval(metrics.intervals?.[name])]),
  ], { align: ['l', 'r', 'r'] });
  return `${evaluated}\n\n${table}`;
}

function dataSection(lineage: LineageRecord): string {
  if (lineage.data.length === 0) return '_No data files recorded._';
  return markdownTable([
    ['file', 'rows', 'sha256', 'schema fingerprint'],
    ...lineage.data.map((d) => [
      esc(d.path ?? d.uri ?? d.name),
      d.rows === null ? '—' : formatCount(d.rows),
      hex(d.sha256),
      d.schema_fingerprint ? hex(d.schema_fingerprint.slice(0, 12)) : '—',
    ]),
  ], { align: ['l', 'r', 'l', 'l'] });
}

function driftSection(lineage: LineageRecord): string {
  const drift = lineage.drift;
  if (!drift) return '_Not checked._';
  const share = `${formatPercent(drift.share_drifted)} of columns drifted`;
  const columns = drift.drifted_columns ?? [];
  const listed = columns.slice(0, MAX_LISTED_COLUMNS).map(esc).join(', ');
  const more = columns.length > MAX_LISTED_COLUMNS ? ` and ${columns.length - MAX_LISTED_COLUMNS} more` : '';
  return `${drift.dataset_drifted ? 'Dataset drift **detected**' : 'No dataset drift'} (${share}${columns.length > 0 ? `: ${listed}${more}` : ''}).`;
}

function parentSection(lineage: LineageRecord): string {
  if (!lineage.parent) return '_No parent version: this is the first._';
  const head = `v${esc(lineage.parent.version)} — gate verdict: **${esc(lineage.parent.verdict ?? 'not gated')}**.`;
  const comparison = Object.entries(lineage.metrics.comparison ?? {});
  if (comparison.length === 0) return head;
  const table = markdownTable([
    ['metric', `v${esc(lineage.parent.version)}`, `v${esc(lineage.version)}`, 'Δ', 'Δ 95% CI', 'test', 'p-value'],
    ...comparison.map(([name, c]) => [
      esc(name),
      c.baseline === null ? '—' : formatNumber(c.baseline),
      Object.hasOwn(lineage.metrics.values, name) ? formatNumber(lineage.metrics.values[name]) : '—',
      `${c.delta > 0 ? '+' : ''}${formatNumber(c.delta)}`,
      interval(c.interval),
      esc(c.test),
      c.p_value === undefined ? '—' : formatNumber(c.p_value),
    ]),
  ], { align: ['l', 'r', 'r', 'r', 'r', 'l', 'r'] });
  return `${head} Paired comparison on the same evaluation rows:\n\n${table}`;
}

function provenance(lineage: LineageRecord): string {
  const c = lineage.code;
  const e = lineage.environment;
  const tools = Object.entries(e.tools ?? {}).map(([name, version]) => `${esc(name)} ${esc(version)}`).join(', ');
  const lines = [
    `- Code: ${c.repository ? esc(c.repository) : 'local checkout'}${c.commit ? ` @ ${hex(c.commit)}` : ''}${c.ref ? ` (${literal(c.ref)})` : ''}`,
    c.merge_base ? `- Branched from: ${hex(c.merge_base)}` : undefined,
    c.workflow ? `- Workflow: ${literal(c.workflow)}` : undefined,
    c.run_url ? `- Run: ${link(c.run_url, `run ${c.run_id ?? ''}${c.run_attempt ? `, attempt ${c.run_attempt}` : ''}`.trim())}` : '- Run: not in GitHub Actions',
    e.command ? `- Training command: ${literal(e.command)}` : undefined,
    `- Built by ${esc(e.tool)} on Node ${esc(e.node)}${e.runner_os ? ` (${esc(e.runner_os)} runner)` : ''}${tools ? `; tools: ${tools}` : ''}`,
    `- ${lineage.started_at ? `Training started ${time(lineage.started_at)}, published` : 'Published'} ${time(lineage.created_at)}`,
  ];
  return lines.filter((line) => line !== undefined).join('\n');
}

function interval(bounds: [number, number] | undefined): string {
  return bounds ? `[${formatNumber(bounds[0])}, ${formatNumber(bounds[1])}]` : '—';
}

/** A link only to an https URL without characters that could end or extend it; anything else as text. */
function link(url: string, text: string): string {
  return /^https:\/\/[^\s<>()[\]`"']+$/.test(url) ? `[${esc(text)}](${url})` : esc(url);
}

/** Digests and commits in a code span; anything that is not hex (a hand-edited record) as escaped text. */
function hex(text: string): string {
  return /^[0-9a-f]+$/.test(text) ? `\`${text}\`` : esc(text);
}

/**
 * Timestamps as written: only digits and `T Z : . + -` can be left unescaped, and escaping would put
 * word joiners between `hh:mm:ss` (escapeMarkdown's guard against `:emoji:` codes).
 */
function time(text: string): string {
  return /^[0-9TZtz:.+-]+$/.test(text) ? text : esc(text);
}

/**
 * Refs, workflow paths and commands in a code span, where nothing is markup and `@` mentions no one;
 * text a code span cannot hold (backticks, line breaks) as escaped text instead.
 */
function literal(text: string): string {
  return /^[^`\r\n]+$/.test(text) ? `\`${text}\`` : esc(text);
}
