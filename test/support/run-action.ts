import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { COMMANDS } from '../../shared/commands/catalog.js';

export const ROOT = resolve(new URL('../..', import.meta.url).pathname);

export interface ActionRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

interface ActionYaml {
  inputs?: Record<string, { default?: string; required?: boolean }>;
  runs: { using: string; main: string };
}

/**
 * Runs an action the way the GitHub Actions runner does: reads its action.yml, fills every input
 * from `with:` or the declared default into `INPUT_<NAME>` (upper-cased, spaces to `_`, hyphens
 * kept), creates the file-command files, and starts `runs.main` with node as a child process.
 * The expressions mlgate's defaults use are expanded as the runner would: `${{ github.token }}`
 * (to `options.token`, default the emulator's Actions token) and `${{ toJSON(matrix) }}`.
 * Mutating GitHub requests are not spaced out (`MLGATE_API_WRITE_INTERVAL_MS=0`) unless `env` says so.
 * Every run checks that each path output the catalog declares is an absolute path that exists
 * (a later step resolves it from the workspace, not from `working-directory`).
 */
export async function runAction(
  actionYmlPath: string,
  withInputs: Record<string, string>,
  options: { workspace: string; env?: Record<string, string>; event?: unknown; token?: string; matrix?: unknown },
): Promise<ActionRun> {
  const spec = parse(readFileSync(actionYmlPath, 'utf8')) as ActionYaml;
  const temp = mkdtempSync(join(tmpdir(), 'mlgate-runner-'));
  const files = { output: join(temp, 'output'), summary: join(temp, 'summary'), env: join(temp, 'env'), state: join(temp, 'state'), event: join(temp, 'event.json') };
  for (const path of [files.output, files.summary, files.env, files.state]) writeFileSync(path, '');
  writeFileSync(files.event, JSON.stringify(options.event ?? {}));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? temp,
    GITHUB_ACTIONS: 'true', CI: 'true', GITHUB_WORKSPACE: options.workspace, RUNNER_TEMP: temp, RUNNER_OS: 'Linux',
    GITHUB_OUTPUT: files.output, GITHUB_STEP_SUMMARY: files.summary, GITHUB_ENV: files.env, GITHUB_STATE: files.state,
    GITHUB_EVENT_PATH: files.event, GITHUB_EVENT_NAME: 'pull_request', GITHUB_REPOSITORY: 'octo-org/models', GITHUB_SHA: 'a'.repeat(40),
    GITHUB_REF: 'refs/pull/7/merge', GITHUB_RUN_ID: '1234', GITHUB_RUN_ATTEMPT: '1', GITHUB_SERVER_URL: 'https://github.com',
    // Not the runner's: GitHub's spacing of mutating requests (1 s, 3 s before a comment or a
    // release) guards against secondary rate limits, which the emulator does not have; a test
    // that wants the spacing sets it in `env`.
    MLGATE_API_WRITE_INTERVAL_MS: '0',
    ...options.env,
  };
  for (const [name, input] of Object.entries(spec.inputs ?? {})) {
    const value = withInputs[name] ?? String(input.default ?? '');
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = expand(value, options);
  }
  for (const name of Object.keys(withInputs)) {
    if (!(name in (spec.inputs ?? {}))) throw new Error(`${actionYmlPath} declares no input \`${name}\` (the runner would warn and ignore it)`);
  }
  const main = resolve(dirname(actionYmlPath), spec.runs.main);
  const child = spawn(process.execPath, [main], { cwd: options.workspace, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exitCode = await new Promise<number>((done) => child.on('close', (code) => done(code ?? -1)));
  const outputs = parseOutputFile(readFileSync(files.output, 'utf8'));
  checkPathOutputs(basename(spec.runs.main, '.js') === 'index' ? withInputs.command : basename(spec.runs.main, '.js'), outputs);
  return { exitCode, stdout, stderr, outputs, summary: readFileSync(files.summary, 'utf8') };
}

/** Every path output given is absolute and names something that exists. */
export function checkPathOutputs(commandName: string | undefined, outputs: Record<string, string>): void {
  const command = COMMANDS.find((c) => c.name === commandName);
  for (const name of command?.pathOutputs ?? []) {
    const value = outputs[name];
    if (value === undefined || value === '') continue;
    if (!isAbsolute(value)) throw new Error(`${commandName}: output \`${name}\` is not an absolute path: ${value}`);
    if (!existsSync(value)) throw new Error(`${commandName}: output \`${name}\` names nothing that exists: ${value}`);
  }
}

/** `name<<delimiter\nvalue\ndelimiter\n` records, as @actions/core writes them. */
function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i]);
    if (!match) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== match[2]; i++) value.push(lines[i]);
    outputs[match[1]] = value.join('\n');
  }
  return outputs;
}

function expand(value: string, options: { token?: string; matrix?: unknown }): string {
  return value
    .replaceAll('${{ github.token }}', options.token ?? 'ghs_actions')
    .replaceAll('${{ toJSON(matrix) }}', JSON.stringify(options.matrix ?? null));
}
