import { COMMANDS, hasDoor } from '../shared/commands/catalog.js';
import type { AnyCommand } from '../shared/commands/command.js';
import { defaultFor, isSwitchChoice, takes, type OptionSpec } from '../shared/commands/options.js';
import { TOOL_VERSION } from '../shared/version.js';

export const EXIT_CODES = 'Exit codes: 0 success, 1 gate verdict fail, a failed checksum verification or a failed training command (train in command mode), 2 usage or input error, 69 GitHub or the network to it failed (after retries), 70 internal error.';

export function cliCommands(): AnyCommand[] {
  return COMMANDS.filter((command) => hasDoor(command, 'cli'));
}

export function overallHelp(): string {
  const commands = cliCommands();
  const width = Math.max(...commands.map((c) => c.name.length));
  return `mlgate ${TOOL_VERSION}: MLOps in pull requests — train, evaluate against the baseline, check drift, gate, promote.

Usage: mlgate <command> [options]

Commands:
${commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Run \`mlgate <command> --help\` for a command's options.
${EXIT_CODES}
`;
}

/** `--data <csv>`, `--check-run` (a boolean also takes `--no-check-run`), `--comment [true|false|required]`. */
export function flagOf(name: string, option: OptionSpec): string {
  if (option.kind === 'boolean') return `--${name}`;
  if (option.kind === 'choice') return isSwitchChoice(option) ? `--${name} [${option.choices.join('|')}]` : `--${name} <${option.placeholder ?? option.choices.join('|')}>`;
  if (option.kind === 'list' || option.kind === 'pairs') return `--${name} <${option.placeholder ?? PLACEHOLDERS[option.kind]}>…`;
  return `--${name} <${option.placeholder ?? PLACEHOLDERS[option.kind]}>`;
}

/** How a list flag takes its values (the `…` in `--files <path>…`). */
export const LIST_FLAGS = 'A flag ending in `…` takes several values: after it up to the next flag (--files a.bin b.json), comma-separated (--files a.bin,b.json), or the flag repeated.';

const PLACEHOLDERS: Record<Exclude<OptionSpec['kind'], 'boolean' | 'choice'>, string> = {
  text: 'value', path: 'path', list: 'value', pairs: 'key=value', json: 'json', number: 'x', integer: 'n',
};

/** The one-line synopsis: required flags, then `[options]`. */
export function usageOf(command: AnyCommand): string {
  const required = cliOptions(command).filter(([, o]) => o.required).map(([name, o]) => flagOf(name, o));
  return ['mlgate', command.name, ...required, ...(cliOptions(command).some(([, o]) => !o.required) ? ['[options]'] : [])].join(' ');
}

export function commandHelp(command: AnyCommand): string {
  const options = cliOptions(command);
  const width = Math.max(...options.map(([name, o]) => flagOf(name, o).length), 10);
  const lines = options.map(([name, o]) => {
    const fallback = defaultFor(o, 'cli');
    const notes = [o.required ? 'required' : '', fallback !== undefined && o.kind !== 'boolean' ? `default: ${fallback}` : '', o.kind === 'boolean' ? `--no-${name} to turn off; default: ${fallback === 'true' ? 'on' : 'off'}` : ''];
    return `  ${flagOf(name, o).padEnd(width)}  ${o.description}${notes.filter(Boolean).map((n) => ` [${n}]`).join('')}`;
  });
  const lists = options.some(([, o]) => o.kind === 'list' || o.kind === 'pairs') ? `\n${LIST_FLAGS}\n` : '';
  return `${command.summary}\n\nUsage: ${usageOf(command)}\n\nOptions:\n${lines.join('\n')}\n  ${'--help'.padEnd(width)}  show this help\n${lists}`;
}

export function cliOptions(command: AnyCommand): [string, OptionSpec][] {
  return Object.entries(command.options as Record<string, OptionSpec>).filter(([, o]) => takes(o, 'cli'));
}
