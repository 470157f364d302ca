import { InputError } from '../errors.js';

/**
 * Where a run happens, as the GitHub Actions runner (or the user's shell) describes it. This is the
 * one module that reads environment variables: `currentEnvironment()` reads them, everything else
 * takes a `RunEnvironment` (or values from it), so tests build one with `readEnvironment({ … })`
 * instead of changing `process.env`. Derived values (the run's URL, the API's base URL) are
 * built here and nowhere else.
 *
 * Variables: https://docs.github.com/en/actions/reference/workflows-and-actions/variables
 */
export interface RunEnvironment {
  /** `GITHUB_REPOSITORY` (`owner/name`), or null outside Actions. */
  repository: { owner: string; repo: string } | null;
  /** `GITHUB_SERVER_URL` without a trailing slash; default https://github.com. */
  serverUrl: string;
  /** `GITHUB_API_URL` without a trailing slash; default derived from the server (see `defaultApiUrl`). */
  apiUrl: string;
  runId: string | null;
  runAttempt: string | null;
  /** `<server>/<owner>/<repo>/actions/runs/<id>` when the repository and run are known. */
  runUrl: string | null;
  /** `GITHUB_SHA`: the commit the workflow ran on (for `pull_request`, the test merge commit). */
  sha: string | null;
  ref: string | null;
  /** `GITHUB_BASE_REF`: set for `pull_request` and `pull_request_target` runs only. */
  baseRef: string | null;
  /** `GITHUB_ACTOR`, else the local `USER`: who a registry event is recorded as. */
  actor: string | null;
  workflow: string | null;
  /** `GITHUB_WORKFLOW_REF`: `owner/repo/.github/workflows/x.yml@ref`. */
  workflowRef: string | null;
  job: string | null;
  eventName: string | null;
  eventPath: string | null;
  workspace: string | null;
  runnerTemp: string | null;
  runnerOs: string | null;
  /** `RUNNER_ENVIRONMENT`: `github-hosted` or `self-hosted` (the runner sets it since v2.303). */
  runnerEnvironment: string | null;
  /** `GITHUB_TOKEN` (the CLI's token; actions take theirs from the `github-token` input). */
  token: string | null;
  /** mlgate's own settings for talking to GitHub; null where unset (the gateway's defaults apply). */
  api: ApiSettings;
  /** The runner's Actions services (cache, artifacts), which the toolkit reads from the same variables. */
  actionsServices: ActionsServices;
}

/**
 * What the runner gives a job step for the Actions cache and artifacts. `@actions/cache` uses
 * cache service v2 (Twirp at `ACTIONS_RESULTS_URL`) when `ACTIONS_CACHE_SERVICE_V2` is set, else
 * v1 at `ACTIONS_CACHE_URL` (GitHub Enterprise Server); both need `ACTIONS_RUNTIME_TOKEN`.
 */
export interface ActionsServices {
  /** `ACTIONS_RESULTS_URL`: the results service (artifacts; cache v2). */
  resultsUrl: string | null;
  cacheUrl: string | null;
  runtimeToken: string | null;
  cacheServiceV2: boolean;
}

export interface ApiSettings {
  /** `MLGATE_API_TIMEOUT_MS`: how long one API request may take (a slow GitHub Enterprise Server). */
  timeoutMs: number | null;
  /**
   * `MLGATE_API_WRITE_INTERVAL_MS`: pause between mutating requests (GitHub asks for about a second,
   * more for requests that notify people, to stay clear of secondary rate limits; a server without
   * such limits, or a test, may use 0).
   */
  writeIntervalMs: number | null;
  /** `MLGATE_API_RETRY_BASE_MS`: the back-off unit; retry n waits n² times this (tests use 1). */
  retryBaseMs: number | null;
}

