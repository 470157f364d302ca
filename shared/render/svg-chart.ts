import { escapeHtml as html } from './escape.js';

/**
 * Small inline SVG charts for standalone HTML reports: no script, no stylesheet, no font or other
 * asset, so they render under a `default-src 'none'` policy, in artifacts opened offline, and in
 * any browser. Every chart is an image with a text equivalent (`role="img"`, an `aria-label` and a
 * `<title>`, which browsers show as a tooltip), and every text drawn comes from the caller's data,
 * so all of it is escaped here: callers pass plain text.
 *
 * Colours are the series' in order (`SERIES_COLOURS`); the first two are reference and current in
 * the drift report. Numbers on axes are drawn with tabular figures.
 */

/** Series colours, distinguishable with the common colour-vision deficiencies (Okabe–Ito). */
export const SERIES_COLOURS = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00'] as const;

export interface ChartSeries {
  name: string;
  /** One value per slot (bar charts) or point (line charts); a non-finite value draws nothing. */
  values: readonly number[];
}

export interface BarChartSpec {
  /** The text equivalent of the chart: its accessible name and tooltip. Say what a reader would see. */
  summary: string;
  /** Slots left to right; `open` slots (a histogram's open-ended outer bins) are drawn with a dashed outline. */
  slots: readonly { label: string; open?: boolean }[];
  series: readonly ChartSeries[];
  /**
   * `grouped`: the series' bars side by side in each slot (categories); `overlaid`: on top of each
   * other, translucent, over the full slot (histograms sharing their bins).
   */
  layout: 'grouped' | 'overlaid';
  /**
   * Labels on the slots' boundaries (one more than slots), as a histogram's edges; without them
   * each slot's own label is written under it.
   */
  boundaries?: readonly string[];
  /** How an axis value and a tooltip value are written (e.g. a percentage). */
  format: (value: number) => string;
  width?: number;
  height?: number;
}

export interface LineChartSpec {
  summary: string;
  /** Labels of the x positions, left to right (e.g. versions or dates). */
  points: readonly string[];
  series: readonly ChartSeries[];
  format: (value: number) => string;
  width?: number;
  height?: number;
}

const FONT = 'font-family="system-ui,sans-serif" font-size="10" style="font-variant-numeric:tabular-nums"';
/** Roughly the width of one character at the font size above, to thin out labels that would overlap. */
const CHAR_WIDTH = 6;
const MARGIN = { top: 18, right: 8, bottom: 34, left: 44 };

/** A bar chart: grouped bars per category, or overlaid histograms on shared bins. */
export function barChart(spec: BarChartSpec): string {
  const width = spec.width ?? 360;
  const height = spec.height ?? 150;
  const plot = plotArea(width, height);
  const top = niceMax(Math.max(0, ...spec.series.flatMap((s) => s.values.filter(Number.isFinite))));
  const y = (value: number) => plot.bottom - (Math.max(0, value) / top) * (plot.bottom - plot.top);
  const slotWidth = (plot.right - plot.left) / Math.max(1, spec.slots.length);
  const parts: string[] = [yAxis(plot, top, spec.format)];
  spec.slots.forEach((slot, i) => {
    const x0 = plot.left + i * slotWidth;
    const tip = `${slot.label}: ${spec.series.map((s) => `${s.name} ${formatted(s.values[i], spec.format)}`).join(', ')}`;
    const bars = spec.series.map((s, k) => {
      const value = s.values[i];
      if (!Number.isFinite(value)) return '';
      const [x, w] = spec.layout === 'overlaid'
        ? [x0 + 1, slotWidth - 2]
        : [x0 + 2 + k * ((slotWidth - 4) / spec.series.length), (slotWidth - 4) / spec.series.length];
      const opacity = spec.layout === 'overlaid' ? ' fill-opacity="0.5"' : '';
      return `<rect x="${n(x)}" y="${n(y(value))}" width="${n(Math.max(0, w))}" height="${n(plot.bottom - y(value))}" fill="${colour(k)}"${opacity}/>`;
    }).join('');
    const outline = slot.open
      ? `<rect x="${n(x0 + 0.5)}" y="${plot.top}" width="${n(slotWidth - 1)}" height="${plot.bottom - plot.top}" fill="none" stroke="#999" stroke-dasharray="3 2"/>`
      : '';
    parts.push(`<g><title>${html(tip)}</title>${outline}${bars}</g>`);
  });
  parts.push(spec.boundaries
    ? xLabels(spec.boundaries.map((label, i) => ({ label, x: plot.left + i * slotWidth })), plot.bottom, slotWidth)
    : xLabels(spec.slots.map((slot, i) => ({ label: slot.label, x: plot.left + (i + 0.5) * slotWidth })), plot.bottom, slotWidth));
  parts.push(legend(spec.series, width));
  return frame(width, height, spec.summary, parts.join(''));
}

