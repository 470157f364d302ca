import type { LineageRecord } from '../lineage/record.js';
import type { AuditKind, AuditRecord, AuditTrail } from './audit.js';
/**
 * The model registry every backend implements: the local folder (`local-registry.ts`) and GitHub
 * releases + tags (`github-registry.ts`). Versions are immutable once published; stages move by appending
 * assignment events (GTO's model), so history is never rewritten.
 */

export interface PublishFile {
  /** Path on disk. */
  path: string;
  /** Name in the registry; default: the file's base name. */
  name?: string;
}

export interface PublishRequest {
  model: string;
  version: string;
  files: PublishFile[];
  /** Extra documents stored beside the files (lineage.json, metrics.json, MODEL_CARD.md). */
  documents?: Record<string, string>;
}

export interface StoredFile {
  name: string;
  sha256: string;
  size: number;
}

export interface VersionRecord {
  model: string;
  version: string;
  tag: string;
  files: StoredFile[];
  published_at: string;
}

export interface PublishResult {
  version: VersionRecord;
  /** `created` the first time, `unchanged` when the same content was already published. */
  outcome: 'created' | 'unchanged' | 'completed';
  /** Said beside the outcome, e.g. which run published the version while this one waited. */
  note?: string;
}

export interface StageEvent {
  model: string;
  stage: string;
  version: string;
  /** Event number across all of the model's events (GTO's `#N`). */
  number: number;
  tag: string;
  action: 'assign' | 'unassign';
  at: string;
  by: string | null;
  note: string | null;
  run_url: string | null;
}

export interface PromoteRequest {
  model: string;
  version: string;
  stage: string;
  by?: string | null;
  note?: string | null;
  runUrl?: string | null;
  /** The run promoting (GITHUB_RUN_ID), recorded in the stage tag so a re-run finds its own work; default: one id per process. */
  runId?: string | null;
}

export type VersionSelector = { version: string } | { stage: string } | { latest: true };

export interface FetchResult {
  version: VersionRecord;
  directory: string;
  files: StoredFile[];
}

export interface ModelRegistry {
  /** A human name for messages (`local registry at .mlgate/registry`). */
  readonly description: string;
  publish(request: PublishRequest): Promise<PublishResult>;
  promote(request: PromoteRequest): Promise<StageEvent>;
  resolve(model: string, selector: VersionSelector): Promise<VersionRecord>;
  /** Downloads and verifies every file; on any mismatch nothing is left in `directory`. */
  fetchVersion(model: string, selector: VersionSelector, directory: string): Promise<FetchResult>;
  versions(model: string): Promise<VersionRecord[]>;
  stageHistory(model: string): Promise<StageEvent[]>;
  /** A stored text document of a version (e.g. `lineage.json`), or `undefined` when it has none. */
  readDocument(model: string, version: string, name: string): Promise<string | undefined>;
  /**
   * Adds an event to the model's audit trail (see `core/registry/audit.ts`) without changing any
   * version or release; returns where it is stored (a tag name, or `file:line`). A record naming a
   * version that is not published is refused.
   */
  appendAudit(record: AuditRecord): Promise<string>;
  /** The model's newest audit records (of one kind, when given), newest first, at most `limit` (default `AUDIT_READ_LIMIT`). */
  auditTrail(model: string, options?: { kind?: AuditKind; limit?: number }): Promise<AuditTrail>;
}

/** Audit records read by default: a bound on the tag objects fetched (one request each on GitHub). */
export const AUDIT_READ_LIMIT = 100;

/** A model's history as `mlgate lineage` shows it: a version's ancestry chain and every stage event. */
export interface LineageView {
  model: string;
  /** The requested version first, then its parent, grandparent, … */
  chain: { version: VersionRecord; lineage: LineageRecord | null }[];
  stages: StageEvent[];
  /** What happened after release (monitoring, A/B decisions), newest first, bounded; `more` older ones were not read. */
  audit?: AuditTrail;
}