/** Reads a run environment from variables; pure, so tests pass plain objects. */
export function readEnvironment(env: NodeJS.ProcessEnv): RunEnvironment {
  const get = (name: string): string | null => {
    const value = env[name]?.trim();
    return value ? value : null;
  };
  const serverUrl = url('GITHUB_SERVER_URL', get('GITHUB_SERVER_URL') ?? 'https://github.com');
  const apiUrl = url('GITHUB_API_URL', get('GITHUB_API_URL') ?? defaultApiUrl(serverUrl));
  const repository = repositoryOf(get('GITHUB_REPOSITORY'));
  const runId = get('GITHUB_RUN_ID');
  return {
    repository,
    serverUrl,
    apiUrl,
    runId,
    runAttempt: get('GITHUB_RUN_ATTEMPT'),
    runUrl: repository && runId ? `${serverUrl}/${repository.owner}/${repository.repo}/actions/runs/${runId}` : null,
    sha: get('GITHUB_SHA'),
    ref: get('GITHUB_REF'),
    baseRef: get('GITHUB_BASE_REF'),
    actor: get('GITHUB_ACTOR') ?? get('USER'),
    workflow: get('GITHUB_WORKFLOW'),
    workflowRef: get('GITHUB_WORKFLOW_REF'),
    job: get('GITHUB_JOB'),
    eventName: get('GITHUB_EVENT_NAME'),
    eventPath: get('GITHUB_EVENT_PATH'),
    workspace: get('GITHUB_WORKSPACE'),
    runnerTemp: get('RUNNER_TEMP'),
    runnerOs: get('RUNNER_OS'),
    runnerEnvironment: get('RUNNER_ENVIRONMENT'),
    // Not trimmed away: a token is used as given.
    token: env.GITHUB_TOKEN ? env.GITHUB_TOKEN : null,
    api: {
      timeoutMs: milliseconds('MLGATE_API_TIMEOUT_MS', get('MLGATE_API_TIMEOUT_MS'), 1),
      writeIntervalMs: milliseconds('MLGATE_API_WRITE_INTERVAL_MS', get('MLGATE_API_WRITE_INTERVAL_MS'), 0),
      retryBaseMs: milliseconds('MLGATE_API_RETRY_BASE_MS', get('MLGATE_API_RETRY_BASE_MS'), 0),
    },
    actionsServices: {
      resultsUrl: get('ACTIONS_RESULTS_URL'),
      cacheUrl: get('ACTIONS_CACHE_URL'),
      runtimeToken: get('ACTIONS_RUNTIME_TOKEN'),
      cacheServiceV2: get('ACTIONS_CACHE_SERVICE_V2') !== null,
    },
  };
}

/** True when this step can use the Actions cache, by the toolkit's own rule (`isFeatureAvailable`) plus the token it needs. */
export function hasActionsCache(environment: RunEnvironment): boolean {
  const services = environment.actionsServices;
  // The toolkit never uses v2 on GitHub Enterprise Server, whatever the flag says.
  const v2 = services.cacheServiceV2 && !isEnterpriseServer(environment.serverUrl);
  return services.runtimeToken !== null && (v2 ? services.resultsUrl !== null : services.cacheUrl !== null);
}

/** This process's run environment: the one place in `shared/` that reads `process.env`. */
export function currentEnvironment(): RunEnvironment {
  return readEnvironment(process.env);
}

/** The variables a child process gets: this process's, with `extra` added (git's `GIT_INDEX_FILE`, its identity). */
export function childEnvironment(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...extra };
}

/**
 * The REST API of a server when `GITHUB_API_URL` is not set (the runner always sets it; a shell
 * may not): api.github.com for github.com, `api.<host>` for GitHub Enterprise Cloud with data
 * residency (`*.ghe.com`), and `<server>/api/v3` for GitHub Enterprise Server.
 */
export function defaultApiUrl(serverUrl: string): string {
  const { protocol, host, hostname } = new URL(serverUrl);
  if (hostname === 'github.com') return 'https://api.github.com';
  if (hostname.endsWith('.ghe.com')) return `${protocol}//api.${host}`;
  return `${serverUrl}/api/v3`;
}

/**
 * GitHub Enterprise Server, as the toolkit tells it apart (`isGhes` in @actions/artifact): any
 * server but github.com, GHE.com (`*.ghe.com`) and a local `*.localhost` test host.
 */
export function isEnterpriseServer(serverUrl: string): boolean {
  const { hostname } = new URL(serverUrl);
  return !(hostname === 'github.com' || hostname.endsWith('.ghe.com') || hostname.endsWith('.localhost'));
}

function url(name: string, value: string): string {
  try {
    new URL(value);
  } catch {
    throw new InputError(`${name} \`${value}\` is not a URL (e.g. https://github.com)`);
  }
  return value.replace(/\/+$/, '');
}

function repositoryOf(value: string | null): RunEnvironment['repository'] {
  if (value === null) return null;
  const match = /^([^/\s]+)\/([^/\s]+)$/.exec(value);
  if (!match) throw new InputError(`GITHUB_REPOSITORY \`${value}\` is not owner/name`);
  return { owner: match[1], repo: match[2] };
}

function milliseconds(name: string, value: string | null, minimum: number): number | null {
  if (value === null) return null;
  const number = Number(value);
  if (!Number.isFinite(number) || number < minimum) {
    throw new InputError(`${name} must be a number of milliseconds${minimum > 0 ? ' above 0' : ', 0 or more'}, got \`${value}\``);
  }
  return number;
}
