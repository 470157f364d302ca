import { formatNumber } from '../core/format-number.js';
import type { Trend } from '../core/gate/trend.js';
import { escapeHtml } from './escape.js';

export interface TrendSvgOptions {
  width?: number;
  height?: number;
}

/**
 * The trend as a self-contained inline SVG line chart for the HTML report: published versions
 * oldest first, then the candidate (a hollow point in another colour), the y axis from the lowest
 * to the highest value, each point labelled with its version and value (also as a `<title>`, for
 * screen readers and hovering). Every label is escaped: versions and metric names come from the
 * registry and the policy. No script, no external reference; the chart's size is bounded by the
 * number of points (a trend has at most 50).
 */
export function trendSvg(trend: Trend, options: TrendSvgOptions = {}): string {
  const width = options.width ?? 640;
  const height = options.height ?? 240;
  const margin = { top: 28, right: 16, bottom: 48, left: 64 };
  const points = [
    ...trend.points.map((p) => ({ label: `v${p.version}`, value: p.value, candidate: false })),
    ...(trend.candidate !== null ? [{ label: 'candidate', value: trend.candidate, candidate: true }] : []),
  ].filter((p) => Number.isFinite(p.value));
  const title = `${trend.metric} (${trend.direction} is better)`;
  const open = `<svg xmlns="http://www.w3.org/2000/svg" class="mlgate-trend" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(`Trend of ${title}`)}">`;
  const heading = `<text x="${margin.left}" y="18" font-size="13" font-weight="600">${escapeHtml(title)}</text>`;
  if (points.length === 0) return `${open}${heading}<text x="${margin.left}" y="${height / 2}" font-size="12">no published values</text></svg>`;

  let low = Math.min(...points.map((p) => p.value));
  let high = Math.max(...points.map((p) => p.value));
  if (high === low) {
    const pad = Math.max(Math.abs(high) * 0.01, 1e-6);
    [low, high] = [low - pad, high + pad];
  }
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const x = (i: number) => margin.left + (points.length === 1 ? plotWidth / 2 : (i / (points.length - 1)) * plotWidth);
  const y = (v: number) => margin.top + (1 - (v - low) / (high - low)) * plotHeight;
  const r = (n: number) => Math.round(n * 10) / 10;

  const axes = [
    `<line x1="${margin.left}" y1="${margin.top}" x2="${margin.left}" y2="${margin.top + plotHeight}" stroke="#888"/>`,
    `<line x1="${margin.left}" y1="${margin.top + plotHeight}" x2="${margin.left + plotWidth}" y2="${margin.top + plotHeight}" stroke="#888"/>`,
    `<text x="${margin.left - 6}" y="${r(y(high)) + 4}" font-size="11" text-anchor="end">${escapeHtml(formatNumber(high))}</text>`,
    `<text x="${margin.left - 6}" y="${r(y(low)) + 4}" font-size="11" text-anchor="end">${escapeHtml(formatNumber(low))}</text>`,
  ];
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${r(x(i))},${r(y(p.value))}`).join(' ');
  // Every label would overlap past a dozen points: then every n-th, and always the last.
  const every = Math.ceil(points.length / 12);
  const marks = points.map((p, i) => {
    const label = i % every === 0 || i === points.length - 1
      ? `<text x="${r(x(i))}" y="${margin.top + plotHeight + 16}" font-size="11" text-anchor="middle">${escapeHtml(cut(p.label, 24))}</text>`
      : '';
    const fill = p.candidate ? 'fill="#fff" stroke="#d73a49" stroke-width="2"' : 'fill="#0366d6"';
    return `<circle cx="${r(x(i))}" cy="${r(y(p.value))}" r="4" ${fill}><title>${escapeHtml(`${p.label}: ${formatNumber(p.value)}`)}</title></circle>${label}`;
  });
  return `${open}${heading}${axes.join('')}<path d="${path}" fill="none" stroke="#0366d6" stroke-width="2"/>${marks.join('')}</svg>`;
}

function cut(text: string, max: number): string {
  const points = Array.from(text);
  return points.length <= max ? text : `${points.slice(0, max - 1).join('')}…`;
}
