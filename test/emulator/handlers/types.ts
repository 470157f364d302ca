import type { Handler, Permission, Scope } from '../http.js';

/**
 * A served operation: its handler and the token permission it needs (any one of `anyOf`).
 * Operations without `needs` only need a valid token.
 */
export interface Route {
  handle: Handler;
  needs?: { anyOf: Array<[Scope, Permission]> };
}

export type Routes = Record<string, Route>;
