import { describe, expect, it } from 'vitest';
import {
  AUDIT_COLUMNS_KEPT, AUDIT_RECORD_LIMIT, abTestAuditRecord, auditHeadline, monitorAuditRecord, monitorTransition, type AuditRecord,
} from '../../../../shared/core/registry/audit.js';
import { auditTagMessage, decodeAuditRecord, decodeAuditTagMessage, encodeAuditRecord } from '../../../../shared/adapters/codecs/audit-json.js';
import type { DriftReport } from '../../../../shared/core/drift/drift-report.js';
import type { AbTestResult } from '../../../../shared/core/abtest/abtest.js';
import { InputError } from '../../../../shared/errors.js';

const context = (version: string | null = '1.2.0') => ({
  model: 'team/churn', version, at: new Date('2026-11-30T06:00:00.123Z'), run: { url: 'https://github.com/o/r/actions/runs/1', id: '1' },
  sources: [{ path: 'prod/part-0.csv', sha256: 'a'.repeat(64) }],
});

function report(drifted: number, total = drifted + 2, name = (i: number) => `col${i}`): DriftReport {
  const columns = Array.from({ length: total }, (_, i) => ({ name: name(i), drifted: i < drifted }));
  return { columns, dataset_drifted: drifted / total >= 0.5, share_drifted: drifted / total } as unknown as DriftReport;
}

const decision = (overrides: Partial<AbTestResult> = {}): AbTestResult => ({
  decision: 'treatment', stopped_at: '2026-11-05', n: { control: 3000, treatment: 3010 }, means: { control: 0.1, treatment: 0.15 },
  effect: { estimate: 0.05, interval: [0.03, 0.07] }, p_value: 1e-9, test: 'msprt-normal-mixture', kind: 'proportion', alpha: 0.05, looks: 5,
  mixing_variance: 1e-4, power: { mde_at_current_n: 0.02, mde: null, needed_per_arm: null, remaining_per_arm: null }, guardrails: [], ...overrides,
});

describe('audit records', () => {
  it('keeps a monitor result\'s key figures, bounded: 20 column names of 300, each cut to 200 characters, under 8 KiB encoded', () => {
    const record = monitorAuditRecord(report(300, 310, (i) => `${'x'.repeat(500)}${i}`), 'prod/date=2026-11-30/part-0.csv', context());
    expect(record).toMatchObject({ schema: 'mlgate-audit/1', kind: 'monitor', outcome: 'drifted', version: '1.2.0', at: '2026-11-30T06:00:00.123Z' });
    const figures = record.figures as { drifted_columns: string[]; drifted_count: number; compared_count: number };
    expect(figures.drifted_columns).toHaveLength(AUDIT_COLUMNS_KEPT);
    expect(figures.drifted_columns[0]).toHaveLength(200);
    expect([figures.drifted_count, figures.compared_count]).toEqual([300, 310]);
    const line = encodeAuditRecord(record);
    expect(Buffer.byteLength(line)).toBeLessThan(AUDIT_RECORD_LIMIT);
    expect(line).not.toContain('\n');
    expect(decodeAuditRecord(line, 'x')).toEqual(record);
  });

  it('round-trips an A/B decision, a non-finite p-value included, through a tag message whose first line is the headline', () => {
    const record = abTestAuditRecord(decision({ p_value: NaN }), { ...context(null), promotedTo: 'production' });
    const message = auditTagMessage(record);
    expect(message.split('\n')[0]).toBe('mlgate abtest treatment on team/churn: effect 0.05 [0.03, 0.07], p = NaN, n = 3000/3010; promoted to production');
    const back = decodeAuditTagMessage(message, 'mlgate-audit/team/churn/abtest/20261130T060000Z');
    expect(back.figures).toMatchObject({ p_value: NaN, promoted_to: 'production' });
    expect(back).toEqual(record);
  });

  it('refuses what is not a record, naming where it was read', () => {
    const good = JSON.parse(encodeAuditRecord(monitorAuditRecord(report(3), 'c.csv', context()))) as Record<string, unknown>;
    const bad = (value: unknown) => () => decodeAuditRecord(JSON.stringify(value), 'audit.jsonl:4');
    expect(bad({ ...good, outcome: 'treatment' })).toThrow(/^audit\.jsonl:4: \/outcome /); // a monitor record with an A/B outcome
    expect(bad({ ...good, extra: 1 })).toThrow(/extra is not a known field/);
    expect(() => decodeAuditRecord('{"schema":', 'audit.jsonl:4')).toThrow(InputError);
    expect(() => decodeAuditRecord(`"${'x'.repeat(AUDIT_RECORD_LIMIT)}"`, 'audit.jsonl:4')).toThrow(/longer than 8192 bytes/);
    expect(() => decodeAuditTagMessage('just a note', 'mlgate-audit/m/monitor/20261130T060000Z')).toThrow(/^mlgate-audit\/m\/monitor\/20261130T060000Z: the tag's message holds no audit record/);
  });

  it('records monitor transitions only: drift begins, persists (nothing), clears, persists on a new version', () => {
    const drifted = (version: string | null = '1.2.0'): AuditRecord => monitorAuditRecord(report(3), 'c.csv', context(version));
    const cleared = (): AuditRecord => monitorAuditRecord(report(0, 4), 'c.csv', context());
    expect(monitorTransition(undefined, cleared())).toBe(false);
    expect(monitorTransition(undefined, drifted())).toBe(true);
    expect(monitorTransition(drifted(), drifted())).toBe(false);
    expect(monitorTransition(drifted(), cleared())).toBe(true);
    expect(monitorTransition(cleared(), cleared())).toBe(false);
    expect(monitorTransition(drifted('1.2.0'), drifted('1.3.0'))).toBe(true);
    expect(auditHeadline(drifted())).toBe('mlgate monitor drifted on team/churn v1.2.0: 3 of 5 columns drifted (col0, col1, col2)');
  });
});
