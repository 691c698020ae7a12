import { describe, expect, it } from 'vitest';
import { applyFix, createToneChecker, findingKey, summarize } from '../../lib/engine/tone';
import { FindingSchema } from '../../lib/schema/rules';
import { checker, zernoiparProfile } from './tone-helpers';

describe('offsets', () => {
  it('are UTF-16 offsets, also after emoji', () => {
    const text = '😀👍🏽 Напишем тебе на maria.k@yandex.ru';
    const findings = checker.check(text);
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.category === 'address-form' ? 'тебе' : 'maria.k@yandex.ru');
    expect(findings.map((f) => f.category)).toEqual(['address-form', 'pii.email']);
  });
  it('sorts findings by start and keeps them valid FindingSchema objects', () => {
    const findings = checker.check('ВНИМАНИЕ!!! Звони +7 925 111-22-33, без комментариев', { platform: 'x' });
    const starts = findings.map((f) => f.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (const f of findings) expect(FindingSchema.safeParse(f).success).toBe(true);
  });
});

describe('ignore keys', () => {
  it('drop exactly the ignored finding, stable across drafts and case', () => {
    const first = checker.check('Напишем тебе завтра');
    const key = findingKey(first[0]!, 'Напишем тебе завтра');
    expect(first[0]!.key).toBe(key);
    const again = checker.check('Тебе понравится, ты увидишь', { ignore: new Set([key]) });
    // Both «ты» and «увидишь» offer the same agreed rewrite of the pair.
    expect(again.map((f) => applyFix('Тебе понравится, ты увидишь', f))).toEqual(['Тебе понравится, вы увидите', 'Тебе понравится, вы увидите']);
  });
  it('for length are the rule id, so typing does not revive an ignored finding', () => {
    const [finding] = checker.check('a'.repeat(300), { platform: 'x' });
    expect(finding!.key).toBe('length');
    expect(checker.check('b'.repeat(310), { platform: 'x', ignore: new Set(['length']) })).toEqual([]);
  });
});

describe('severities', () => {
  it('default to block for PII, no-comment and insult; warn or info otherwise', () => {
    const severity = (text: string, options = {}) => checker.check(text, options)[0]?.severity;
    expect(severity('Звоните +7 925 111-22-33')).toBe('block');
    expect(severity('Без комментариев')).toBe('block');
    expect(severity('Какой идиот')).toBe('block');
    expect(severity('Гарантируем')).toBe('warn');
    expect(severity('Мы открылись!!')).toBe('info');
  });
  it('are overridden by category, family or rule id, and "off" removes findings', () => {
    const custom = createToneChecker({
      ...zernoiparProfile,
      severities: { 'no-comment': 'warn', pii: 'info', 'shouting:punct': 'off', 'pii.card': 'block' },
    });
    const text = 'Без комментариев!! Звоните +7 925 111-22-33, карта 5555 5555 5555 4444';
    const bySeverity = Object.fromEntries(custom.check(text).map((f) => [f.ruleId, f.severity]));
    expect(bySeverity).toEqual({ 'no-comment': 'warn', 'pii.phone': 'info', 'pii.card': 'block' });
  });
});

describe('robustness', () => {
  it('treats names of Object members as plain words, platforms and categories', () => {
    const custom = createToneChecker({}, [{ id: 'toString', category: 'constructor', message: 'm', kind: 'phrase', phrases: ['valueOf'] }]);
    const findings = custom.check('constructor toString valueOf', { platform: 'constructor' });
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([['toString', 'warn']]);
  });
  it('stays fast on pathological input', () => {
    const started = performance.now();
    for (const text of ['1'.repeat(20_000), 'a'.repeat(20_000), 'a.'.repeat(10_000), '!'.repeat(20_000), '{['.repeat(10_000)])
      checker.check(text, { platform: 'x', kind: 'post' });
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('summarize', () => {
  it('reports blocked, warn or clean and counts', () => {
    expect(summarize(checker.check('Без комментариев, гарантируем'))).toEqual({ status: 'blocked', warnings: 1, blocks: 1 });
    expect(summarize(checker.check('Гарантируем!!'))).toEqual({ status: 'warn', warnings: 1, blocks: 0 });
    expect(summarize(checker.check('Спасибо!'))).toEqual({ status: 'clean', warnings: 0, blocks: 0 });
  });
});

describe('messages', () => {
  it('follow the language of the draft', () => {
    expect(checker.check('Без комментариев')[0]!.message).toMatch(/[а-я]/);
    expect(checker.check('No comment')[0]!.message).toMatch(/^Refusing/);
  });
});
