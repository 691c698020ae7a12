import { RE2JS } from 're2js';
import type { ToneRule } from '../../../schema/rules';
import type { RawFinding } from '../types';
import { expandReplacement } from './replacement';

/** Findings one regex rule may report per draft: a runaway pattern must not flood the panel. */
const MAX_MATCHES = 200;

export interface CompiledRegexRule {
  rule: ToneRule;
  regex: RE2JS;
}

/**
 * Compiles a pack's pattern with RE2 (re2js), which matches in time linear in the draft: no
 * pattern can hang the editor, `(a+)+$` included. Syntax RE2 cannot run in linear time
 * (backreferences, lookaround) is refused with an explanation instead of a parser error.
 */
export function compileRegex(pattern: string, flags = ''): RE2JS {
  const unsupported = unsupportedSyntax(pattern);
  if (unsupported) throw new Error(unsupported);
  let bits = 0;
  if (flags.includes('i')) bits |= RE2JS.CASE_INSENSITIVE;
  if (flags.includes('m')) bits |= RE2JS.MULTILINE;
  if (flags.includes('s')) bits |= RE2JS.DOTALL;
  // "u" needs no flag: RE2 always works on Unicode code points.
  let regex: RE2JS;
  try {
    regex = RE2JS.compile(pattern, bits);
  } catch (e) {
    throw new Error(`invalid pattern: ${(e as Error).message.replace(/^error parsing regexp: /, '')}`);
  }
  if (regex.testExact('')) throw new Error('the pattern matches empty text, so it would flag every position');
  return regex;
}

/** Explains syntax that only a backtracking engine supports; undefined when the pattern is fine. */
function unsupportedSyntax(pattern: string): string | undefined {
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') {
      const next = pattern[i + 1] ?? '';
      if (/[1-9]/.test(next) || next === 'k')
        return `backreferences (\\${next}…) are not supported: rules run on RE2, which guarantees linear-time matching`;
      i++;
    } else if (ch === '(' && pattern[i + 1] === '?') {
      const look = pattern.slice(i + 2, i + 4);
      if (look[0] === '=' || look[0] === '!' || look === '<=' || look === '<!')
        return (
          `lookahead/lookbehind "(?${look[0] === '<' ? look : look[0]}" is not supported: rules run on RE2, ` +
          'which guarantees linear-time matching; match the surrounding text instead'
        );
    }
  }
  return undefined;
}

export function runRegexRule({ rule, regex }: CompiledRegexRule, text: string): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const match of regex.matchAll(text)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (end === start) continue;
    findings.push({
      ruleId: rule.id,
      category: rule.category,
      severity: rule.severity,
      start,
      end,
      message: rule.message,
      fix: rule.replacement === undefined ? undefined : expandReplacement(rule.replacement, match),
    });
    if (findings.length >= MAX_MATCHES) break;
  }
  return findings;
}
