/**
 * Errors are values with a message a user can act on, raised at the edge where the input was read.
 * Both doors (CLI and actions) map them the same way: the expected ones (`InputError` → exit code 2,
 * `ExternalServiceError` → 69, …) fail with their one-line message alone (no stack trace); anything
 * else is a bug, reported with its stack (exit code 70).
 */

/** A problem with what the user gave us: a flag, a file, a field in a file. Exit code 2. */
export class InputError extends Error {
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/** The gate's verdict was `fail`: the run worked, the model did not pass. Exit code 1. */
export class GateFailedError extends Error {
  readonly exitCode = 1;
  constructor(message: string) {
    super(message);
    this.name = 'GateFailedError';
  }
}

/** Downloaded or stored bytes do not match their recorded digests: refuse, exit code 1. */
export class VerificationError extends Error {
  readonly exitCode = 1;
  constructor(message: string) {
    super(message);
    this.name = 'VerificationError';
  }
}

/**
 * The user's own training command failed (a non-zero exit, a signal) or did not write what it
 * declared (`metrics`, `outputs`). Neither an input error nor a bug in mlgate: the work failed,
 * as a failed gate does. Exit code 1; the message carries the command's own exit code and its
 * last lines of output.
 */
export class TrainingFailedError extends Error {
  readonly exitCode = 1;
  constructor(message: string) {
    super(message);
    this.name = 'TrainingFailedError';
  }
}

/**
 * GitHub (or the network to it) failed a call after the gateway's retries: a 5xx, a timeout, a
 * dropped connection, or a refusal such as 403 or 404. Not a bug in mlgate; exit code 69
 * (sysexits' EX_UNAVAILABLE). `status` is the HTTP status, undefined when no answer came.
 * Code that expects some answers (404 = absent, 403 = read-only token) checks `status`.
 */
export class ExternalServiceError extends Error {
  readonly exitCode = 69;
  /** Which service: `GitHub API`, `GitHub artifacts`. */
  readonly service: string;
  /** The operation as documented, e.g. `POST /repos/{owner}/{repo}/issues/{issue_number}/comments`. */
  readonly call: string;
  /** The request as made, e.g. `POST /repos/o/r/issues/1/comments`. */
  readonly request: string;
  readonly status: number | undefined;
  /** The service's own words (GitHub's `message`), or what happened on the network. */
  readonly detail: string;
  readonly retries: number;

  /** `request` is the call as made (`POST /repos/o/r/issues/1/comments`), for the message. */
  constructor(init: { service: string; call: string; request: string; status: number | undefined; detail: string; retries: number; cause?: unknown }) {
    const outcome = init.status === undefined ? 'failed' : `answered HTTP ${init.status}`;
    const after = init.retries > 0 ? ` after ${init.retries} ${init.retries === 1 ? 'retry' : 'retries'}` : '';
    super(`${init.service}: ${init.request} ${outcome}${after}: ${init.detail}`, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'ExternalServiceError';
    this.service = init.service;
    this.call = init.call;
    this.request = init.request;
    this.status = init.status;
    this.detail = init.detail;
    this.retries = init.retries;
  }
}

/** Errors whose message is the whole story for the user (no stack trace). */
export function isExpectedError(error: unknown): error is InputError | GateFailedError | VerificationError | TrainingFailedError | ExternalServiceError {
  return error instanceof InputError || error instanceof GateFailedError || error instanceof VerificationError || error instanceof TrainingFailedError
    || error instanceof ExternalServiceError;
}

/** The message of anything thrown, for a one-line report. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** What a file-system error code means for the path the user gave. */
const FILE_PROBLEMS: Record<string, string> = {
  ENOENT: 'not found', EISDIR: 'is a directory, expected a file', ENOTDIR: 'a part of the path is not a directory',
  EACCES: 'permission denied', EPERM: 'operation not permitted', ENAMETOOLONG: 'name too long', ELOOP: 'too many symbolic links',
};

/**
 * A file-system error on a path the user named (a missing `--files` entry, `--output` naming a
 * folder, a missing `working-directory`) as the input error it is, naming the path; anything else
 * unchanged. Both doors apply it to what escaped the command, so no such path ends as an internal error.
 */
export function asInputError(error: unknown): unknown {
  if (!(error instanceof Error) || isExpectedError(error)) return error;
  const { code, path, dest } = error as NodeJS.ErrnoException & { dest?: string };
  const problem = code === undefined ? undefined : FILE_PROBLEMS[code];
  if (problem === undefined || (path === undefined && dest === undefined)) return error;
  // A rename onto a folder names the temporary file in `path` and the user's path in `dest`.
  return new InputError(`${code === 'EISDIR' && dest !== undefined ? dest : path ?? dest}: ${problem}`);
}
