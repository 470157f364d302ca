import { decodeEvaluation } from '../codecs/evaluation-json.js';
import type { ModelRegistry } from '../../core/registry/model-registry.js';
import type { PublishedMetrics } from '../../core/gate/trend.js';

/** Versions without metrics.json skipped, at most, looking further back for `count` that have one. */
const MAX_SKIPPED = 10;

/**
 * The metrics of a model's last `count` published versions that have them (SemVer order, oldest
 * first), read from the `metrics.json` each version carries when it was published with
 * `--evaluation`: the history the gate draws as a trend and measures `max_cumulative_drop`
 * against. A version without metrics.json is skipped (with a note), as is one whose metrics.json
 * does not read, rather than failing the gate over an old release; past `MAX_SKIPPED` skipped
 * versions the search stops, so a registry of tag-only versions costs a bounded number of reads.
 */
export async function readMetricHistory(registry: ModelRegistry, model: string, count: number): Promise<{ history: PublishedMetrics[]; notes: string[] }> {
  const versions = await registry.versions(model);
  const history: PublishedMetrics[] = [];
  const notes: string[] = [];
  for (let i = versions.length - 1; i >= 0 && history.length < count && notes.length <= MAX_SKIPPED; i--) {
    const record = versions[i];
    const text = await registry.readDocument(model, record.version, 'metrics.json');
    if (text === undefined) {
      notes.push(`${record.tag} has no metrics.json (published without --evaluation): not in the trend`);
      continue;
    }
    try {
      history.unshift({ version: record.version, metrics: decodeEvaluation(text, `${record.tag} metrics.json`).metrics });
    } catch (error) {
      notes.push(`${(error as Error).message}: not in the trend`);
    }
  }
  return { history, notes };
}
