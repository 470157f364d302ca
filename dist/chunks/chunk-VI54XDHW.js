import { createRequire as __mlgateCreateRequire } from 'node:module'; const require = __mlgateCreateRequire(import.meta.url);

// shared/errors.ts
var InputError = class extends Error {
  exitCode = 2;
  constructor(message) {
    super(message);
    this.name = "InputError";
  }
};
var GateFailedError = class extends Error {
  exitCode = 1;
  constructor(message) {
    super(message);
    this.name = "GateFailedError";
  }
};
var VerificationError = class extends Error {
  exitCode = 1;
  constructor(message) {
    super(message);
    this.name = "VerificationError";
  }
};
var TrainingFailedError = class extends Error {
  exitCode = 1;
  constructor(message) {
    super(message);
    this.name = "TrainingFailedError";
  }
};
var ExternalServiceError = class extends Error {
  exitCode = 69;
  /** Which service: `GitHub API`, `GitHub artifacts`. */
  service;
  /** The operation as documented, e.g. `POST /repos/{owner}/{repo}/issues/{issue_number}/comments`. */
  call;
  /** The request as made, e.g. `POST /repos/o/r/issues/1/comments`. */
  request;
  status;
  /** The service's own words (GitHub's `message`), or what happened on the network. */
  detail;
  retries;
  /** `request` is the call as made (`POST /repos/o/r/issues/1/comments`), for the message. */
  constructor(init) {
    const outcome = init.status === void 0 ? "failed" : `answered HTTP ${init.status}`;
    const after = init.retries > 0 ? ` after ${init.retries} ${init.retries === 1 ? "retry" : "retries"}` : "";
    super(`${init.service}: ${init.request} ${outcome}${after}: ${init.detail}`, init.cause === void 0 ? void 0 : { cause: init.cause });
    this.name = "ExternalServiceError";
    this.service = init.service;
    this.call = init.call;
    this.request = init.request;
    this.status = init.status;
    this.detail = init.detail;
    this.retries = init.retries;
  }
};
function isExpectedError(error) {
  return error instanceof InputError || error instanceof GateFailedError || error instanceof VerificationError || error instanceof TrainingFailedError || error instanceof ExternalServiceError;
}
function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}
var FILE_PROBLEMS = {
  ENOENT: "not found",
  EISDIR: "is a directory, expected a file",
  ENOTDIR: "a part of the path is not a directory",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  ENAMETOOLONG: "name too long",
  ELOOP: "too many symbolic links"
};
function asInputError(error) {
  if (!(error instanceof Error) || isExpectedError(error)) return error;
  const { code, path, dest } = error;
  const problem = code === void 0 ? void 0 : FILE_PROBLEMS[code];
  if (problem === void 0 || path === void 0 && dest === void 0) return error;
  return new InputError(`${code === "EISDIR" && dest !== void 0 ? dest : path ?? dest}: ${problem}`);
}

export {
  InputError,
  GateFailedError,
  VerificationError,
  TrainingFailedError,
  ExternalServiceError,
  isExpectedError,
  messageOf,
  asInputError
};
