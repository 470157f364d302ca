import type { DriftReport } from '../core/drift/drift-report.js';
import type { GateResult } from '../core/gate/gate.js';
import type { Evaluation } from '../core/metrics/index.js';
import { driftHtml } from './drift-html.js';
import { escapeHtml as html } from './escape.js';
import { evaluationHtml } from './evaluation-html.js';
import { trendSvg } from './trend-svg.js';

export interface GateHtmlInput {
  title?: string;
  gate: GateResult;
  evaluation?: Evaluation;
  drift?: DriftReport;
}

const MARK = { pass: '✅', warn: '⚠️', fail: '❌' } as const;

/**
 * The gate's report as a standalone HTML page (`gate --format html`): the verdict and every
 * check, then the evaluation page's sections (metrics, trend chart, prediction diff, slices); a
 * gate on drift alone is the drift page with its charts. Self-contained, no scripts; every text
 * from the data is escaped by the renderers.
 */
export function gateHtml(input: GateHtmlInput): string {
  const title = input.title ?? 'mlgate';
  const checks = input.gate.checks
    .map((c) => `<li>${MARK[c.status]} <strong>${html(c.subject)}</strong> (${html(c.kind)}): ${html(c.message)}</li>`)
    .join('');
  const lead = `<p id="verdict">${MARK[input.gate.verdict]} verdict: <strong>${input.gate.verdict}</strong></p>\n<h2>Gate checks</h2>\n<ul id="checks">${checks || '<li>No checks configured.</li>'}</ul>`;
  if (!input.evaluation) return input.drift ? driftHtml(input.drift) : evaluationlessPage(title, lead);
  const trend = input.gate.trend ? { svg: trendSvg(input.gate.trend) } : undefined;
  return evaluationHtml(input.evaluation, { title: `${title}: ${input.gate.verdict}`, lead, ...(trend ? { trend } : {}) });
}

function evaluationlessPage(title: string, lead: string): string {
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${html(title)}</title></head><body>\n<h1>${html(title)}</h1>\n${lead}\n</body></html>\n`;
}
