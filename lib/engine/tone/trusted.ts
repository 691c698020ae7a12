import type { BrandProfile } from '../../schema/profile';
import type { ToneRule } from '../../schema/rules';
import { buildChecker } from './checker-core';
import { trustRule } from './custom/rule-parser';
import { resolveParsedProfile } from './profile';
import type { ToneChecker } from './types';

/**
 * The checker for a profile and rules that were validated already (the content script gets them
 * from the background): same engine as createToneChecker, without the schema layer — zod's size
 * and start-up cost would otherwise land on every page the overlay runs on.
 */
export function createTrustedToneChecker(profile: BrandProfile, rules: readonly ToneRule[]): ToneChecker {
  return buildChecker(resolveParsedProfile(profile), rules, { builtins: true, includeDisabled: false, parseRule: trustRule });
}
