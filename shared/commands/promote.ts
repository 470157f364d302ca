import { currentEnvironment, type RunEnvironment } from '../adapters/environment.js';
import { readRunContext } from '../adapters/github/context.js';
import { GateFailedError, InputError } from '../errors.js';
import { readAbTest } from '../adapters/codecs/abtest-json.js';
import { abTestAllowsPromotion } from '../core/abtest/abtest-promotion.js';
import { openRegistry } from '../adapters/registry/open-registry.js';
import type { StageEvent } from '../core/registry/model-registry.js';
import { parseTag } from '../adapters/registry/names.js';
import { abTestAuditRecord } from '../core/registry/audit.js';
import type { AbTestResult } from '../core/abtest/abtest.js';
import { sourceDigests } from './audit-trail.js';

export interface PromoteOptions {
  /** Model and version; either may be left out on a release or version-tag event (see `promotionTarget`). */
  model?: string;
  version?: string;
  stage: string;
  store?: string;
  note?: string;
  /** An A/B decision (`mlgate abtest`): promote only when it allows (see `abTestAllowsPromotion`). */
  abtest?: string;
  /** Non-inferiority margin for an undecided (`continue`) A/B test. */
  margin?: number;
  by?: string;
  token?: string;
  /** The run promoting it (who, which run); default this process's. */
  environment?: RunEnvironment;
  /** Where a tolerated damage (a torn last stage event) is reported. */
  warn?: (message: string) => void;
}

/**
 * The model and version to promote: as given, or — on a `release` event or a pushed version tag —
 * the ones the event's tag `<model>@v<semver>` names, so a release promotes exactly its version.
 */
export function promotionTarget(options: { model?: string; version?: string }, eventTag: string | null): { model: string; version: string } {
  if (options.model && options.version) return { model: options.model, version: options.version };
  const parsed = eventTag ? parseTag(eventTag) : undefined;
  if (parsed?.kind !== 'version' || parsed.deregister) {
    throw new InputError(`model and version are required unless the event is a release or push of a version tag (<model>@v<semver>)${eventTag ? `; the event's tag \`${eventTag}\` is not one` : ''}`);
  }
  return { model: options.model ?? parsed.model, version: options.version ?? parsed.version };
}

/** The stage event, and with `abtest` where the decision it promoted on was added to the audit trail. */
export type PromoteResult = StageEvent & { audit?: string };

export async function promote(options: PromoteOptions): Promise<PromoteResult> {
  const environment = options.environment ?? currentEnvironment();
  const eventTag = options.model && options.version ? null : environment.repository ? readRunContext(environment).tag : null;
  const target = promotionTarget(options, eventTag);
  let note = options.note ?? null;
  if (options.margin !== undefined && options.abtest === undefined) throw new InputError('--margin is the A/B non-inferiority margin: it needs --abtest');
  if (options.margin !== undefined && !(options.margin >= 0 && Number.isFinite(options.margin))) throw new InputError(`--margin must be a number ≥ 0, got ${options.margin}`);
  let decision: AbTestResult | undefined;
  if (options.abtest !== undefined) {
    decision = readAbTest(options.abtest);
    const verdict = abTestAllowsPromotion(decision, options.margin);
    if (!verdict.allowed) throw new GateFailedError(`not promoting ${target.model} v${target.version} to ${options.stage}: ${verdict.reason}`);
    note = note === null ? verdict.reason : `${note} (${verdict.reason})`;
  }
  const registry = openRegistry(options.store, { environment, token: options.token, warn: options.warn });
  const event = await registry.promote({
    ...target, stage: options.stage,
    by: options.by ?? environment.actor, note, runUrl: environment.runUrl, runId: environment.runId,
  });
  if (!decision) return event;
  // The decision the promotion rests on joins the version's audit trail (the stage tag's note says
  // why in words; the record keeps the figures). Promoting needs write access, so recording has it.
  const record = abTestAuditRecord(decision, {
    model: event.model, version: event.version, at: new Date(), run: { url: environment.runUrl, id: environment.runId },
    sources: await sourceDigests([options.abtest]), promotedTo: event.stage,
  });
  // A re-run of the same workflow run adopts its stage tag (see the registry's promote): its record too.
  const last = (await registry.auditTrail(event.model, { kind: 'abtest', limit: 1 })).records[0];
  const figures = last?.figures as { promoted_to?: string | null } | undefined;
  if (last && record.run.id !== null && last.run.id === record.run.id && last.version === record.version && figures?.promoted_to === event.stage) {
    return { ...event, audit: last.stored_as };
  }
  return { ...event, audit: await registry.appendAudit(record) };
}
