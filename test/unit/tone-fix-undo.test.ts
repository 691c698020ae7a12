import { describe, expect, it } from 'vitest';
import { fixAllEdits } from '../../lib/engine/tone/fixes';
import { applyEdits, revertEdits } from '../../lib/engine/tone/fix-undo';
import { checker } from './tone-helpers';

describe('undo of "fix all"', () => {
  it('restores the draft exactly, fixes that grow, shrink and remove text alike', () => {
    const drafts = [
      'ВНИМАНИЕ!!! Мы гарантируем возврат, напиши нам. Карта 4111 1111 1111 1111, ты сам проверь.',
      'Мы на 100% уверены, что гарантируем доставку!!! Напиши, если что.',
      'We guarantee a refund 100%!!!',
    ];
    for (const before of drafts) {
      const applied = fixAllEdits(checker.check(before));
      expect(applied.length, before).toBeGreaterThan(0);
      const after = applyEdits(before, applied);
      expect(after, before).not.toBe(before);
      expect(applyEdits(after, revertEdits(before, applied)), before).toBe(before);
    }
  });

  it('rewrites only the fixed ranges, last first', () => {
    const before = 'aa XX bb YYYY cc';
    const applied = [
      { start: 9, end: 13, text: 'y' },
      { start: 3, end: 5, text: 'xxxxx' },
    ];
    const after = applyEdits(before, applied);
    expect(after).toBe('aa xxxxx bb y cc');
    expect(revertEdits(before, applied)).toEqual([
      { start: 12, end: 13, text: 'YYYY' },
      { start: 3, end: 8, text: 'XX' },
    ]);
  });

  it('reverts the part that was written when a write stopped half way', () => {
    const before = 'one TWO three FOUR';
    const all = [
      { start: 14, end: 18, text: 'four' },
      { start: 4, end: 7, text: 'two' },
    ];
    const written = all.slice(0, 1);
    const after = applyEdits(before, written);
    expect(applyEdits(after, revertEdits(before, written))).toBe(before);
  });
});
