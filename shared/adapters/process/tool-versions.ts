import { execFile } from 'node:child_process';
import { TOOL_VERSION } from '../../version.js';
import type { RunTools } from '../../core/train/run-record.js';

let asked: Promise<RunTools> | undefined;

/**
 * The versions a run record names: node and mlgate always, bash and python3 when they answer.
 * Asked once per process (a python3 behind a pyenv shim takes seconds to answer on a busy runner).
 */
export function toolVersions(): Promise<RunTools> {
  asked ??= askToolVersions();
  return asked;
}

async function askToolVersions(): Promise<RunTools> {
  const [bash, python] = await Promise.all([
    versionOf('bash', ['--version'], /version (\S+)/),
    versionOf('python3', ['--version'], /Python (\S+)/),
  ]);
  return { node: process.version.replace(/^v/, ''), mlgate: TOOL_VERSION, bash, ...(python === null ? {} : { python }) };
}

function versionOf(program: string, args: string[], pattern: RegExp): Promise<string | null> {
  return new Promise((resolve) => {
    execFile(program, args, { timeout: 10_000 }, (error, stdout, stderr) => {
      if (error) return resolve(null);
      resolve(pattern.exec(`${stdout}\n${stderr}`)?.[1] ?? null);
    });
  });
}
