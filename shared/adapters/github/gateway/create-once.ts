import { ExternalServiceError } from '../../../errors.js';
import { backoffMs, isRetryable, type NetworkPolicy } from './policy.js';

/** Per-request Octokit options that switch the retry plugin off for one call. */
export const NO_AUTOMATIC_RETRY = { request: { retries: 0 } } as const;

/**
 * A call that creates something (a release, a ref, a check run) is not safe to repeat blindly:
 * when its answer is lost (a timeout, a dropped connection, a 5xx from GitHub's front end after
 * the work was done) GitHub may have made the thing, and a plain retry makes a second one. So the
 * create is sent without the retry plugin (`NO_AUTOMATIC_RETRY`); after each retryable failure,
 * and the policy's back-off (a create that timed out may still be running at GitHub, its result
 * listed only a moment later), `findMade` looks for what the failed attempt made. Only when it
 * finds nothing is the create sent again, at most `policy.retries` times. A look-up that fails
 * ends it with its own error: sending the create blind could make the thing twice. Final answers
 * (4xx) are thrown at once.
 */
export async function createOnce<T>(policy: NetworkPolicy, create: () => Promise<T>, findMade: () => Promise<T | undefined>): Promise<T> {
  for (let retries = 0; ; retries++) {
    try {
      return await create();
    } catch (error) {
      if (!(error instanceof ExternalServiceError) || !isRetryable(policy, error.status)) throw error;
      const last = retries >= policy.retries;
      await new Promise((done) => setTimeout(done, backoffMs(policy, last ? 1 : retries + 1)));
      const made = await findMade();
      if (made !== undefined) return made;
      if (last) throw retries === 0 ? error : new ExternalServiceError({ service: error.service, call: error.call, request: error.request, status: error.status, detail: error.detail, retries, cause: error });
    }
  }
}
