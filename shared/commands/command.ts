import type { RunEnvironment } from '../adapters/environment.js';
import type { Door, OptionSpecs, OptionValues } from './options.js';

export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  /**
   * How far a long step got (one line, e.g. bytes read of a data file): drawn in place on a
   * terminal, a line every few seconds in an Actions log, nowhere otherwise (tests, pipes). Called
   * as often as convenient; the door throttles. `done` ends the line.
   */
  progress?(line: string, done?: boolean): void;
  /** Hides a secret derived from the token (an encoded header) from every later log line; the action door masks it, elsewhere nothing is logged that holds it. */
  mask?(secret: string): void;
}

/** A throttled progress port for the doors: `write` is called at most once per `everyMs`, and once when done if it was called before. */
export function throttledProgress(everyMs: number, write: (line: string, done: boolean) => void): (line: string, done?: boolean) => void {
  // Nothing for the first `everyMs`: short steps show no progress at all.
  let last = Date.now();
  let shown = false;
  return (line, done = false) => {
    const now = Date.now();
    if (done ? !shown : now - last < everyMs) return;
    last = now;
    shown = !done;
    write(line, done);
  };
}

/** What a door hands every command besides its options. */
export interface CommandContext {
  door: Door;
  /** Progress for the user: the step log in an action, stderr on the command line. */
  log: Logger;
  /** Token for GitHub calls: the action's `github-token`, else `GITHUB_TOKEN` from the environment. */
  token: string | undefined;
  /** Where the run happens (repository, run, event), read once by the door. */
  environment: RunEnvironment;
  /** The package root (where `examples/` lives). */
  packageRoot: URL;
}

/** What a command gives back; the doors decide where each part goes. */
export interface CommandOutcome<Outputs extends string = string> {
  /**
   * The command's result as text: written to the `output` option's file when it has one, else
   * printed on stdout by the CLI (the action door drops it).
   */
  document?: string;
  /** Step outputs (the action door sets them; the CLI ignores them). */
  outputs?: Partial<Record<Outputs, string>>;
  /** Markdown for the job summary (action door). */
  summary?: string;
  /** Set when the run worked but the result fails (the gate's verdict): exit 1 / failed step. */
  failure?: string;
  /** The CLI's exit code for `failure` when it is not 1 (69: a required post to GitHub failed). */
  failureExitCode?: number;
}

export interface CommandSpec<S extends OptionSpecs = OptionSpecs, Outputs extends string = string> {
  name: string;
  /** One line, for `mlgate --help` and the action's description. */
  summary: string;
  /** The doors the command has (default both). */
  doors?: readonly Door[];
  /**
   * Words the CLI takes right after the command's name as the list option of the same name, so
   * `mlgate profile merge a.json b.json` reads as `mlgate profile --merge a.json b.json`.
   */
  cliVerbs?: readonly string[];
  /** Feather icon for the action's branding. */
  icon: string;
  options: S;
  /** Step outputs and what each holds. */
  outputs: Record<Outputs, string>;
  /**
   * The outputs that hold a file or folder path. The action door makes them absolute: a command
   * runs in `working-directory`, a later step (and `actions/attest`) resolves from the workspace.
   */
  pathOutputs?: readonly NoInfer<Outputs>[];
  run(values: OptionValues<NoInfer<S>>, context: CommandContext): Promise<CommandOutcome<NoInfer<Outputs>>>;
}

/** Declares a command with its options typed from their specs (a misspelt option does not compile). */
export function defineCommand<const S extends OptionSpecs, const Outputs extends string>(spec: CommandSpec<S, Outputs>): CommandSpec<S, Outputs> {
  return spec;
}

/** A command whose options are not known statically (what the doors iterate over). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- run's parameter is contravariant in S
export type AnyCommand = CommandSpec<any, string>;
