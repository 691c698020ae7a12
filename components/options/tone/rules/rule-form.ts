import type { z } from 'zod';
import { validateRule } from '../../../../lib/engine/tone';
import { ToneRuleSchema, type Severity, type ToneRule, type ToneRuleInput } from '../../../../lib/schema/rules';
import { lang, t } from '../../i18n';

/** The rule editor's fields as typed, before they become a ToneRule. */
export interface RuleForm {
  id: string;
  category: string;
  severity: Severity;
  message: string;
  kind: 'phrase' | 'regex';
  /** One phrase per line. */
  phrases: string;
  pattern: string;
  flags: string;
  replacement: string;
  enabled: boolean;
}

export type RuleField = keyof RuleForm;
export type RuleErrors = Partial<Record<RuleField, string>>;

export function formOfRule(rule?: ToneRule): RuleForm {
  return {
    id: rule?.id ?? '',
    category: rule?.category ?? '',
    severity: rule?.severity ?? 'warn',
    message: rule?.message ?? '',
    kind: rule?.kind ?? 'phrase',
    phrases: rule?.phrases?.join('\n') ?? '',
    pattern: rule?.pattern ?? '',
    flags: rule?.flags ?? '',
    replacement: rule?.replacement ?? '',
    enabled: rule?.enabled ?? true,
  };
}

const phraseLines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

/** The form as a rule input: only the fields of its kind; empty optional fields left out. */
export function ruleInputOf(form: RuleForm): ToneRuleInput {
  const base = {
    id: form.id.trim(),
    category: form.category.trim(),
    severity: form.severity,
    message: form.message.trim(),
    kind: form.kind,
    enabled: form.enabled,
    ...(form.replacement ? { replacement: form.replacement } : {}),
  };
  return form.kind === 'phrase'
    ? { ...base, phrases: phraseLines(form.phrases) }
    : { ...base, pattern: form.pattern, ...(form.flags ? { flags: form.flags } : {}) };
}

/**
 * What the live test runs: the rule as typed, with stand-ins for an id, category and message
 * not written yet, so a pattern can be tried before the rule is named.
 */
export function testInputOf(form: RuleForm): ToneRuleInput {
  const input = ruleInputOf(form);
  return { ...input, id: input.id || 'draft', category: input.category || 'custom', message: input.message || '—' };
}

export type MatcherFields = Pick<RuleForm, 'kind' | 'phrases' | 'pattern' | 'flags'>;

/**
 * The engine's verdict on the matching part alone (phrases, or pattern and flags), so that it
 * can run on every keystroke there without re-judging the rest of the rule.
 */
export function matcherStatus({ kind, phrases, pattern, flags }: MatcherFields): { ok: true } | { ok: false; error: string } {
  const lines = phraseLines(phrases);
  if (kind === 'regex' ? !pattern : !lines.length) return { ok: true };
  const standIn = { id: 'draft', category: 'custom', message: '—', kind };
  return validateRule(kind === 'regex' ? { ...standIn, pattern, ...(flags ? { flags } : {}) } : { ...standIn, phrases: lines });
}

/**
 * Checks with ToneRuleSchema, then with the engine (validateRule compiles phrases and the RE2
 * pattern); errors are keyed by the field they belong to. `takenIds`: other rules of the pack.
 */
export function validateRuleForm(
  form: RuleForm,
  takenIds: ReadonlySet<string>,
): { ok: true; rule: ToneRule } | { ok: false; errors: RuleErrors } {
  const errors: RuleErrors = {};
  const parsed = ToneRuleSchema.safeParse(ruleInputOf(form));
  if (!parsed.success)
    for (const issue of parsed.error.issues) {
      const field = (issue.path[0] ?? 'id') as RuleField;
      errors[field] ??= describeIssue(issue);
    }
  const id = form.id.trim();
  if (id && takenIds.has(id)) errors.id = t('errRuleIdTaken');
  const matcher = form.kind === 'regex' ? 'pattern' : 'phrases';
  if (!errors[matcher]) {
    const verdict = matcherStatus(form);
    if (!verdict.ok) errors[matcher] = t('ruleRefused', { error: verdict.error });
  }
  if (Object.keys(errors).length || !parsed.success) return { ok: false, errors };
  return { ok: true, rule: parsed.data };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'too_small') return t('errRequired');
  if (issue.code === 'too_big') {
    const max = Number(issue.maximum).toLocaleString(lang);
    return issue.origin === 'array' ? t('errTooMany', { max }) : t('errTooLong', { max });
  }
  if (issue.message === 'a phrase rule needs at least one phrase') return t('errNeedPhrase');
  if (issue.message === 'a regex rule needs a pattern') return t('errNeedPattern');
  return issue.message;
}
