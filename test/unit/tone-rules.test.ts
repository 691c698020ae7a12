import { describe, expect, it } from 'vitest';
import { createToneChecker, testRule, validateRule } from '../../lib/engine/tone';
import type { ToneRuleInput } from '../../lib/schema/rules';

const phraseRule: ToneRuleInput = {
  id: 'no-delay-excuses',
  category: 'excuse',
  severity: 'warn',
  message: 'Не оправдывайтесь загруженностью',
  kind: 'phrase',
  phrases: ['большая загрузка', 'много заказов'],
  replacement: 'задержка',
};

describe('phrase rules', () => {
  it('match word forms, keep offsets and give the replacement in matching case', () => {
    const checker = createToneChecker({}, [phraseRule]);
    const text = '🙏 Из-за большой загрузки и множества заказов… Много заказов!';
    const findings = checker.check(text).filter((f) => f.ruleId === 'no-delay-excuses');
    expect(findings.map((f) => text.slice(f.start, f.end))).toEqual(['большой загрузки', 'Много заказов']);
    expect(findings.map((f) => f.fix)).toEqual(['задержка', 'Задержка']);
    expect(findings[0]).toMatchObject({ category: 'excuse', severity: 'warn', message: 'Не оправдывайтесь загруженностью' });
  });
  it('do not match across a sentence end', () => {
    expect(testRule(phraseRule, 'Загрузка большая. Загрузка! Большая')).toEqual([]);
  });
  it('support a trailing * for any ending', () => {
    expect(testRule({ ...phraseRule, phrases: ['форс-мажор*'] }, 'Форс-мажорные обстоятельства')).toHaveLength(1);
  });
  it('scale to 1,000 rules in one checker', () => {
    const rules = Array.from({ length: 1000 }, (_, i) => ({ ...phraseRule, id: `r${i}`, phrases: [`слово${i} заказ`] }));
    const checker = createToneChecker({}, rules);
    expect(checker.ruleErrors).toEqual([]);
    expect(checker.check('Слово999 заказы и слово5 заказов').map((f) => f.ruleId)).toEqual(['r999', 'r5']);
  });
  it('skip disabled rules but testRule still previews them', () => {
    const disabled = { ...phraseRule, enabled: false };
    expect(createToneChecker({}, [disabled]).check('много заказов')).toEqual([]);
    expect(testRule(disabled, 'много заказов')).toHaveLength(1);
  });
});

describe('regex rules', () => {
  const regexRule = (pattern: string, flags?: string): ToneRuleInput => ({
    id: 'rx', category: 'custom', message: 'm', kind: 'regex', pattern, ...(flags ? { flags } : {}),
  });

  it('find matches with UTF-16 offsets and expand $1 in the replacement', () => {
    const rule = { ...regexRule('заказ №?(\\d+)', 'i'), replacement: 'заказ $1' };
    const text = '😀 Заказ №123 готов';
    const [finding] = testRule(rule, text);
    expect(text.slice(finding!.start, finding!.end)).toBe('Заказ №123');
    expect(finding!.fix).toBe('заказ 123');
  });
  it('run (a+)+$ in linear time', () => {
    expect(validateRule(regexRule('(a+)+$'))).toEqual({ ok: true });
    const started = performance.now();
    expect(testRule(regexRule('(a+)+$'), 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!')).toEqual([]);
    expect(testRule(regexRule('(a+)+$'), 'a'.repeat(50_000) + '!')).toEqual([]);
    expect(performance.now() - started).toBeLessThan(500);
  });
  it('refuse backreferences and lookaround with a clear message', () => {
    const backref = validateRule(regexRule('(a)\\1'));
    expect(backref.ok).toBe(false);
    expect(!backref.ok && backref.error).toMatch(/backreference.*RE2/);
    const lookahead = validateRule(regexRule('кофе(?= горячий)'));
    expect(!lookahead.ok && lookahead.error).toMatch(/lookahead/);
    expect(validateRule(regexRule('\\(?=x'))).toEqual({ ok: true });
  });
  it('refuse broken and empty-matching patterns; the checker reports and skips them', () => {
    expect(validateRule(regexRule('(unclosed')).ok).toBe(false);
    expect(validateRule(regexRule('a*')).ok).toBe(false);
    expect(validateRule({ id: 'x', kind: 'phrase', category: 'c', message: 'm', phrases: ['!!!'] })).toEqual({
      ok: false,
      error: 'phrases[0] "!!!" has no words to match',
    });
    expect(validateRule({ id: 'x', kind: 'regex' }).ok).toBe(false);
    const checker = createToneChecker({}, [regexRule('(a)\\1'), { ...phraseRule }]);
    expect(checker.ruleErrors.map((e) => e.ruleId)).toEqual(['rx']);
    expect(checker.check('много заказов')).toHaveLength(1);
  });
});
