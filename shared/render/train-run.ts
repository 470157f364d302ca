import { formatNumber } from '../core/format-number.js';
import type { RunRecord } from '../core/train/run-record.js';
import { escapeMarkdown } from './escape.js';

/**
 * The job summary of a train step in command mode: whether the command ran or was reused (with
 * a link to the run that made the model), its time and memory, and its metrics.
 */
export function trainRunMarkdown(record: RunRecord, cacheHit: boolean): string {
  const lines = ['### mlgate train', ''];
  if (cacheHit) {
    const run = record.run;
    const from = run === null ? `a run outside GitHub Actions that finished ${record.finished_at}`
      : run.url === null || !/^https?:\/\//.test(run.url) ? `run ${escapeMarkdown(run.id)}` : `run [${escapeMarkdown(run.id)}](${run.url.replace(/[()\s]/g, encodeURIComponent)})`;
    lines.push(`Reused from ${from} (run cache hit): the command did not run.`);
  } else {
    const memory = record.peak_rss_bytes === null ? '' : `, peak memory ${formatNumber(record.peak_rss_bytes / 1024 / 1024)} MiB`;
    lines.push(`Ran the training command in ${formatNumber(record.wall_seconds)} s${memory}.`);
  }
  const metrics = Object.entries(record.metrics);
  if (metrics.length > 0) {
    lines.push('', '| metric | value |', '|---|---|');
    for (const [name, value] of metrics) lines.push(`| ${escapeMarkdown(name)} | ${escapeMarkdown(typeof value === 'number' ? formatNumber(value) : JSON.stringify(value))} |`);
  }
  return `${lines.join('\n')}\n`;
}
