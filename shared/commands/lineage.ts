import { currentEnvironment, type RunEnvironment } from '../adapters/environment.js';
import type { LineageRecord } from '../core/lineage/record.js';
import { decodeLineage } from '../adapters/codecs/lineage-json.js';
import { openRegistry } from '../adapters/registry/open-registry.js';
import type { LineageView } from '../core/registry/model-registry.js';

export async function lineageOf(options: { model: string; version?: string; store?: string; token?: string; environment?: RunEnvironment; warn?: (message: string) => void }): Promise<LineageView> {
  const registry = openRegistry(options.store, { environment: options.environment ?? currentEnvironment(), token: options.token, warn: options.warn });
  const chain: LineageView['chain'] = [];
  let next: string | undefined = (await registry.resolve(options.model, options.version ? { version: options.version } : { latest: true })).version;
  const seen = new Set<string>();
  while (next && !seen.has(next)) {
    seen.add(next);
    const version = await registry.resolve(options.model, { version: next });
    const text = await registry.readDocument(options.model, next, 'lineage.json');
    const lineage: LineageRecord | null = text ? decodeLineage(text, `${options.model}@v${next}/lineage.json`) : null;
    chain.push({ version, lineage });
    next = lineage?.parent?.version;
  }
  return { model: options.model, chain, stages: await registry.stageHistory(options.model), audit: await registry.auditTrail(options.model) };
}
