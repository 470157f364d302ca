import { decodeEvaluation } from '../codecs/evaluation-json.js';
import type { ModelRegistry } from '../../core/registry/model-registry.js';
import type { PublishedMetrics } from '../../core/gate/trend.js';

/**
 * The metrics of a model's last `count` published versions (SemVer order, oldest first), read from
 * the `metrics.json` each version carries when it was published with `--evaluation`: the history
 * the gate draws as a trend and measures `max_cumulative_drop` against. A version without
 * metrics.json is left out (with a note); one whose metrics.json does not read is left out with a
 * note too, rather than failing the gate over an old release. Reads at most `count` documents.
 */
export async function readMetricHistory(registry: ModelRegistry, model: string, count: number): Promise<{ history: PublishedMetrics[]; notes: string[] }> {
  const versions = (await registry.versions(model)).slice(-count);
  const history: PublishedMetrics[] = [];
  const notes: string[] = [];
  for (const record of versions) {
    const text = await registry.readDocument(model, record.version, 'metrics.json');
    if (text === undefined) {
      notes.push(`${record.tag} has no metrics.json (published without --evaluation): not in the trend`);
      continue;
    }
    try {
      history.push({ version: record.version, metrics: decodeEvaluation(text, `${record.tag} metrics.json`).metrics });
    } catch (error) {
      notes.push(`${(error as Error).message}: not in the trend`);
    }
  }
  return { history, notes };
}
