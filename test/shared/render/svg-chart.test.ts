import { describe, expect, it } from 'vitest';
import { formatPercent } from '../../../shared/core/format-number.js';
import { barChart, lineChart } from '../../../shared/render/svg-chart.js';

const HOSTILE = '<img src=x onerror=alert(1)>"\'&';

describe('barChart', () => {
  const chart = barChart({
    summary: `sizes of ${HOSTILE}`, layout: 'grouped', format: formatPercent,
    slots: [{ label: HOSTILE }, { label: 'b' }, { label: 'open', open: true }],
    series: [{ name: 'reference', values: [0.5, 0.25, 0.25] }, { name: HOSTILE, values: [0.2, 0.8, NaN] }],
  });

  it('is an image whose accessible name and title are the summary, escaped', () => {
    expect(chart).toMatch(/^<svg [^>]*role="img"[^>]*aria-label="sizes of &lt;img src=x onerror=alert\(1\)&gt;&quot;&#39;&amp;">/);
    expect(chart).toContain('<title>sizes of &lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;</title>');
    expect(chart).not.toMatch(/<img|onerror=alert\(1\)>/);
    expect(chart.endsWith('</svg>')).toBe(true);
  });

  it('draws one bar per finite value, a tooltip per slot and a dashed outline for open slots', () => {
    expect(chart.match(/<rect [^>]*fill="#(0072b2|e69f00)"(?! [^>]*height="9")/g)).toHaveLength(5 + 2); // 5 bars, 2 legend keys
    expect(chart.match(/<g><title>/g)).toHaveLength(3);
    expect(chart).toContain('<title>b: reference 25%, &lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp; 80%</title>');
    expect(chart).toContain('<title>open: reference 25%, &lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp; —</title>');
    expect(chart.match(/stroke-dasharray/g)).toHaveLength(1);
  });

  it('puts the axis on round values and writes numbers with tabular figures', () => {
    expect(chart).toContain('>100%</text>');
    expect(chart).toContain('>50%</text>');
    expect(chart).toContain('font-variant-numeric:tabular-nums');
  });

  it('overlays histogram bars over the full slot and labels the boundaries', () => {
    const histogram = barChart({
      summary: 'h', layout: 'overlaid', format: String, width: 200,
      slots: [{ label: 'low', open: true }, { label: 'mid' }, { label: 'high', open: true }],
      boundaries: ['−∞', '0', '1', '+∞'],
      series: [{ name: 'r', values: [0, 1, 0] }, { name: 'c', values: [0.5, 0.5, 0] }],
    });
    expect(histogram.match(/fill-opacity="0.5"/g)).toHaveLength(6);
    for (const label of ['−∞', '0', '1', '+∞']) expect(histogram).toContain(`>${label}</text>`);
  });
});

describe('lineChart', () => {
  it('draws a line per series, broken at a gap, with a point tooltip each', () => {
    const chart = lineChart({
      summary: 'roc_auc by version', points: ['v1', 'v2', 'v3', HOSTILE], format: String,
      series: [{ name: 'roc_auc', values: [0.8, 0.82, NaN, 0.85] }, { name: 'f1', values: [0.5, 0.6, 0.7, 0.65] }],
    });
    expect(chart).toContain('role="img"');
    expect(chart.match(/<polyline /g)).toHaveLength(2); // roc_auc's run v1–v2 (v4 alone has no line) and f1's
    expect(chart.match(/<circle /g)).toHaveLength(7);
    expect(chart).not.toContain('<img');
  });
});
