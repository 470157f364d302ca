import { COMMANDS, findCommand, type CliContext } from './commands.js';
import { commandHelp, parseCommandArgs, stringOption } from './options.js';
import { isExpectedError, messageOf } from '../shared/errors.js';
import { writeFileAtomic } from '../shared/util/files.js';
import { TOOL_VERSION } from '../shared/version.js';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  packageRoot: URL;
}

export function overallHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `mlgate ${TOOL_VERSION}: MLOps in pull requests — train, evaluate against the baseline, check drift, gate, promote.

Usage: mlgate <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Run \`mlgate <command> --help\` for a command's options.
Exit codes: 0 success, 1 gate verdict fail or a failed checksum verification, 2 usage or input error,
69 GitHub or the network to it failed (after retries), 70 internal error.
`;
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
    const values = parseCommandArgs(command, rest);
    if (values.help) {
      io.stdout(commandHelp(command));
      return 0;
    }
    const context: CliContext = { log: (line) => io.stderr(`${line}\n`), packageRoot: io.packageRoot };
    const result = await command.run(values, context);
    const output = stringOption(values, 'output');
    if (output) writeFileAtomic(output, result.text);
    else io.stdout(result.text);
    return result.exitCode;
  } catch (error) {
    if (isExpectedError(error)) {
      io.stderr(`mlgate ${name}: ${error.message}\n`);
      return error.exitCode;
    }
    io.stderr(`mlgate ${name}: internal error: ${messageOf(error)}\n${error instanceof Error && error.stack ? `${error.stack}\n` : ''}`);
    return 70;
  }
}
