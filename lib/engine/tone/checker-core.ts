import type { Severity, ToneRule } from '../../schema/rules';
import { compileRules } from './custom/compile-rules';
import type { RuleParser } from './custom/rule-parser';
import { runRegexRule } from './custom/regex-rule';
import { BUILTIN_LEXICON, BUILTIN_SCANNERS } from './detectors';
import { CRISIS_CATEGORY, detectCrisis } from './detectors/crisis';
import { analyseDraft, excerpt, type Draft } from './draft';
import { findingKey } from './finding-key';
import { fixFields } from './fixes';
import type { LexiconGroup } from './lexicon';
import { PhraseIndex } from './phrases/phrase-index';
import { parseLexiconPattern, type Element } from './phrases/pattern';
import type { ResolvedProfile } from './profile';
import { resolveSeverity } from './severity';
import { matchCase } from './text-case';
import type { CheckOptions, Lang, RawFinding, ToneChecker, ToneFinding } from './types';

type PhraseTarget = { kind: 'lexicon'; group: LexiconGroup } | { kind: 'rule'; rule: ToneRule };

let builtinPhrases: [Element[], PhraseTarget][] | undefined;

/** The built-in lexicons parsed once per process: every checker shares them. */
function builtinPhraseList(): [Element[], PhraseTarget][] {
  if (!builtinPhrases) {
    builtinPhrases = [];
    for (const group of BUILTIN_LEXICON) {
      const target: PhraseTarget = { kind: 'lexicon', group };
      for (const pattern of group.patterns)
        for (const elements of parseLexiconPattern(pattern)) builtinPhrases.push([elements, target]);
    }
  }
  return builtinPhrases;
}

/** The checker behind createToneChecker; `testRule` runs it without built-ins. */
export function buildChecker(
  profile: ResolvedProfile,
  rules: readonly unknown[],
  options: { builtins: boolean; includeDisabled: boolean; parseRule: RuleParser },
): ToneChecker {
  const index = new PhraseIndex<PhraseTarget>();
  if (options.builtins) for (const [elements, target] of builtinPhraseList()) index.add(elements, target);
  const { phrases, regexRules, errors: ruleErrors } = compileRules(rules, options.includeDisabled, options.parseRule);
  for (const { elements, rule } of phrases) index.add(elements, { kind: 'rule', rule });

  // A rule id always comes with the same category and own severity, so it is the cache key.
  const severities = new Map<string, Severity | 'off'>();
  const severityOf = (raw: RawFinding): Severity | 'off' => {
    let severity = severities.get(raw.ruleId);
    if (severity === undefined)
      severities.set(raw.ruleId, (severity = resolveSeverity(profile.severities, raw.ruleId, raw.category, raw.severity)));
    return severity;
  };

  return {
    ruleErrors,
    check(text: string, checkOptions: CheckOptions = {}): ToneFinding[] {
      const draft = analyseDraft(text);
      const messageLang = checkOptions.messageLang ?? draft.lang;
      const crisis = checkOptions.crisis ?? profile.crisis;
      const raw: RawFinding[] = [];
      if (index.size)
        index.scan(draft, (target, first, last) => {
          const finding = phraseFinding(draft, target, first, last, profile, messageLang);
          if (finding) raw.push(finding);
        });
      if (options.builtins) {
        const ctx = { profile, platform: checkOptions.platform, kind: checkOptions.kind ?? 'reply', messageLang } as const;
        for (const detect of BUILTIN_SCANNERS) raw.push(...detect(draft, ctx));
        if (crisis) raw.push(...detectCrisis(draft, ctx));
      }
      for (const rule of regexRules) raw.push(...runRegexRule(rule, text));

      const findings: ToneFinding[] = [];
      for (const finding of dedupe(raw)) {
        const severity = (crisis && crisisSeverity(finding)) || severityOf(finding);
        if (severity === 'off') continue;
        const key = findingKey(finding, text);
        if (checkOptions.ignore?.has(key)) continue;
        const { ruleId, category, start, end, message, fix, fixStart, fixEnd, fixKind } = finding;
        if (fix === undefined) {
          findings.push({ ruleId, category, severity, start, end, message, key });
          continue;
        }
        const found: ToneFinding = { ruleId, category, severity, start, end, message, fix, key };
        if (fixStart !== undefined) found.fixStart = fixStart;
        if (fixEnd !== undefined) found.fixEnd = fixEnd;
        if (fixKind !== undefined) found.fixKind = fixKind;
        findings.push(found);
      }
      return findings.sort((a, b) => a.start - b.start || a.end - b.end || compareIds(a.ruleId, b.ruleId));
    },
  };
}

/**
 * In a crisis the strict rules are not the profile's to soften: the crisis rules keep their own
 * severity and refusing to comment always blocks, whatever `profile.severities` says.
 */
function crisisSeverity(finding: RawFinding): Severity | undefined {
  if (finding.category === CRISIS_CATEGORY) return finding.severity;
  if (finding.category === 'no-comment') return 'block';
  return undefined;
}

function phraseFinding(
  draft: Draft,
  target: PhraseTarget,
  first: number,
  last: number,
  profile: ResolvedProfile,
  messageLang: Lang,
): RawFinding | undefined {
  const start = draft.tokens[first]!.start;
  const end = draft.tokens[last]!.end;
  if (target.kind === 'rule') {
    const { rule } = target;
    const finding: RawFinding = { ruleId: rule.id, category: rule.category, severity: rule.severity, start, end, message: rule.message };
    if (rule.replacement !== undefined) finding.fix = matchCase(draft.text.slice(start, end), rule.replacement);
    return finding;
  }
  const { group } = target;
  if (group.accept && !group.accept(draft, first, last, profile)) return undefined;
  const matched = excerpt(draft, start, end);
  const finding: RawFinding = { ruleId: group.ruleId, category: group.category, start, end, message: group.message(messageLang, matched) };
  const fix = group.fix?.(draft, first, last);
  if (fix !== undefined) Object.assign(finding, fixFields(start, end, fix), { fixKind: fix.kind });
  return finding;
}

/**
 * One finding per rule and place: overlapping matches of the same rule keep the longest
 * («вы сами виноваты» over «сами виноваты»); a phone number that is really a passport or card
 * number is reported as that.
 */
function dedupe(raw: RawFinding[]): RawFinding[] {
  const otherPii = raw.filter((f) => f.category.startsWith('pii.') && f.category !== 'pii.phone');
  const candidates = otherPii.length
    ? raw.filter((f) => f.category !== 'pii.phone' || !otherPii.some((o) => o.start < f.end && f.start < o.end))
    : raw;
  candidates.sort((a, b) => compareIds(a.ruleId, b.ruleId) || a.start - b.start || b.end - a.end);
  const kept: RawFinding[] = [];
  for (const finding of candidates) {
    const previous = kept[kept.length - 1];
    if (previous && previous.ruleId === finding.ruleId && finding.start < previous.end) {
      if (finding.end - finding.start > previous.end - previous.start) kept[kept.length - 1] = finding;
      continue;
    }
    kept.push(finding);
  }
  return kept;
}

/** Plain code-unit order: stable across locales and much cheaper than localeCompare. */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
