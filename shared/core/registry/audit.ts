import type { AbTestResult } from '../abtest/abtest.js';
import type { DriftReport } from '../drift/drift-report.js';

/**
 * The audit trail: what happened to a model after it was published (monitoring results, A/B
 * decisions), added beside its history without touching a published release (which may be
 * immutable). Each event is one small, closed record; the backends store it as they store stage
 * events (GitHub: an annotated tag per event; local: one line of an append-only `audit.jsonl`).
 * Schema: `schemas/audit.schema.json`; codec: `adapters/codecs/audit-json.ts`.
 */

export const AUDIT_SCHEMA = 'mlgate-audit/1';
export const AUDIT_KINDS = ['monitor', 'abtest'] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

/** monitor: `drifted` (drift began, or moved to another version) and `cleared`; abtest: the decision. */
export type AuditOutcome = 'drifted' | 'cleared' | AbTestResult['decision'];

/** A record must fit a tag message comfortably and a jsonl line a person can read: encoded, at most this many bytes. */
export const AUDIT_RECORD_LIMIT = 8_192;
/** Drifted column names kept (the count is always exact). */
export const AUDIT_COLUMNS_KEPT = 20;
/** Source files kept. */
export const AUDIT_SOURCES_KEPT = 10;
const TEXT_KEPT = 200;

export interface MonitorFigures {
  /** Drifted columns, at most `AUDIT_COLUMNS_KEPT` of them (the first in report order). */
  drifted_columns: string[];
  drifted_count: number;
  compared_count: number;
  share_drifted: number;
  /** The current data read (the newest partition). */
  current: string;
}

export interface AbTestFigures {
  effect: number;
  interval: [number, number];
  p_value: number;
  n: { control: number; treatment: number };
  test: AbTestResult['test'];
  stopped_at: string | null;
  /** For `promote --abtest`: the stage the version was promoted to on this decision; else null. */
  promoted_to: string | null;
}

export interface AuditRecord {
  schema: typeof AUDIT_SCHEMA;
  kind: AuditKind;
  model: string;
  /** The version the event concerns (without `v`), or null when the command did not know it. */
  version: string | null;
  /** When it happened, RFC 3339 UTC. */
  at: string;
  run: { url: string | null; id: string | null };
  outcome: AuditOutcome;
  figures: MonitorFigures | AbTestFigures;
  /** The files the result was computed from, with their SHA-256 (at most `AUDIT_SOURCES_KEPT`). */
  sources: { path: string; sha256: string }[];
}

/** A record as read back, with where it is stored (a tag name, or `file:line`). */
export interface StoredAuditRecord extends AuditRecord {
  stored_as: string;
}

/** The newest records of a model, newest first; `more` counts the older ones not read. */
export interface AuditTrail {
  records: StoredAuditRecord[];
  more: number;
}

export interface AuditContext {
  model: string;
  version: string | null;
  at: Date;
  run: { url: string | null; id: string | null };
  sources: { path: string; sha256: string }[];
}

export function monitorAuditRecord(report: DriftReport, current: string, context: AuditContext): AuditRecord {
  const drifted = report.columns.filter((c) => c.drifted).map((c) => c.name);
  return {
    ...base('monitor', context),
    outcome: report.dataset_drifted ? 'drifted' : 'cleared',
    figures: {
      drifted_columns: drifted.slice(0, AUDIT_COLUMNS_KEPT).map(cut), drifted_count: drifted.length,
      compared_count: report.columns.length, share_drifted: report.share_drifted, current: cut(current),
    },
  };
}

export function abTestAuditRecord(result: AbTestResult, context: AuditContext & { promotedTo?: string | null }): AuditRecord {
  return {
    ...base('abtest', context),
    outcome: result.decision,
    figures: {
      effect: result.effect.estimate, interval: [result.effect.interval[0], result.effect.interval[1]], p_value: result.p_value,
      n: { control: result.n.control, treatment: result.n.treatment }, test: result.test,
      stopped_at: result.stopped_at === null ? null : cut(result.stopped_at), promoted_to: context.promotedTo ?? null,
    },
  };
}

function base(kind: AuditKind, context: AuditContext): Omit<AuditRecord, 'outcome' | 'figures'> {
  return {
    schema: AUDIT_SCHEMA, kind, model: context.model, version: context.version, at: context.at.toISOString(),
    run: { url: context.run.url === null ? null : cut(context.run.url), id: context.run.id === null ? null : cut(context.run.id) },
    sources: context.sources.slice(0, AUDIT_SOURCES_KEPT).map((s) => ({ path: cut(s.path), sha256: s.sha256 })),
  };
}

function cut(text: string): string {
  return text.length <= TEXT_KEPT ? text : `${text.slice(0, TEXT_KEPT - 1)}…`;
}

/**
 * Whether a monitor check is worth a record: only transitions, so a daily schedule leaves a
 * handful of tags a year, not 365. Drift that begins is recorded, drift that clears is recorded,
 * and drift that persists is recorded again only when the version monitored changed (a new
 * production version that drifts too is news about that version). A first check without drift
 * records nothing: there is nothing to clear.
 */
export function monitorTransition(last: AuditRecord | undefined, next: AuditRecord): boolean {
  if (!last) return next.outcome === 'drifted';
  if (last.outcome !== next.outcome) return true;
  return next.outcome === 'drifted' && last.version !== next.version;
}

/** One line a person reads first (`git tag -n`, the lineage table): kind, outcome and the key figure. */
export function auditHeadline(record: AuditRecord): string {
  const about = `${record.model}${record.version === null ? '' : ` v${record.version}`}`;
  return `mlgate ${record.kind} ${record.outcome} on ${about}: ${auditFigures(record)}`;
}

/** The key figures of a record as short text (no markup: renderers escape it). */
export function auditFigures(record: AuditRecord): string {
  if (record.kind === 'monitor') {
    const f = record.figures as MonitorFigures;
    const names = f.drifted_columns.join(', ') + (f.drifted_count > f.drifted_columns.length ? ', …' : '');
    return `${f.drifted_count} of ${f.compared_count} columns drifted${f.drifted_count > 0 ? ` (${names})` : ''}`;
  }
  const f = record.figures as AbTestFigures;
  const promoted = f.promoted_to ? `; promoted to ${f.promoted_to}` : '';
  return `effect ${num(f.effect)} [${num(f.interval[0])}, ${num(f.interval[1])}], p = ${num(f.p_value)}, n = ${f.n.control}/${f.n.treatment}${promoted}`;
}

function num(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return Math.abs(value) >= 1e-3 || value === 0 ? String(Number(value.toPrecision(4))) : value.toExponential(2);
}
