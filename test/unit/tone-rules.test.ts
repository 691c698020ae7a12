import { describe, expect, it } from 'vitest';
import { createToneChecker, testRule, validateRule } from '../../lib/engine/tone';
import { RULE_BUDGET } from '../../lib/engine/tone/custom/budget';
import { packBudgetErrors, ruleBudgetErrors } from '../../lib/engine/tone/custom/validate';
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

describe('regex rules: Unicode \\w', () => {
  const rx = (pattern: string): ToneRuleInput => ({ id: 'rx', category: 'custom', message: 'm', kind: 'regex', pattern });
  const matched = (pattern: string, text: string) => testRule(rx(pattern), text).map((f) => text.slice(f.start, f.end));

  it('reads \\w as any letter or digit (Cyrillic included) and \\W as the rest', () => {
    expect(matched('\\w+', 'Привет, мир_2 ok')).toEqual(['Привет', 'мир_2', 'ok']);
    expect(matched('[\\w-]+!', 'Ёлки-палки!')).toEqual(['Ёлки-палки!']);
    expect(matched('\\W+', 'да, нет')).toEqual([', ']);
    expect(matched('[^\\w\\s]+', 'цена: 5 ₽!')).toEqual([':', '₽!']);
  });
  it('leaves an escaped backslash and \\Q…\\E literal', () => {
    expect(matched('\\\\w', 'a\\w b')).toEqual(['\\w']);
    expect(matched('\\Q\\w\\E', 'x\\wy')).toEqual(['\\w']);
  });
  it('refuses \\W inside brackets with a clear message', () => {
    const verdict = validateRule(rx('[\\W\\d]'));
    expect(!verdict.ok && verdict.error).toMatch(/\\W inside \[\.\.\.\] is not supported/);
  });
});

describe('custom rule budget', () => {
  const rx = (id: string, pattern: string, enabled = true): ToneRuleInput => ({ id, category: 'custom', message: 'm', kind: 'regex', pattern, enabled });

  it('refuses a pattern over the instruction budget, naming the size', () => {
    const verdict = validateRule(rx('big', 'a{1000}b{1000}'));
    expect(verdict.ok).toBe(false);
    expect(!verdict.ok && verdict.error).toMatch(/compiles to \d+ RE2 instructions, at most 1000/);
    expect(validateRule(rx('fine', 'a{100}'))).toEqual({ ok: true });
  });

  it('runs at most RULE_BUDGET.regexRules regex rules of 10,000 and names the skipped ones', () => {
    const rules = Array.from({ length: 10_000 }, (_, i) => rx(`r${i}`, `слово${i}\\b`));
    const checker = createToneChecker({}, rules);
    expect(checker.ruleErrors).toHaveLength(10_000 - RULE_BUDGET.regexRules);
    expect(checker.ruleErrors[0]).toEqual({ ruleId: `r${RULE_BUDGET.regexRules}`, error: expect.stringMatching(/at most 50 regex rules run at once/) });
    const text = `слово0 слово${RULE_BUDGET.regexRules - 1} слово${RULE_BUDGET.regexRules} слово9999`;
    expect(checker.check(text).map((f) => f.ruleId)).toEqual(['r0', `r${RULE_BUDGET.regexRules - 1}`]);
  });

  it('counts only rules that run: disabled rules and packs are free', () => {
    const rules = Array.from({ length: RULE_BUDGET.regexRules + 2 }, (_, i) => rx(`r${i}`, `x${i}`, i !== 0));
    const packs = [
      { enabled: false, rules: [rx('off-pack', 'z')] },
      { enabled: true, rules },
      { enabled: true, rules: [rx('later', 'y')] },
    ];
    const errors = packBudgetErrors(packs);
    // 51 enabled rules in the second pack: the last of them and the next pack's rule are over.
    expect([...errors.keys()].map((r) => r.id)).toEqual([`r${RULE_BUDGET.regexRules + 1}`, 'later']);
    expect(ruleBudgetErrors(rules.slice(0, RULE_BUDGET.regexRules)).size).toBe(0);
  });

  it('caps the phrases of all phrase rules together', () => {
    const many: ToneRuleInput = { id: 'many', category: 'c', message: 'm', kind: 'phrase', phrases: Array.from({ length: RULE_BUDGET.phrases }, (_, i) => `фраза${i}`) };
    const one: ToneRuleInput = { id: 'one', category: 'c', message: 'm', kind: 'phrase', phrases: ['ещё одна'] };
    const checker = createToneChecker({}, [many, one]);
    expect(checker.ruleErrors).toEqual([{ ruleId: 'one', error: expect.stringMatching(/more than the 100000 allowed/) }]);
    expect(checker.check('фраза99999').map((f) => f.ruleId)).toEqual(['many']);
  });

  it('reads only the first RULE_BUDGET.regexDraftChars characters of a draft, never a match cut short', () => {
    const max = RULE_BUDGET.regexDraftChars;
    const rule = rx('num', '\\d+');
    const filler = (n: number) => 'ж'.repeat(n);
    expect(testRule(rule, `${filler(10)}123${filler(max)}`).map((f) => [f.start, f.end])).toEqual([[10, 13]]);
    expect(testRule(rule, `${filler(max + 5)}123`)).toEqual([]); // beyond the budget
    expect(testRule(rule, `${filler(max - 2)}123456`)).toEqual([]); // would be cut at the limit: dropped
    expect(testRule(rx('end', 'конец$'), `конец${filler(max)}`)).toEqual([]); // "$" only at the real end
  });
});
