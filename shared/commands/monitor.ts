import { globSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { InputError } from '../errors.js';
import type { RunEnvironment } from '../adapters/environment.js';
import type { DriftReport } from '../core/drift/drift-report.js';
import { isPermissionDenied, openGateway, type NetworkPolicy } from '../adapters/github/gateway/index.js';
import { ISSUE_BODY_LIMIT, ISSUE_BODY_OVERHEAD, syncDriftIssue, type DriftIssueResult } from '../adapters/github/drift-issue.js';
import { driftSectionWithin } from '../render/pr-report.js';
import { drift, type DriftCommandOptions } from './drift.js';
import { SUMMARY_BUDGET_BYTES, utf8Bytes } from './summary-budget.js';
import type { Logger } from './command.js';
import { monitorAuditRecord } from '../core/registry/audit.js';
import { appendMonitorTransition, sourceDigests, type AuditOutcome } from './audit-trail.js';

import type { NewestBy } from './monitor-options.js';

export interface MonitorOptions extends Omit<DriftCommandOptions, 'current' | 'currentProfile'> {
  /** The production data: a file, or a glob of partitions of which the newest is read. */
  current: string;
  newestBy?: NewestBy;
  /** The model the issue is about: one issue per model. */
  model: string;
  /** Open, update and close the model's issue (else the report only goes to the job summary). */
  issue: boolean;
  /** Login the issue must belong to; default: the token's identity. */
  issueAuthor?: string;
  token: string | undefined;
  environment: RunEnvironment;
  log: Logger;
  /** The check's time (tests pin it); default now. */
  now?: Date;
  /** Changes to the gateway's network policy (tests shorten back-off). */
  policy?: Partial<NetworkPolicy>;
  /** Add drift's transitions (began, cleared) to the model's audit trail in `store` (see `appendMonitorTransition`). */
  record?: boolean;
  store?: string;
  /** The version monitored (known with `--reference-stage`), which the record hangs off; else null. */
  version?: string | null;
}

export interface MonitorResult {
  report: DriftReport;
  /** What was read as the current data: one file, or a glob of the newest partition's files. */
  current: string;
  /** The job summary: the drift report fitted under GitHub's 1 MiB, and what happened to the issue. */
  summary: string;
  issue: DriftIssueResult | null;
  /** Why the issue was not kept in step (no token, read-only token, no repository), else null. */
  notPosted: string | null;
  /** What became of the audit record (`record`), else null. */
  audit: AuditOutcome | null;
}

const GLOB = /[*?[]/;

/**
 * Scheduled drift monitoring: the newest production data against the model's reference, with the
 * drift use case as it is; the model's GitHub issue follows the result (see `syncDriftIssue`).
 * A token that may not write issues is not an error: the report is in the job summary and one
 * warning says why no issue was kept. Other GitHub failures (after the gateway's retries) throw:
 * a monitor that silently stops alerting is worse than a failed run.
 */
export async function monitor(options: MonitorOptions): Promise<MonitorResult> {
  if (options.model.trim() === '') throw new InputError('--model is required: the model whose issue the monitor keeps (one issue per model)');
  const current = newestPartition(options.current, options.newestBy ?? 'name');
  options.log.info(`monitoring ${options.model}: ${current} against ${options.reference ?? options.referenceProfile ?? '(no reference)'}`);
  const report = await drift({
    reference: options.reference, referenceProfile: options.referenceProfile, current, method: options.method, threshold: options.threshold, columns: options.columns,
    exclude: options.exclude, correction: options.correction, driftShare: options.driftShare, criticalColumns: options.criticalColumns, idColumn: options.idColumn,
    columnMethods: options.columnMethods, delimiter: options.delimiter, sample: options.sample, ...(options.progress ? { progress: options.progress } : {}),
  });
  const drifted = report.columns.filter((c) => c.drifted).length;
  const date = (options.now ?? new Date()).toISOString().slice(0, 10);

  let issue: DriftIssueResult | null = null;
  let notPosted: string | null = null;
  if (options.issue) {
    const repository = options.environment.repository;
    if (!options.token) notPosted = 'no GitHub token (the action\'s github-token input is empty; the CLI reads GITHUB_TOKEN)';
    else if (!repository) notPosted = 'no repository (GITHUB_REPOSITORY is not set)';
    else {
      const markdown = driftSectionWithin(report, ISSUE_BODY_LIMIT - ISSUE_BODY_OVERHEAD, {
        fullReportAt: 'the drift JSON of the run (the `drift-json` output)', limitName: "GitHub's issue body limit",
      });
      const gateway = openGateway(options.environment, { token: options.token, log: options.log, ...(options.policy ? { policy: options.policy } : {}) });
      try {
        issue = await syncDriftIssue(gateway, {
          owner: repository.owner, repo: repository.repo, model: options.model, drifted: report.dataset_drifted, markdown, driftedColumns: drifted, date,
          runUrl: options.environment.runUrl, ...(options.issueAuthor ? { author: options.issueAuthor } : {}),
        });
      } catch (error) {
        if (!isPermissionDenied(error)) throw error;
        notPosted = 'the token may not write issues (give the job `permissions: issues: write`)';
      }
    }
    if (notPosted) options.log.warning(`no drift issue for ${options.model}: ${notPosted}; the report is in the job summary`);
  }

  // After the issue: whatever happens to the record, the alert has been raised.
  let audit: AuditOutcome | null = null;
  if (options.record) {
    const record = monitorAuditRecord(report, current, {
      model: options.model, version: options.version ?? null, at: options.now ?? new Date(),
      run: { url: options.environment.runUrl, id: options.environment.runId }, sources: await sourceDigests([current, options.reference, options.referenceProfile]),
    });
    audit = await appendMonitorTransition({ store: options.store, token: options.token, environment: options.environment, warn: (m) => options.log.warning(m) }, record);
  }

  const fitted = driftSectionWithin(report, SUMMARY_BUDGET_BYTES - 4_096, {
    fullReportAt: 'the drift JSON (the `drift-json` output)', limitName: "GitHub's job summary limit", measure: utf8Bytes,
  });
  const auditLine = audit === null ? '' : audit.stored ? ` Audit trail: recorded as \`${audit.stored}\`.` : ` Audit trail: nothing recorded (${audit.note}).`;
  return { report, current, summary: `${fitted}\n\n${issueLine(options.model, issue, notPosted, current)}${auditLine}\n`, issue, notPosted, audit };
}

function issueLine(model: string, issue: DriftIssueResult | null, notPosted: string | null, current: string): string {
  const read = `Current data: \`${current}\`.`;
  if (notPosted) return `${read} No issue for ${model}: ${notPosted}.`;
  if (!issue) return read;
  const link = issue.url ? `[#${issue.number}](${issue.url})` : '';
  const said = { opened: `opened ${link}`, updated: `updated ${link}`, closed: `closed ${link} (drift cleared)`, none: 'no open issue (no drift)' }[issue.action];
  return `${read} Drift issue for ${model}: ${said}.`;
}

/**
 * The production data to read: a plain path as it is; for a glob, the newest partition. Files
 * that all sit in one folder are partitions themselves (`exports/2026-11-*.csv`); otherwise a
 * partition is a folder of part files (`data/date=*\/part-*.csv`), read as one table. Newest by
 * name (ISO dates and `date=` keys sort by time) or by the latest modification time in it.
 */
export function newestPartition(path: string, by: NewestBy): string {
  if (!GLOB.test(path)) return path;
  const files = globSync(path).filter((file) => statSync(file).isFile()).sort();
  if (files.length === 0) throw new InputError(`${path}: no file matches (the monitor reads the newest partition of a glob)`);
  const folders = new Set(files.map((file) => dirname(file)));
  const groups = folders.size === 1 ? files.map((file) => ({ key: file, files: [file] }))
    : [...folders].map((folder) => ({ key: folder, files: files.filter((file) => dirname(file) === folder) }));
  const time = (group: { files: string[] }) => Math.max(...group.files.map((file) => statSync(file).mtimeMs));
  const newest = groups.reduce((best, group) => {
    if (by === 'mtime') return time(group) > time(best) || (time(group) === time(best) && group.key > best.key) ? group : best;
    return group.key > best.key ? group : best;
  });
  if (newest.files.length === 1) return newest.files[0];
  if (GLOB.test(newest.key)) throw new InputError(`${newest.key}: a partition folder whose name has glob characters (*, ?, [) cannot be read as one partition; rename it`);
  return join(newest.key, basename(path));
}
