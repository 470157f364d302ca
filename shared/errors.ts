/**
 * Errors are values with a message a user can act on, raised at the edge where the input was read.
 * Both doors (CLI and actions) map them the same way: `InputError` → exit code 2 / failed step with
 * the message alone (no stack trace), anything else → a bug, reported with its stack.
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

/** Errors whose message is the whole story for the user (no stack trace). */
export function isExpectedError(error: unknown): error is InputError | GateFailedError | VerificationError {
  return error instanceof InputError || error instanceof GateFailedError || error instanceof VerificationError;
}

/** The message of anything thrown, for a one-line report. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
