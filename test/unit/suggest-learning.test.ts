import { describe, expect, it } from 'vitest';
import { createSuggestIndex, labelDuplicates, type Pick } from '../../lib/engine/suggest';
import { IntentModel } from '../../lib/engine/suggest/model';
import { textFeatures } from '../../lib/engine/suggest/model-features';
import type { Reply } from '../../lib/schema/pack';

/** A small English bank pack written for these tests: replies named by what they do, no examples. */
const reply = (id: string, title: string, body: string, lang = 'en'): Reply => ({
  id, title, body, tags: [], examples: [], platforms: [], lang,
});
const BANK: Reply[] = [
  reply('personal-details', 'Update personal details', 'You can edit the details of your profile in the app settings.'),
  reply('change-pin', 'Change PIN', 'To change the PIN of your card, open Card and choose Change PIN.'),
  reply('card-lost', 'Lost or stolen card', 'Freeze the card in the app right away and order a new one.'),
  reply('top-up-failed', 'Top-up failed', 'A failed top-up is returned to the source account within a day.'),
  reply('exchange-rate', 'Exchange rate', 'We use the market rate plus a small margin on weekends.'),
  reply('transfer-pending', 'Pending transfer', 'Transfers usually arrive within one working day.'),
];

/**
 * Customer phrasings, written for these tests: [text, reply]. Four per reply: the model trusts a
 * reply's picks more the more of them it has (see modelTrust in ranker.ts).
 */
const TAUGHT: [string, string][] = [
  ['i got married and need my new surname on the account', 'personal-details'],
  ['my last name is different after the wedding', 'personal-details'],
  ['how do i fix a typo in my address', 'personal-details'],
  ['someone took my wallet with the card inside', 'card-lost'],
  ['i left my card in a taxi yesterday', 'card-lost'],
  ['the money i added never showed up', 'top-up-failed'],
  ['adding money from my other bank did not work', 'top-up-failed'],
  ['why did i get fewer euros than google said', 'exchange-rate'],
  ['the conversion you gave me for dollars is bad', 'exchange-rate'],
  ['sent money to my sister two days ago and she has nothing', 'transfer-pending'],
  ['my payment to a friend is still processing', 'transfer-pending'],
  ['i want a different secret number for my card', 'change-pin'],
  ['please put my new family name on the account, i just got married', 'personal-details'],
  ['my address changed because i moved house', 'personal-details'],
  ['my purse was stolen and the card was in it', 'card-lost'],
  ['i cannot find my card anywhere, i think i lost it', 'card-lost'],
  ['i added money with my other card but it never showed up', 'top-up-failed'],
  ['the money i added from my bank did not arrive', 'top-up-failed'],
  ['the conversion for euros was worse than google', 'exchange-rate'],
  ['i got fewer dollars than i expected for my euros', 'exchange-rate'],
  ['the money i sent to my friend has not arrived after two days', 'transfer-pending'],
  ['my transfer to my sister is still processing', 'transfer-pending'],
  ['how do i get a new secret number for the card', 'change-pin'],
  ['i forgot my secret number, can i set a different one', 'change-pin'],
];
const ASKED: [string, string][] = [
  ['since the wedding my surname on the account is wrong', 'personal-details'],
  ['my wallet was stolen on the bus', 'card-lost'],
  ['added money but it never showed up in the balance', 'top-up-failed'],
  ['i got fewer dollars than the conversion should give', 'exchange-rate'],
  ['money to my friend has been processing for two days', 'transfer-pending'],
];

const asPicks = (pairs: readonly [string, string][]): Pick[] => pairs.map(([text, replyId]) => ({ text, replyId }));
const withExamples = (pairs: readonly [string, string][]): Reply[] =>
  BANK.map((r) => ({ ...r, examples: pairs.filter(([, id]) => id === r.id).map(([text]) => text) }));
const top1 = (index: ReturnType<typeof createSuggestIndex>) =>
  ASKED.filter(([text, expected]) => index.suggest(text)[0]?.replyId === expected).length;

