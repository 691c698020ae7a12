import { describe, expect, it } from 'vitest';
import { ConceptMatcher } from '../../lib/engine/suggest/concepts';
import { SYNONYM_GROUPS } from '../../lib/engine/suggest/lexicon';
import { createSuggestIndex } from '../../lib/engine/suggest';
import { stem } from '../../lib/engine/text';
import type { Reply } from '../../lib/schema/pack';

const matcher = new ConceptMatcher();
const conceptsOf = (word: string) => matcher.ofReading({ norm: word, stem: stem(word) });
const shareConcept = (a: string, b: string) => conceptsOf(a).some((concept) => conceptsOf(b).includes(concept));

describe('thesaurus concepts (lib/engine/suggest/resources/synonyms.json)', () => {
  it('is stored as the stems the engine computes (re-run test/tools/build-synonyms.ts if not)', () => {
    const stems = new Set(Object.values(SYNONYM_GROUPS).flat());
    for (const word of ['трансляция', 'передача', 'refund', 'repayment', 'stomach']) expect(stems).toContain(stem(word));
  });

  it('links synonyms in both languages, in any inflected form', () => {
    expect(shareConcept('трансляция', 'передачу')).toBe(true);
    expect(shareConcept('refund', 'repayment')).toBe(true);
    expect(shareConcept('трансляция', 'доставка')).toBe(false);
  });

  it('keeps the structural spam markers', () => {
    expect(conceptsOf('казино')).toContain('spam');
  });
});

describe('capital letters', () => {
  const reply = (id: string, title: string, body: string): Reply => ({
    id, title, body, tags: [], examples: [], platforms: [], lang: 'ru',
  });
  const index = createSuggestIndex([
    reply('stream', 'Трансляция матча', 'Трансляция начнётся в 19:00 на нашем канале.'),
    reply('delivery', 'Доставка', 'Курьер привезёт заказ в течение дня.'),
    reply('tickets', 'Билеты на матч', 'Билеты на матч продаются в кассе стадиона.'),
  ]);

  it('an all-caps message ranks as the same message in lower case', () => {
    const ids = (text: string) => index.suggest(text, { k: 2 }).map((s) => s.replyId);
    expect(ids('КОГДА БУДЕТ ТРАНСЛЯЦИЯ МАТЧА?')).toEqual(ids('когда будет трансляция матча?'));
    expect(ids('КОГДА БУДЕТ ТРАНСЛЯЦИЯ МАТЧА?')[0]).toBe('stream');
  });

  it('a synonym tips the ranking towards the reply that uses the other word', () => {
    // A library of a realistic size: in three replies no word is rare enough to pass the confidence bar.
    const library = createSuggestIndex([
      reply('stream', 'Трансляция матча', 'Трансляция начнётся в 19:00 на нашем канале.'),
      reply('tickets', 'Билеты на матч', 'Билеты на матч продаются в кассе стадиона.'),
      reply('delivery', 'Доставка', 'Курьер привезёт заказ в течение дня.'),
      reply('refund', 'Возврат денег', 'Деньги вернутся на карту за 3–10 рабочих дней.'),
      reply('hours', 'Часы работы', 'Мы работаем ежедневно с 9:00 до 21:00.'),
      reply('promo', 'Промокод', 'Промокод вводится в корзине до оплаты.'),
      reply('jobs', 'Вакансии', 'Открытые вакансии — на нашем сайте.'),
    ]);
    // «передачу» shares no stem with «трансляция», only a thesaurus group; «матча» is in both.
    expect(library.suggest('где смотреть передачу матча', { k: 1 }).map((s) => s.replyId)).toEqual(['stream']);
  });
});
