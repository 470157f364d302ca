import type { Permission, Scope, TokenSpec } from './http.js';

/** True when the token grants `wanted` (write implies read) on `scope`. */
export function hasPermission(spec: TokenSpec, scope: Scope, wanted: Permission): boolean {
  const granted = spec.permissions?.[scope];
  return granted === 'write' || (granted === 'read' && wanted === 'read');
}

/** GITHUB_TOKENs and app tokens act as a Bot (an integration); PATs as a User. */
export function isIntegration(spec: TokenSpec): boolean {
  return spec.identity.type === 'Bot';
}
