import { runCli } from '../../cli/run.js';

/** Runs `mlgate <argv…>` in-process, as `bin/mlgate.js` would, and collects what it printed. */
export async function cli(...argv: string[]): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const exitCode = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), packageRoot: new URL('../../', import.meta.url) });
  return { exitCode, stdout, stderr };
}
