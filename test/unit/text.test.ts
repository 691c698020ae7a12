import { describe, expect, it } from 'vitest';
import {
  areRelatives, foldWord, fromWrongLayout, isOneEditApart, isStopWord, latinToCyrillic, normalize, scriptOf, stem,
  StemFamilies, tokenize, TypoVocabulary,
} from '../../lib/engine/text';

describe('tokenize (contract used by the tone engine)', () => {
  it('keeps offsets into the original text and folds case and ё', () => {
    const text = 'Ёлка — ДОСТАВКА!!! 🚚 кто-то';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.norm)).toEqual(['елка', 'доставка', 'кто-то']);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.raw);
    expect(tokens[1]!.stem).toBe(stem('доставка'));
  });

  it('treats emoji and punctuation as separators', () => {
    expect(tokenize('🔥🔥🔥 ?!').length).toBe(0);
  });

  it('normalize and foldWord keep their meaning', () => {
    expect(normalize('ЁЖИК Café')).toBe('ежик cafe');
    expect(foldWord('Ёж')).toBe('еж');
    expect(scriptOf('заказ')).toBe('cyrillic');
    expect(scriptOf('order')).toBe('latin');
  });
});

describe('stemming', () => {
  it('maps Russian word forms and a dropped soft sign to one stem', () => {
    expect(stem('доставки')).toBe(stem('доставка'));
    expect(stem('заказь')).toBe(stem('заказ'));
    expect(stem('refunds')).toBe(stem('refund'));
  });
});

describe('stop words', () => {
  it('drops function words in both languages but not topic words', () => {
    for (const word of ['и', 'пожалуйста', 'здравствуйте', 'the', 'my']) expect(isStopWord(word)).toBe(true);
    for (const word of ['доставка', 'возврат', 'refund', 'не работает']) expect(isStopWord(word)).toBe(false);
  });
});

describe('transliteration', () => {
  it.each([
    ['dostavka', 'доставка'],
    ['vozvrat', 'возврат'],
    ['zakaz', 'заказ'],
    ['opazdyvaet', 'опаздывает'],
    ['shchetka', 'щетка'],
    ['novyy', 'новый'],
  ])('reads %s as %s', (latin, cyrillic) => {
    expect(latinToCyrillic(latin)).toContain(cyrillic);
  });

  it('leaves non-Latin words alone', () => {
    expect(latinToCyrillic('заказ')).toEqual([]);
  });
});

describe('wrong keyboard layout', () => {
  it('re-reads Latin keys as the Russian layout', () => {
    expect(fromWrongLayout('ljcnfdrf')).toBe('доставка');
    expect(fromWrongLayout('Ghbdtn rfr ltkf')).toBe('привет как дела');
    // б, ж, э, х, ю sit on punctuation keys: "lj,hsq" is "добрый".
    expect(fromWrongLayout('lj,hsq ltym')).toBe('добрый день');
  });

  it('does nothing to text that has Cyrillic or no letters', () => {
    expect(fromWrongLayout('заказ zakaz')).toBeNull();
    expect(fromWrongLayout('12345')).toBeNull();
  });
});

describe('typo tolerance', () => {
  const vocabulary = new TypoVocabulary();
  for (const word of ['доставк', 'заказ', 'промокод', 'возврат']) vocabulary.add(word);

  it('finds words one swap, insertion, deletion or substitution away', () => {
    expect(vocabulary.near('дотсавк')).toEqual(['доставк']);
    expect(vocabulary.near('промакод')).toEqual(['промокод']);
    expect(vocabulary.near('вазврат')).toEqual(['возврат']);
    expect(vocabulary.near('возвратт')).toEqual(['возврат']);
  });

  it('does not correct short words or words two edits away', () => {
    expect(vocabulary.near('заказ')).toEqual([]);
    expect(vocabulary.near('дтосавк')).toEqual([]);
  });

  it('isOneEditApart is exact', () => {
    expect(isOneEditApart('abcd', 'abdc')).toBe(true);
    expect(isOneEditApart('abcd', 'abcd')).toBe(true);
    expect(isOneEditApart('abcd', 'badc')).toBe(false);
    expect(isOneEditApart('abc', 'abcde')).toBe(false);
  });
});

describe('word families', () => {
  it('joins derivations of one root the stemmer leaves apart', () => {
    const families = new StemFamilies();
    for (const word of ['доставили', 'доставляем', 'достаточно', 'отравление']) families.add(stem(word));
    expect(families.relatives(stem('доставка')).sort()).toEqual([stem('доставили'), stem('доставляем')].sort());
    expect(families.relatives(stem('отравилась'))).toEqual([stem('отравление')]);
  });

  it('keeps look-alike roots apart', () => {
    expect(areRelatives(stem('конкурс'), stem('конкурент'))).toBe(false);
    expect(areRelatives(stem('доставка'), stem('достаточно'))).toBe(false);
  });
});
