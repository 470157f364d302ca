import { globSync, statSync } from 'node:fs';
import type { RunEnvironment } from '../adapters/environment.js';
import { isPermissionDenied } from '../adapters/github/gateway/index.js';
import { digestFile } from '../adapters/files/digest.js';
import { openRegistry } from '../adapters/registry/open-registry.js';
import { abTestAuditRecord, AUDIT_SOURCES_KEPT, monitorTransition, type AuditRecord } from '../core/registry/audit.js';
import type { AbTestResult } from '../core/abtest/abtest.js';
import { checkModelName, normaliseVersion } from '../adapters/registry/names.js';

export interface AuditAccess {
  store: string | undefined;
  token: string | undefined;
  environment: RunEnvironment;
  warn: (message: string) => void;
}

/** What became of a record: where it is stored, or why it is not (`stored` null). */
export interface AuditOutcome {
  stored: string | null;
  /** Said beside it: unchanged since the last record, or the token may not write. */
  note: string | null;
}

/**
 * Adds `record` to its model's audit trail. A token that may not write tags is a warning, not a
 * failure: the result the command computed (a drift alert, a decision) matters more than its
 * record, and the monitor must never stop alerting because it could not write history. Every other
 * failure is thrown.
 */
export async function appendAuditRecord(access: AuditAccess, record: AuditRecord): Promise<AuditOutcome> {
  return tolerateReadOnly(access, record, async () => {
    const registry = openRegistry(access.store, { environment: access.environment, token: access.token, warn: access.warn });
    return { stored: await registry.appendAudit(record), note: null };
  });
}

/**
 * The monitor's record: only a transition is written (`monitorTransition`: drift began, cleared, or
 * persists on another version), so a daily schedule leaves a few tags a year, not one a day.
 */
export async function appendMonitorTransition(access: AuditAccess, record: AuditRecord): Promise<AuditOutcome> {
  return tolerateReadOnly(access, record, async () => {
    const registry = openRegistry(access.store, { environment: access.environment, token: access.token, warn: access.warn });
    const last = (await registry.auditTrail(record.model, { kind: 'monitor', limit: 1 })).records[0];
    if (!monitorTransition(last, record)) {
      return { stored: null, note: last ? `unchanged since ${last.at} (${last.outcome}, ${last.stored_as})` : 'no drift, and none recorded before' };
    }
    return { stored: await registry.appendAudit(record), note: null };
  });
}

/** `abtest --record`: the decision, about `version` when given (it must be published), with the data file's digest. Returns where it is stored, or null. */
export async function recordAbTestDecision(access: AuditAccess, result: AbTestResult, about: { model: string; version?: string; data: string }): Promise<string | null> {
  const record = abTestAuditRecord(result, {
    model: checkModelName(about.model), version: about.version === undefined ? null : normaliseVersion(about.version), at: new Date(),
    run: { url: access.environment.runUrl, id: access.environment.runId }, sources: await sourceDigests([about.data]),
  });
  return (await appendAuditRecord(access, record)).stored;
}

async function tolerateReadOnly(access: AuditAccess, record: AuditRecord, work: () => Promise<AuditOutcome>): Promise<AuditOutcome> {
  try {
    return await work();
  } catch (error) {
    if (!isPermissionDenied(error)) throw error;
    const note = 'the token may not write tags (give the job `permissions: contents: write`)';
    access.warn(`no audit record for ${record.model}: ${note}`);
    return { stored: null, note };
  }
}

/**
 * The SHA-256 of the files a result was computed from: each path as it is, or every file a glob
 * matches (a partition of part files), at most `AUDIT_SOURCES_KEPT` in all. Folders and paths that
 * are no files are left out (the record names what it can pin).
 */
export async function sourceDigests(paths: readonly (string | undefined)[]): Promise<{ path: string; sha256: string }[]> {
  const files = paths.flatMap((path) => {
    if (path === undefined) return [];
    const matched = /[*?[]/.test(path) ? globSync(path).sort() : [path];
    return matched.filter((file) => {
      try {
        return statSync(file).isFile();
      } catch {
        return false;
      }
    });
  });
  const kept = [...new Set(files)].slice(0, AUDIT_SOURCES_KEPT);
  return Promise.all(kept.map(async (path) => ({ path, sha256: (await digestFile(path)).sha256 })));
}
