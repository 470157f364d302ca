import { currentEnvironment, type RunEnvironment } from '../adapters/environment.js';
import { InputError } from '../errors.js';
import { openRegistry } from '../adapters/registry/open-registry.js';
import type { FetchResult, VersionSelector } from '../core/registry/model-registry.js';

export interface FetchOptions {
  model: string;
  version?: string;
  stage?: string;
  out: string;
  store?: string;
  token?: string;
  environment?: RunEnvironment;
  /** Where a tolerated damage (a torn last stage event) is reported. */
  warn?: (message: string) => void;
}

export function selectorOf(options: { version?: string; stage?: string }): VersionSelector {
  if (options.version && options.stage) throw new InputError('give either --version or --stage, not both');
  if (options.version) return { version: options.version };
  if (options.stage) return { stage: options.stage };
  return { latest: true };
}

export async function fetchModel(options: FetchOptions): Promise<FetchResult> {
  const registry = openRegistry(options.store, { environment: options.environment ?? currentEnvironment(), token: options.token, warn: options.warn });
  return registry.fetchVersion(options.model, selectorOf(options), options.out);
}
