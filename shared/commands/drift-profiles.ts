import { InputError } from '../errors.js';
import { readProfile } from '../adapters/codecs/profile-json.js';
import type { DriftOptions, DriftReport } from '../core/drift/drift-report.js';
import { profileDriftReport } from '../core/profile/profile-drift.js';
import type { DriftCommandOptions } from './drift.js';
import { profileOfData } from './profile.js';

/**
 * `mlgate drift --reference-profile r.json` with `--current-profile c.json` (profiles counted on r's
 * basis, e.g. merged shards) or `--current data` (counted on r's basis here). The reference must be
 * a profile: it fixes the edges the current side is counted on, so `--reference` data with
 * `--current-profile` is refused (make the reference's profile first).
 */
export async function driftFromProfiles(options: DriftCommandOptions, driftOptions: DriftOptions): Promise<DriftReport> {
  if (options.referenceProfile === undefined) {
    throw new InputError(`--current-profile ${options.currentProfile} needs --reference-profile (the profile it was counted on)${options.reference !== undefined ? `, not --reference ${options.reference}: profiles are compared on the reference profile's edges; make it with \`mlgate profile --data ${options.reference}\`` : ''}`);
  }
  if (options.reference !== undefined) throw new InputError(`give --reference-profile ${options.referenceProfile} or --reference ${options.reference}, not both`);
  if (options.currentProfile !== undefined && options.current !== undefined) throw new InputError(`give --current-profile ${options.currentProfile} or --current ${options.current}, not both`);
  if (options.currentProfile === undefined && options.current === undefined) {
    throw new InputError(`--reference-profile ${options.referenceProfile} needs --current-profile (a profile counted on it) or --current (a data file)`);
  }
  const reference = { source: options.referenceProfile, profile: readProfile(options.referenceProfile) };
  const current = options.currentProfile !== undefined
    ? { source: options.currentProfile, profile: readProfile(options.currentProfile) }
    : { source: options.current!, profile: await profileOfData([options.current!], reference, options.delimiter) };
  return profileDriftReport(reference, current, driftOptions);
}
