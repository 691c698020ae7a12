import type { RE2JS } from 're2js';
import { compileRegex } from '../tone/custom/regex-rule';

/** Longest pattern a pack may give one placeholder. */
export const PLACEHOLDER_PATTERN_LIMIT = 500;

/**
 * Compiles a pack's placeholder pattern with the same safety as custom tone rules (RE2: linear
 * time, no backreferences or lookaround, instruction budget); it must have exactly one group.
 * Throws a plain-language Error.
 */
export function compilePlaceholderPattern(pattern: string): RE2JS {
  if (pattern.length > PLACEHOLDER_PATTERN_LIMIT)
    throw new Error(`the pattern is longer than ${PLACEHOLDER_PATTERN_LIMIT} characters`);
  const regex = compileRegex(pattern, 'i');
  const groups = regex.groupCount();
  if (groups !== 1) throw new Error(`the pattern must have exactly one group in parentheses, it has ${groups}`);
  return regex;
}

/** Why a placeholder pattern is refused, naming the placeholder; undefined when it is fine. */
export function placeholderPatternProblem(name: string, pattern: string): string | undefined {
  try {
    compilePlaceholderPattern(pattern);
    return undefined;
  } catch (error) {
    return `placeholder {${name}}: ${(error as Error).message}`;
  }
}
