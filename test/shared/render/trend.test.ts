import { beforeAll, describe, expect, it } from 'vitest';
import { renderReport, renderReportWithin, trendMermaid } from '../../../shared/render/pr-report.js';
import { trendSvg } from '../../../shared/render/trend-svg.js';
import type { Trend } from '../../../shared/core/gate/trend.js';
import type { GateResult } from '../../../shared/core/gate/gate.js';
import type { SliceVerdict } from '../../../shared/core/gate/slices.js';

/**
 * mermaid's own parser (the one GitHub's renderer runs), in Node. Its text sanitiser wants a
 * browser's DOMPurify; parsing does not, so the sanitiser's hooks are stubbed on the one
 * DOMPurify instance mermaid imports.
 */
let parse: (text: string) => Promise<unknown>;
beforeAll(async () => {
  const purify = (await import('dompurify')).default as unknown as Record<string, unknown>;
  Object.assign(purify, { addHook: () => undefined, removeHook: () => undefined, removeAllHooks: () => undefined, sanitize: (text: string) => text });
  const mermaid = (await import('mermaid')).default;
  parse = (text) => mermaid.parse(text);
}, 60_000);

const trend: Trend = {
  metric: 'roc_auc', direction: 'higher', candidate: 0.905,
  points: [{ version: '1.0.0', value: 0.92 }, { version: '1.1.0', value: 0.915 }, { version: '1.2.0-rc.1+build.7', value: 0.91 }],
};

describe('the trend chart (mermaid xychart-beta)', () => {
  it('is a line over the published versions and the candidate that mermaid parses', async () => {
    const chart = trendMermaid(trend);
    expect(chart).toBe([
      'xychart-beta',
      '  title "roc_auc over the last 3 published versions"',
      '  x-axis ["v1.0.0", "v1.1.0", "v1.2.0-rc.1+build.7", "candidate"]',
      '  y-axis "roc_auc (higher is better)" 0.9035 --> 0.9215',
      '  line [0.92, 0.915, 0.91, 0.905]',
    ].join('\n'));
    await expect(parse(chart)).resolves.toBeTruthy();
    // The check itself: a label that is not escaped does not parse.
    await expect(parse(chart.replace('"v1.0.0"', '"v1"0"'))).rejects.toThrow();
  });

  it('parses with hostile metric names and version labels, one point, equal values and negative values', async () => {
    const hostile = ['a"b', 'x" ]\n  line [1', '<img src=x onerror=alert(1)>', '`code` #quot; %%{init}%%', 'é'.repeat(300), 'a\\"b;c'];
    for (const name of hostile) {
      const chart = trendMermaid({ ...trend, metric: name, points: [{ version: name, value: 0.5 }, { version: `1.0.0-${name}`, value: -0.25 }] });
      for (const label of chart.match(/"[^"]*"/g) ?? []) expect(label).not.toMatch(/[<>`#;\\\n]/);
      expect(chart.split('\n')).toHaveLength(5);
      await expect(parse(chart), name).resolves.toBeTruthy();
    }
    await expect(parse(trendMermaid({ ...trend, points: [{ version: '1.0.0', value: 0.9 }], candidate: 0.9 }))).resolves.toBeTruthy();
    await expect(parse(trendMermaid({ ...trend, points: [{ version: '1.0.0', value: 1e-9 }], candidate: 3e-9 }))).resolves.toBeTruthy();
    await expect(parse(trendMermaid({ ...trend, candidate: null }))).resolves.toBeTruthy();
  });
});

describe('the report', () => {
  const slices: SliceVerdict[] = [
    { metric: 'roc_auc', column: 'region', value: 'south|<b>', n: 300, baseline: 0.9, candidate: 0.82, delta: -0.08, interval: [-0.12, -0.04], p_value: 0.0003, adjusted_p_value: 0.001, status: 'regressed', worsening: 0.08 },
    { metric: 'roc_auc', column: 'region', value: 'tiny', n: 12, baseline: 0.9, candidate: 0.6, delta: -0.3, interval: [-0.5, -0.1], p_value: 0.01, adjusted_p_value: 0.02, status: 'small', worsening: 0.3 },
  ];
  const gate: GateResult = { verdict: 'fail', checks: [{ subject: 'roc_auc', kind: 'trend', status: 'fail', message: 'worse', rule: 'metrics.roc_auc.max_cumulative_drop' }], slices, trend };

  it('shows the trend as a mermaid block and the regressed slices first, escaped', () => {
    const markdown = renderReport({ gate });
    expect(markdown).toContain('### Trend: roc\\_auc (higher is better)');
    expect(markdown).toContain(`\`\`\`mermaid\n${trendMermaid(trend)}\n\`\`\``);
    expect(markdown).toContain('0.92 (v1.0.0) → 0.915 (v1.1.0) → 0.91 (v1.2.0-rc.1+build.7) → **0.905 (candidate)** — 3 drops in a row');
    expect(markdown).toContain('**1 of 2 slices regressed**');
    const rows = markdown.split('\n').filter((l) => l.startsWith('| region='));
    expect(rows[0]).toMatch(/^\| region=south\\\|&lt;b&gt; \(roc\\_auc\) +\| +300 \| .*\[-0\.12, -0\.04\].*🔴 regressed/);
    expect(rows[1]).toMatch(/too few rows: not gated/);
  });

  it('keeps the trend whole and the slices as whole rows in a fitted comment', () => {
    const many: SliceVerdict[] = Array.from({ length: 400 }, (_, i) => ({ ...slices[0], value: `v${i}`, status: i === 0 ? 'regressed' : 'ok' }));
    const fitted = renderReportWithin({ gate: { ...gate, slices: many } }, 6_000, 'the job summary');
    expect(fitted.length).toBeLessThanOrEqual(6_000);
    expect(fitted).toContain(trendMermaid(trend));
    expect(fitted).toContain('| region=v0 (roc\\_auc) |');
    expect(fitted).toMatch(/_…and \d+ more slices, left out to fit GitHub's comment limit: the full report is in the job summary\._/);
  });
});

describe('trendSvg', () => {
  it('draws a line with one point per version, the candidate apart, every label escaped', () => {
    const svg = trendSvg({ ...trend, metric: '<script>alert(1)</script>', points: [...trend.points, { version: '"><img src=x>', value: 0.9 }] });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.match(/<circle /g)).toHaveLength(5);
    expect(svg).toContain('stroke="#d73a49"');
    expect(svg).not.toMatch(/<script|<img/);
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).toContain('<title>candidate: 0.905</title>');
  });

  it('says so when there is nothing to draw', () => {
    expect(trendSvg({ ...trend, points: [], candidate: null })).toContain('no published values');
  });
});
