import { parseArgs } from 'node:util';
import { findCommand, hasDoor } from '../shared/commands/catalog.js';
import { throttledProgress, type AnyCommand } from '../shared/commands/command.js';
import { isSwitchChoice, readOptionValues } from '../shared/commands/options.js';
import { currentEnvironment } from '../shared/adapters/environment.js';
import { InputError, TrainingFailedError, asInputError, isExpectedError, messageOf } from '../shared/errors.js';
import { writeFileAtomic } from '../shared/adapters/files/files.js';
import { logLine, logLines } from '../shared/core/log-line.js';
import { TOOL_VERSION } from '../shared/version.js';
import { cliOptions, commandHelp, overallHelp } from './help.js';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stderr is a terminal (progress drawn in place). */
  stderrIsTty?: boolean;
  packageRoot: URL;
}

/** Runs one CLI invocation and returns its exit code; never calls `process.exit`. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(overallHelp());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version') {
    io.stdout(`${TOOL_VERSION}\n`);
    return 0;
  }
  try {
    const command = findCommand(name);
    if (!hasDoor(command, 'cli')) throw new InputError(`\`${name}\` runs as a GitHub Action only`);
    // A verb (`mlgate profile merge a b`) is its list flag (`--merge a b`): one reading of options for both spellings.
    const args = rest.length > 0 && (command.cliVerbs ?? []).includes(rest[0]) ? [`--${rest[0]}`, ...rest.slice(1)] : rest;
    const flags = parseFlags(command, args);
    if (flags.help === 'true') {
      io.stdout(commandHelp(command));
      return 0;
    }
    const values = readOptionValues(command.options, 'cli', (option) => flags[option]);
    // stderr is the workflow log when the CLI runs in a step: every message one inert line, never a runner command.
    const environment = currentEnvironment();
    const log = {
      info: (line: string) => io.stderr(`${logLines(line)}\n`), warning: (line: string) => io.stderr(`warning: ${logLine(line)}\n`),
      ...progressPort(io, environment.repository !== null),
    };
    const outcome = await command.run(values, { door: 'cli', log, token: environment.token ?? undefined, environment, packageRoot: io.packageRoot });
    const output = (values as { output?: string }).output;
    if (outcome.document !== undefined && output) writeFileAtomic(output, outcome.document);
    else if (outcome.document !== undefined) io.stdout(outcome.document);
    if (outcome.failure) io.stderr(`${logLine(`mlgate ${name}: ${outcome.failure}`)}\n`);
    return outcome.failure ? outcome.failureExitCode ?? 1 : 0;
  } catch (thrown) {
    const error = asInputError(thrown);
    if (isExpectedError(error)) {
      // A failed training command quotes its last output lines: kept as lines, each made inert.
      io.stderr(`${error instanceof TrainingFailedError ? logLines(`mlgate ${name}: ${error.message}`) : logLine(`mlgate ${name}: ${error.message}`)}\n`);
      return error.exitCode;
    }
    io.stderr(`${logLine(`mlgate ${name}: internal error: ${messageOf(error)}`)}\n${error instanceof Error && error.stack ? `${logLines(error.stack)}\n` : ''}`);
    return 70;
  }
}

/**
 * Progress on a terminal: one line redrawn in place (5 times a second); in an Actions log (the CLI
 * in a workflow step), a line every 5 seconds; elsewhere (pipes, tests) nothing.
 */
function progressPort(io: CliIo, inActions: boolean): { progress?: (line: string, done?: boolean) => void } {
  if (io.stderrIsTty) return { progress: throttledProgress(200, (line, done) => io.stderr(`\r\x1b[K${logLine(line)}${done ? '\n' : ''}`)) };
  if (inActions) return { progress: throttledProgress(5000, (line) => io.stderr(`${logLine(line)}\n`)) };
  return {};
}

/** Flags as raw text for the option reader: repeated list flags join with newlines, booleans read `true`/`false`. */
function parseFlags(command: AnyCommand, argv: string[]): Record<string, string | undefined> & { help?: string } {
  const options = cliOptions(command);
  let values: Record<string, string | string[] | boolean | undefined>;
  try {
    values = parseArgs({
      args: listValuesRepeated(options, switchesWithValues(options, argv)), allowPositionals: false, strict: true, allowNegative: true,
      options: Object.fromEntries([
        ...options.map(([name, o]) => [name, o.kind === 'boolean' ? { type: 'boolean' } : { type: 'string', multiple: o.kind === 'list' || o.kind === 'pairs' }]),
        ['help', { type: 'boolean', short: 'h' }],
      ]),
    }).values as Record<string, string | string[] | boolean | undefined>;
  } catch (error) {
    throw new InputError(`${messageOf(error).split('\n')[0]} (see \`mlgate ${command.name} --help\`)`);
  }
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, Array.isArray(value) ? value.join('\n') : value === undefined ? undefined : String(value)]));
}

/**
 * A list flag takes the values after it up to the next flag, as its usage (`--files <path>…`)
 * promises: `--files a.bin b.json` becomes `--files a.bin --files b.json` before parsing (a repeated
 * flag and commas work too). Anything that starts with `-` ends the list; an argument after a flag
 * of another kind is still refused as unexpected.
 */
export function listValuesRepeated(options: ReturnType<typeof cliOptions>, argv: string[]): string[] {
  const lists = new Set(options.filter(([, o]) => o.kind === 'list' || o.kind === 'pairs').map(([name]) => name));
  const result: string[] = [];
  let list: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      result.push(...argv.slice(i));
      break;
    }
    if (arg.startsWith('-')) {
      const name = /^--([^=]+)(=|$)/.exec(arg);
      list = name && lists.has(name[1]) ? name[1] : undefined;
      result.push(arg);
      // `--files a.bin`: the first value is the flag's own; `--files=a.bin` carries it.
      if (list !== undefined && name?.[2] === '' && i + 1 < argv.length && !argv[i + 1].startsWith('-')) result.push(argv[++i]);
      continue;
    }
    result.push(...(list !== undefined ? [`--${list}`, arg] : [arg]));
  }
  return result;
}

/**
 * A choice that is also an on/off switch (`--comment`, `--no-comment`, `--comment required`):
 * parseArgs has no optional values, so a bare `--name` becomes `--name=true` and `--no-name`
 * `--name=false` before parsing.
 */
function switchesWithValues(options: ReturnType<typeof cliOptions>, argv: string[]): string[] {
  const switches = options.filter(([, o]) => isSwitchChoice(o));
  if (switches.length === 0) return argv;
  return argv.map((arg, i) => {
    for (const [name, option] of switches) {
      const next = argv[i + 1];
      if (arg === `--${name}` && !(next !== undefined && option.kind === 'choice' && option.choices.includes(next))) return `--${name}=true`;
      if (arg === `--no-${name}`) return `--${name}=false`;
    }
    return arg;
  });
}
