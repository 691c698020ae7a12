import type { BrandProfile } from '../../schema/profile';
import type { ToneRule } from '../../schema/rules';
import { buildChecker } from './checker-core';
import { trustRule } from './custom/rule-parser';
import { resolveParsedProfile, type CheckProfile } from './profile';
import type { ToneChecker } from './types';

/**
 * The checker for a profile and rules that were validated already (the content script gets them
 * from the background): same engine as createToneChecker, without the schema layer — zod's size
 * and start-up cost would otherwise land on every page the overlay runs on.
 */
export function createTrustedToneChecker(profile: CheckProfile, rules: readonly ToneRule[]): ToneChecker {
  return buildChecker(resolveParsedProfile(profile), rules, { builtins: true, includeDisabled: false, parseRule: trustRule });
}

const WARM_UP_PROFILE: BrandProfile = {
  addressForm: 'vy', allowedDomains: [], hotlines: [], brandNames: [], abbreviations: [], limits: { x: 280 }, severities: {},
};

/**
 * Runs the engine once on a sample draft: builds the shared built-in phrase index and lets the
 * JIT, the phone metadata and the stemmer caches warm up — in an idle task, so the first check
 * after the user focuses a reply box stays short.
 */
export function warmUpToneEngine(): void {
  createTrustedToneChecker(WARM_UP_PROFILE, []).check(
    'Здравствуйте! ТЫ можешь позвонить +7 999 123-45-67 или написать a@b.ru, карта 4111 1111 1111 1111, ' +
      'гарантируем 100%!! https://bit.ly/x As an AI language model, {name}',
  );
}
