/**
 * The name GitHub gives a release asset uploaded as `name`: every character outside
 * `[A-Za-z0-9._+-]` (spaces, parentheses, non-ASCII letters) becomes `.`. The upload answers with
 * the changed name, so a file published as `my model (1).json` would be listed in SHA256SUMS under
 * a name the release does not have: such names are refused before anything is created.
 */
export function githubAssetName(name: string): string {
  return name.replace(/[^A-Za-z0-9._+-]/g, '.');
}
