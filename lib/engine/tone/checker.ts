import type { BrandProfileInput } from '../../schema/profile';
import type { ToneRuleInput } from '../../schema/rules';
import { buildChecker } from './checker-core';
import { parseRuleWithSchema } from './custom/schema-rule-parser';
import { resolveProfile } from './profile-parse';
import type { ToneChecker } from './types';

/**
 * Compiles the profile and the pack rules once; `check` then runs on every keystroke:
 * one tokenisation, one pass of all phrases (built-in and custom) over the words, the format
 * detectors, and each regex rule in linear time.
 */
export function createToneChecker(profile?: BrandProfileInput, rules?: readonly ToneRuleInput[]): ToneChecker {
  return buildChecker(resolveProfile(profile), rules ?? [], { builtins: true, includeDisabled: false, parseRule: parseRuleWithSchema });
}
