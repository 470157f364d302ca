// The job summary's budget: its own module, so drift and monitor fit their summaries without
// loading the gate (and its GitHub client).

/**
 * GitHub refuses a step's job summary over 1 MiB (and shows none of it); summaries are fitted
 * under it with room for the other lines a step may add. The full reports stay in their files.
 * https://docs.github.com/actions/using-workflow-commands-for-github-actions#step-isolation-and-limits
 */
export const SUMMARY_BUDGET_BYTES = 1024 * 1024 - 16 * 1024;

/** GitHub measures a job summary in bytes: a character is one to four. */
export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
