import { BrandProfileSchema, type BrandProfile, type BrandProfileInput } from '../../schema/profile';
import { resolveParsedProfile, type ResolvedProfile } from './profile';

/** Validates a profile (filling defaults) and precomputes its lookup sets. */
export function resolveProfile(input: BrandProfileInput | BrandProfile = {}): ResolvedProfile {
  return resolveParsedProfile(BrandProfileSchema.parse(input));
}
