import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GateReport } from '../../../../shared/core/gate/gate.js';
import { decodeGateReport, encodeGateReport } from '../../../../shared/adapters/codecs/gate-json.js';
import { anyNumber, byName, text } from './arbitraries.js';

const verdict = fc.constantFrom('pass', 'warn', 'fail' as const);
const severity = fc.constantFrom('fail', 'warn', 'ignore' as const);

const gateReport: fc.Arbitrary<GateReport> = fc.record({
  verdict,
  checks: fc.array(fc.record({ subject: text, kind: fc.constantFrom('metric', 'drift' as const), status: verdict, message: text }), { maxLength: 4 }),
  policy: fc.record({
    metrics: byName(fc.record({ max_drop: anyNumber, threshold: anyNumber, require_significance: fc.boolean() }, { requiredKeys: ['max_drop', 'require_significance'] })),
    drift: fc.record({ dataset: severity, columns: byName(severity), schema: severity }),
  }),
  markdown: text,
  comment_markdown: text,
});

describe('gate.json', () => {
  it('reads back exactly what it wrote, non-finite numbers included', () => {
    fc.assert(fc.property(gateReport, (report) => {
      expect(decodeGateReport(encodeGateReport(report), 'gate.json')).toEqual(report);
    }), { numRuns: 500 });
  });

  it.each<[string, unknown, string]>([
    ['an unknown verdict', { verdict: 'ok' }, 'gate.json: `verdict` is "ok", expected one of pass, warn, fail — is this the output of `mlgate gate --format json`?'],
    ['a check without a status', { verdict: 'pass', checks: [{ subject: 'roc_auc', kind: 'metric', message: '' }] }, 'gate.json: `checks[0].status` is missing, expected one of pass, warn, fail'],
    ['a tolerance that is text', { verdict: 'pass', checks: [], policy: { metrics: { roc_auc: { max_drop: 'none', require_significance: true } } } }, 'gate.json: `policy.metrics.roc_auc.max_drop` is a string, expected a number'],
  ])('refuses %s, naming the field', (_what, value, message) => {
    expect(() => decodeGateReport(JSON.stringify(value), 'gate.json')).toThrow(message);
  });
});
