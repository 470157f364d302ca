import { InputError } from '../errors.js';
import { LocalRegistry } from './local-registry.js';
import type { ModelRegistry } from './registry.js';

export const DEFAULT_LOCAL_STORE = '.mlgate/registry';

/**
 * `store` selects the backend: a folder path selects the local registry; `github` selects GitHub
 * releases + tags, which this version does not ship yet (it is tracked as its own issue), so it is
 * refused rather than silently writing somewhere else.
 */
export function openRegistry(store: string = DEFAULT_LOCAL_STORE): ModelRegistry {
  if (store.trim() === '') throw new InputError('store must be a folder path or `github`');
  if (store === 'github') {
    throw new InputError('store `github` (GitHub releases) is not available in this version of mlgate; pass a folder path, e.g. `.mlgate/registry`');
  }
  return new LocalRegistry(store);
}