/** A line chart of one or more series over labelled points (metric trends across versions). */
export function lineChart(spec: LineChartSpec): string {
  const width = spec.width ?? 360;
  const height = spec.height ?? 150;
  const plot = plotArea(width, height);
  const values = spec.series.flatMap((s) => s.values.filter(Number.isFinite));
  const low = values.length > 0 ? Math.min(0, ...values) : 0;
  const top = niceMax(Math.max(0, ...values) - low) + low;
  const y = (value: number) => plot.bottom - ((value - low) / (top - low)) * (plot.bottom - plot.top);
  const step = (plot.right - plot.left) / Math.max(1, spec.points.length - 1);
  const x = (i: number) => (spec.points.length === 1 ? (plot.left + plot.right) / 2 : plot.left + i * step);
  const parts: string[] = [yAxis(plot, top, spec.format, low)];
  spec.series.forEach((s, k) => {
    // A gap (a non-finite value) breaks the line rather than joining across it.
    const runs: string[][] = [[]];
    const dots: string[] = [];
    s.values.forEach((value, i) => {
      if (!Number.isFinite(value)) {
        runs.push([]);
        return;
      }
      runs[runs.length - 1].push(`${n(x(i))},${n(y(value))}`);
      dots.push(`<circle cx="${n(x(i))}" cy="${n(y(value))}" r="2.5" fill="${colour(k)}"><title>${html(`${spec.points[i] ?? ''}: ${s.name} ${spec.format(value)}`)}</title></circle>`);
    });
    const lines = runs.filter((r) => r.length > 1).map((r) => `<polyline points="${r.join(' ')}" fill="none" stroke="${colour(k)}" stroke-width="1.5"/>`);
    parts.push(`<g>${lines.join('')}${dots.join('')}</g>`);
  });
  parts.push(xLabels(spec.points.map((label, i) => ({ label, x: x(i) })), plot.bottom, step));
  parts.push(legend(spec.series, width));
  return frame(width, height, spec.summary, parts.join(''));
}

/** The `<svg>` element: an image whose accessible name and tooltip are the summary. */
function frame(width: number, height: number, summary: string, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" aria-label="${html(summary)}">`
    + `<title>${html(summary)}</title>${body}</svg>`;
}

interface Plot { left: number; right: number; top: number; bottom: number }

function plotArea(width: number, height: number): Plot {
  return { left: MARGIN.left, right: width - MARGIN.right, top: MARGIN.top, bottom: height - MARGIN.bottom };
}

/** The y axis with three ticks (low, middle, top), numbers right-aligned against the axis. */
function yAxis(plot: Plot, top: number, format: (value: number) => string, low = 0): string {
  const ticks = [low, (low + top) / 2, top].map((value) => {
    const y = plot.bottom - ((value - low) / (top - low)) * (plot.bottom - plot.top);
    return `<line x1="${plot.left}" x2="${plot.right}" y1="${n(y)}" y2="${n(y)}" stroke="#e4e4e4"/>`
      + `<text x="${plot.left - 4}" y="${n(y + 3)}" text-anchor="end" fill="#555" ${FONT}>${html(format(value))}</text>`;
  });
  return `<g aria-hidden="true">${ticks.join('')}<line x1="${plot.left}" x2="${plot.left}" y1="${plot.top}" y2="${plot.bottom}" stroke="#999"/>`
    + `<line x1="${plot.left}" x2="${plot.right}" y1="${plot.bottom}" y2="${plot.bottom}" stroke="#999"/></g>`;
}

/**
 * Labels under the x axis, every k-th one so none overlap (the first and last always), each cut
 * to 12 characters; the full text is in the bars' tooltips and the summary.
 */
function xLabels(labels: readonly { label: string; x: number }[], bottom: number, spacing: number): string {
  const widest = Math.max(1, ...labels.map((l) => short(l.label).length)) * CHAR_WIDTH + 4;
  const every = Math.max(1, Math.ceil(widest / Math.max(1, spacing)));
  const shown = labels.filter((_, i) => i % every === 0);
  const last = labels[labels.length - 1];
  if (last && shown[shown.length - 1] !== last) {
    // The last label always shows; the one before it goes when the two would overlap.
    if (shown.length > 1 && last.x - shown[shown.length - 1].x < widest) shown.pop();
    shown.push(last);
  }
  return `<g aria-hidden="true">${shown.map((l) => `<text x="${n(l.x)}" y="${bottom + 12}" text-anchor="middle" fill="#555" ${FONT}>${html(short(l.label))}</text>`).join('')}</g>`;
}

function legend(series: readonly ChartSeries[], width: number): string {
  let x = width - MARGIN.right;
  const items = [...series].map((s, k) => ({ s, k })).reverse().map(({ s, k }) => {
    const label = short(s.name);
    x -= label.length * CHAR_WIDTH + 18;
    return `<rect x="${n(x)}" y="4" width="9" height="9" fill="${colour(k)}"/><text x="${n(x + 12)}" y="12" fill="#333" ${FONT}>${html(label)}</text>`;
  });
  return `<g aria-hidden="true">${items.join('')}</g>`;
}

function colour(k: number): string {
  return SERIES_COLOURS[k % SERIES_COLOURS.length];
}

/** The smallest of 1, 2, 2.5, 5 × 10ⁿ at or above `max`, so ticks fall on round values; 1 for an empty chart. */
function niceMax(max: number): number {
  if (!(max > 0) || !Number.isFinite(max)) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  return ([1, 2, 2.5, 5, 10].find((m) => m * power >= max) ?? 10) * power;
}

function formatted(value: number | undefined, format: (value: number) => string): string {
  return typeof value === 'number' && Number.isFinite(value) ? format(value) : '—';
}

function short(label: string): string {
  const points = Array.from(String(label));
  return points.length <= 12 ? points.join('') : `${points.slice(0, 11).join('')}…`;
}

/** Coordinates with at most two decimals: shorter markup, no visible difference. */
function n(value: number): string {
  return String(Math.round(value * 100) / 100);
}