describe('suggest: learning from picks', () => {
  it('picks reach replies whose own text shares no word with the message', () => {
    const cold = createSuggestIndex(BANK);
    expect(cold.suggest('since the wedding my surname on the account is wrong')[0]?.replyId).not.toBe('personal-details');
    const learned = createSuggestIndex(BANK, asPicks(TAUGHT));
    expect(top1(learned)).toBe(ASKED.length);
  });

  it('a text given as a pick teaches at least as much as the same text given as a pack example', () => {
    const fromPicks = top1(createSuggestIndex(BANK, asPicks(TAUGHT)));
    const fromExamples = top1(createSuggestIndex(withExamples(TAUGHT)));
    expect(fromPicks).toBeGreaterThanOrEqual(fromExamples);
  });

  it('learn() after creation is incremental and teaches like picks given at creation', () => {
    const index = createSuggestIndex(BANK);
    const before = top1(index);
    for (const pick of asPicks(TAUGHT)) index.learn(pick);
    expect(top1(index)).toBeGreaterThan(before);
    expect(top1(index)).toBe(ASKED.length);
  });

  it('more picks keep helping: half the picks teach less than all of them', () => {
    const half = TAUGHT.filter((_, i) => i % 2 === 0);
    expect(top1(createSuggestIndex(BANK, asPicks(TAUGHT)))).toBeGreaterThanOrEqual(top1(createSuggestIndex(BANK, asPicks(half))));
  });

  it('an off-topic message still gets nothing after learning', () => {
    const learned = createSuggestIndex(BANK, asPicks(TAUGHT));
    expect(learned.suggest('who won the football match')).toEqual([]);
  });
});

describe('suggest: language', () => {
  const fillers = [
    reply('hours', 'Opening hours', 'We are open from nine to five.'),
    reply('ru-hours', 'Часы работы', 'Работаем с девяти до девяти.', 'ru'),
    reply('ru-refund', 'Возврат денег', 'Деньги вернутся за пять дней.', 'ru'),
  ];
  const english = { ...reply('en-late', 'Delivery late', 'Sorry, the courier is late with your delivery.'), examples: ['delivery late', 'late delivery'] };
  const russian = reply('ru-late', 'Курьер в пути', 'Курьер скоро приедет.', 'ru');
  // Mostly Russian by letters; the English reply matches it much better than the Russian one does.
  const message = 'курьер опаздывает, delivery late';

  it('a reply in the message language ranks above a better-matching one in another language', () => {
    const englishAlone = createSuggestIndex([english, ...fillers]).suggest(message)[0]!;
    const russianAlone = createSuggestIndex([russian, ...fillers]).suggest(message)[0]!;
    expect(englishAlone.score).toBeGreaterThan(russianAlone.score);
    const list = createSuggestIndex([english, russian, ...fillers]).suggest(message);
    expect(list.map((s) => s.replyId)).toEqual(['ru-late', 'en-late']);
    expect(list[0]!.score).toBeGreaterThanOrEqual(list[1]!.score);
  });

  it('a reply in another language is suggested when nothing in the message language fits', () => {
    expect(createSuggestIndex([english, ...fillers]).suggest(message)[0]?.replyId).toBe('en-late');
    expect(createSuggestIndex([english, russian, ...fillers]).suggest('my delivery is late')[0]?.replyId).toBe('en-late');
  });
});

describe('suggest: duplicates across packs', () => {
  it('copies of one reply from two packs carry their pack names; unique replies do not', () => {
    const items = [
      { packId: 'a', title: 'Refund', body: 'Money returns in 5 days.' },
      { packId: 'b', title: 'refund', body: 'Money  returns in 5 days.' },
      { packId: 'a', title: 'Hours', body: 'We work 9 to 5.' },
    ];
    const names: Record<string, string> = { a: 'Shop', b: 'Shop (old)' };
    const labelled = labelDuplicates(items, (id) => names[id]!);
    expect(labelled.map((i) => i.packName)).toEqual(['Shop', 'Shop (old)', undefined]);
  });
});

describe('learned model', () => {
  it('learns a sample online and is unsure about words it has never seen', () => {
    const model = new IntentModel();
    model.learn(textFeatures('parcel never arrived'), 0);
    model.learn(textFeatures('refund my money please'), 1);
    const seen = new Map<number, number>();
    const nothing = model.probabilities(textFeatures('parcel arrived?'), 2, (y, p) => seen.set(y, p));
    expect(seen.get(0)).toBeGreaterThan(seen.get(1) ?? 0);
    expect(nothing + [...seen.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    const unseen = model.probabilities(textFeatures('xyzzy qwerty'), 2, () => {});
    expect(unseen).toBe(1);
  });

  it('fits stored samples in batch as well as it learns them online', () => {
    const model = new IntentModel();
    for (const [text, y] of [['late courier', 0], ['courier is late again', 0], ['money back', 1], ['give my money back', 1]] as const)
      model.add(textFeatures(text), y);
    model.fit();
    let best = -1;
    let bestP = 0;
    model.probabilities(textFeatures('want money back'), 2, (y, p) => {
      if (p > bestP) [best, bestP] = [y, p];
    });
    expect(best).toBe(1);
  });
});
