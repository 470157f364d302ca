import type { Emulator } from '../emulator/index.js';

/**
 * Points the in-process CLI at the emulator as a `workflow_dispatch` run on the default branch:
 * token, API URL, repository and commit, back-off in milliseconds and no pause between writes (the
 * retry count stays the real one). test/support/restore-env.ts puts the variables back after the file.
 */
export function pointCliAt(emulator: Emulator, token: string): void {
  Object.assign(process.env, {
    GITHUB_TOKEN: token, GITHUB_API_URL: emulator.apiUrl, GITHUB_REPOSITORY: 'octo-org/models',
    GITHUB_SHA: emulator.state.refs.get('refs/heads/main')!, GITHUB_EVENT_NAME: 'workflow_dispatch',
    MLGATE_API_RETRY_BASE_MS: '1', MLGATE_API_WRITE_INTERVAL_MS: '0',
  });
  delete process.env.GITHUB_EVENT_PATH;
}
