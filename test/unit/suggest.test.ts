import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSuggestIndex, type SuggestIndex } from '../../lib/engine/suggest';
import { PackSchema, type Reply } from '../../lib/schema/pack';

const fixtures = path.resolve(__dirname, '../fixtures');
const loadReplies = (file: string): Reply[] =>
  PackSchema.parse(JSON.parse(readFileSync(path.join(fixtures, 'packs', file), 'utf8'))).replies;

const replies = loadReplies('mini-support.json');
const top = (index: SuggestIndex, text: string, options = {}) => index.suggest(text, options)[0]?.replyId;

describe('suggest: matching words as customers write them', () => {
  const index = createSuggestIndex(replies);

  it.each(['доставка задерживается', 'где доставка?', 'доставки всё нет', 'мне до сих пор не доставили'])(
    'word forms: "%s" → delivery-late',
    (text) => expect(top(index, text)).toBe('delivery-late'),
  );

  it.each(['дотсавка задерживаеться', 'заказь опаздывает', 'вазврат денег'])('typos: "%s"', (text) => {
    expect(top(index, text)).toBe(text.includes('вазврат') ? 'refund' : 'delivery-late');
  });

  it.each([
    ['dostavka zaderzhivaetsya', 'delivery-late'],
    ['vozvrat deneg', 'refund'],
    ['zakaz ne privezli', 'delivery-late'],
  ])('transliteration: "%s" → %s', (text, expected) => expect(top(index, text)).toBe(expected));

  it('Russian typed in the English layout', () => {
    expect(top(index, 'ljcnfdrf pflth;bdftncz')).toBe('delivery-late'); // доставка задерживается
  });

  it('prefers a reply in the language of the message', () => {
    expect(top(index, 'my delivery is late')).toBe('en-late');
    expect(top(index, 'доставка опаздывает')).toBe('delivery-late');
  });

  it('ranks best first with descending scores and honours k', () => {
    const list = index.suggest('курьер опаздывает, верните деньги', { k: 5 });
    expect(list.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < list.length; i++) expect(list[i - 1]!.score).toBeGreaterThanOrEqual(list[i]!.score);
    expect(index.suggest('курьер опаздывает, верните деньги', { k: 1 })).toHaveLength(1);
    expect(index.suggest('курьер опаздывает', { k: 0 })).toEqual([]);
  });
});

describe('suggest: nothing fits → nothing suggested', () => {
  const index = createSuggestIndex(replies);

  it.each(['кто со мной на концерт', 'продаю айфон недорого', 'какая сегодня погода', '🔥🔥🔥', '', '   ', 'ахаха'])(
    '"%s" gets an empty list',
    (text) => expect(index.suggest(text)).toEqual([]),
  );

  it('an empty library suggests nothing', () => {
    expect(createSuggestIndex([]).suggest('доставка')).toEqual([]);
  });
});

describe('suggest: platforms and shortcuts', () => {
  const index = createSuggestIndex(replies);

  it('a reply limited to Telegram only shows on Telegram (or when the platform is unknown)', () => {
    const ids = (platform?: 'vk' | 'telegram') => index.suggest('промокод для подписчиков', { platform }).map((s) => s.replyId);
    expect(ids('telegram')).toContain('telegram-promo');
    expect(ids()).toContain('telegram-promo');
    expect(ids('vk')).not.toContain('telegram-promo');
  });

  it('a typed shortcut ranks its reply first', () => {
    expect(top(index, 'vozvrat')).toBe('refund');
    expect(top(index, '/vozvrat')).toBe('refund');
    expect(top(index, ' /Zaderzhka ')).toBe('delivery-late');
  });
});

describe('suggest: learning from picks', () => {
  const followUp = 'чайник опять совсем не греет воду';

  it('a picked reply ranks first for a similar later message', () => {
    const index = createSuggestIndex(replies);
    expect(top(index, followUp)).not.toBe('warranty');
    index.learn({ text: 'чайник не греет', replyId: 'warranty' });
    expect(top(index, followUp)).toBe('warranty');
  });

  it('picks given at creation teach the same as learn()', () => {
    const index = createSuggestIndex(replies, [{ text: 'чайник не греет', replyId: 'warranty' }]);
    expect(top(index, followUp)).toBe('warranty');
  });

  it('a pick for a reply that is gone is ignored', () => {
    const index = createSuggestIndex(replies);
    expect(() => index.learn({ text: 'что-то', replyId: 'deleted' })).not.toThrow();
    expect(index.size).toBe(replies.length);
  });

  it('one shared incidental word does not take over another topic', () => {
    const index = createSuggestIndex(replies, [{ text: 'чайник сломался, курьер привёз разбитым', replyId: 'warranty' }]);
    expect(top(index, 'курьер опаздывает')).toBe('delivery-late');
  });
});
