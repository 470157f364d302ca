import { ExternalServiceError } from '../../../errors.js';
import { backoffMs, isRetryable, type NetworkPolicy } from './policy.js';

/** Per-request Octokit options that switch the retry plugin off for one call. */
export const NO_AUTOMATIC_RETRY = { request: { retries: 0 } } as const;

/**
 * A call that creates something (a release, a ref, a check run) is not safe to repeat blindly:
 * when its answer is lost (a timeout, a dropped connection, a 502 from GitHub's front end after the
 * work was done) GitHub may have made the thing, and a plain retry makes a second one. So the
 * create is sent without the retry plugin (`NO_AUTOMATIC_RETRY`), and after each retryable failure
 * `findMade` looks for what the failed attempt may have made; only when it finds nothing is the
 * create sent again, on the policy's back-off. Answers that are final (4xx) are thrown at once.
 */
export async function createOnce<T>(policy: NetworkPolicy, create: () => Promise<T>, findMade: () => Promise<T | undefined>): Promise<T> {
  for (let retries = 0; ; retries++) {
    try {
      return await create();
    } catch (error) {
      if (!(error instanceof ExternalServiceError) || !isRetryable(policy, error.status) || retries >= policy.retries) throw error;
      const made = await findMade();
      if (made !== undefined) return made;
      await new Promise((done) => setTimeout(done, backoffMs(policy, retries + 1)));
    }
  }
}
