import { describe, expect, it } from 'vitest';
import { promotePicks } from '../../lib/engine/pack';
import { PackSchema } from '../../lib/schema/pack';
import { createSuggestIndex } from '../../lib/engine/suggest';

const pack = PackSchema.parse({
  id: 'team',
  name: 'Команда',
  replies: [
    { id: 'name-change', title: 'Смена фамилии в профиле', body: 'Фамилию можно поменять в настройках профиля.', examples: ['как поменять фамилию'] },
    { id: 'pin', title: 'Смена PIN-кода', body: 'PIN меняется в приложении: Карта → Настройки → PIN.' },
  ],
});

describe('promote picks to examples', () => {
  it('adds the picked texts to their replies, without duplicates or texts already listed, most frequent first', () => {
    const picks = [
      { packId: 'team', replyId: 'name-change', text: 'вышла замуж, нужно обновить данные' },
      { packId: 'team', replyId: 'name-change', text: 'Вышла  замуж, нужно обновить данные' },
      { packId: 'team', replyId: 'name-change', text: 'Как поменять фамилию' },
      { packId: 'team', replyId: 'name-change', text: 'сменила паспорт' },
      { packId: 'other', replyId: 'name-change', text: 'чужой набор' },
      { packId: 'team', replyId: 'gone', text: 'ответа больше нет' },
      { packId: 'team', replyId: 'pin', text: 'ок' },
    ];
    const { pack: promoted, added } = promotePicks(pack, picks);
    expect(added).toEqual({ 'name-change': 2 });
    expect(promoted.replies[0]!.examples).toEqual(['как поменять фамилию', 'вышла замуж, нужно обновить данные', 'сменила паспорт']);
    expect(promoted.replies[1]).toEqual(pack.replies[1]);
    expect(PackSchema.safeParse(promoted).success).toBe(true);
  });

  it('the promoted pack, given to a subscriber with no picks, ranks the reply for the text its picks taught', () => {
    const picks = [{ packId: 'team', replyId: 'name-change', text: 'вышла замуж, нужно обновить данные' }];
    const cold = createSuggestIndex(pack.replies, []);
    const taught = createSuggestIndex(promotePicks(pack, picks).pack.replies, []);
    const query = 'я вышла замуж, как обновить данные?';
    expect(taught.suggest(query, { k: 1 })[0]?.replyId).toBe('name-change');
    const coldTop = cold.suggest(query, { k: 1 })[0];
    expect(coldTop?.replyId === 'name-change' ? coldTop.score : 0).toBeLessThan(taught.suggest(query, { k: 1 })[0]!.score);
  });
});
