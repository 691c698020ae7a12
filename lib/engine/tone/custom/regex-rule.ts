import { RE2JS } from 're2js';
import type { ToneRule } from '../../../schema/rules';
import type { RawFinding } from '../types';
import { patternOverBudget, regexDraft, RULE_BUDGET } from './budget';
import { expandReplacement } from './replacement';
import { unicodeWordClasses } from './unicode-classes';

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
 * `\w`/`\W` match letters and digits of every script (unicode-classes.ts); a pattern over
 * RULE_BUDGET.patternInstructions is refused.
 */
export function compileRegex(pattern: string, flags = ''): RE2JS {
  const unsupported = unsupportedSyntax(pattern);
  if (unsupported) throw new Error(unsupported);
  let bits = 0;
  if (flags.includes('i')) bits |= RE2JS.CASE_INSENSITIVE;
  if (flags.includes('m')) bits |= RE2JS.MULTILINE;
  if (flags.includes('s')) bits |= RE2JS.DOTALL;
  // "u" needs no flag: RE2 always works on Unicode code points.
  try {
    RE2JS.compile(pattern, bits); // syntax errors quote the pattern as written, not as translated
  } catch (e) {
    throw new Error(`invalid pattern: ${(e as Error).message.replace(/^error parsing regexp: /, '')}`);
  }
  const regex = RE2JS.compile(unicodeWordClasses(pattern), bits);
  const instructions = regex.programSize();
  if (instructions > RULE_BUDGET.patternInstructions) throw new Error(patternOverBudget(instructions));
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

/**
 * Matches in the first RULE_BUDGET.regexDraftChars characters of `text` (offsets stay those of
 * `text`). A match that ends right at the cut is dropped: there `$`, `\b` and greedy repeats see a
 * false end of the draft.
 */
export function runRegexRule({ rule, regex }: CompiledRegexRule, text: string): RawFinding[] {
  const findings: RawFinding[] = [];
  const read = regexDraft(text);
  const cut = read.length < text.length ? read.length : Infinity;
  for (const match of regex.matchAll(read)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (end === start || end === cut) continue;
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
