import { describe, expect, it } from 'vitest';
import { categories, checker } from './tone-helpers';

const find = (text: string, category: string, options?: Parameters<typeof checker.check>[1]) =>
  checker.check(text, options).filter((f) => f.category === category);

describe('pii.phone', () => {
  it('flags a personal mobile number in any common format', () => {
    expect(categories('Свяжитесь с курьером: +7 925 111-22-33.')).toEqual(['pii.phone']);
    expect(categories('Телефон управляющей 8 (916) 765-43-21')).toEqual(['pii.phone']);
    expect(categories('Call our courier on 89261234567')).toEqual(['pii.phone']);
  });
  it('leaves the brand hotline alone in another formatting', () => {
    expect(categories('Звоните на линию 8 800 555-01-01')).toEqual([]);
    expect(categories('Hotline: +7 (800) 555 01 01')).toEqual([]);
  });
  it('does not read identifiers as phones', () => {
    expect(categories('ИНН 7707083893 для юрлиц')).toEqual([]);
  });
});

describe('pii.email', () => {
  it('flags personal addresses, not the brand domain or its subdomains', () => {
    expect(categories('Чек отправили на maria.k@yandex.ru')).toEqual(['pii.email']);
    expect(categories('Пишите на hello@zernoipar.ru или support@help.zernoipar.ru')).toEqual([]);
  });
});

describe('pii.card', () => {
  it('flags a Luhn-valid number with spaces or dashes and masks it', () => {
    const [card] = find('Оплата с карты 5555 5555 5555 4444 прошла.', 'pii.card');
    expect(card?.fix).toBe('•••• •••• •••• 4444');
    expect(categories('Card 5105-1051-0510-5100 was charged twice')).toEqual(['pii.card']);
  });
  it('ignores Luhn-invalid numbers and order numbers', () => {
    expect(categories('Карта 4276 3800 1234 5678 не подходит')).toEqual([]);
    expect(categories('Номер заказа 4276 3800 1234 5679, мы его нашли')).toEqual([]);
  });
});

describe('pii.passport', () => {
  it('flags a passport series and number, and a valid СНИЛС', () => {
    expect(categories('Паспорт 45 11 223344 указан в анкете')).toEqual(['pii.passport']);
    expect(categories('паспорт: 4510 123456')).toEqual(['pii.passport']);
    expect(categories('СНИЛС 112-233-445 95 приняли')).toEqual(['pii.passport']);
  });
  it('ignores a СНИЛС with a wrong checksum and bare 10-digit numbers', () => {
    expect(categories('СНИЛС 112-233-445 96 приняли')).toEqual([]);
    expect(categories('Заказ 4510123456 собран')).toEqual([]);
  });
});

describe('no-comment', () => {
  it('flags refusals in word forms', () => {
    for (const text of ['Без комментариев.', 'Мы это не комментируем.', 'Мы не будем это комментировать', 'No comment.', 'We decline to comment.'])
      expect(categories(text), text).toEqual(['no-comment']);
  });
  it('does not flag comments as a topic', () => {
    expect(categories('Оставьте комментарий к заказу, курьер позвонит.')).toEqual([]);
    expect(categories('Мы не нашли ваш комментарий')).toEqual([]);
  });
});

describe('address-form', () => {
  it('flags ты-forms with the вы-form as fix', () => {
    const found = find('Привет! Твой кофе готов, напишем тебе.', 'address-form');
    expect(found.map((f) => f.fix)).toEqual(['Ваш', 'вам']);
    expect(find('Можешь прислать номер?', 'address-form')[0]?.fix).toBe('Можете');
    expect(find('Напиши нам в личку', 'address-form')[0]?.fix).toBe('Напишите');
    expect(find('Расскажем о тебе', 'address-form')[0]?.fix).toBe('вас');
  });
  it('notes a mix of ты and вы', () => {
    expect(find('Вы правы, извини за задержку', 'address-form')[0]?.message).toContain('смешаны');
  });
  it('never flags тыква, тысяча, тыл or English "you"', () => {
    expect(categories('Тыквенный латте и тысяча благодарностей, вход с тыла')).toEqual([]);
    expect(categories('Thank you! See you tomorrow, we will text you.')).toEqual([]);
  });
  it('is silent when the brand speaks на ты', async () => {
    const { createToneChecker } = await import('../../lib/engine/tone');
    expect(createToneChecker({ addressForm: 'ty' }).check('Напишем тебе')).toEqual([]);
  });
});

describe('shouting', () => {
  it('flags capitals and repeated marks with a calm fix', () => {
    const [caps] = find('ВНИМАНИЕ: кофейня закрыта.', 'shouting');
    expect(caps?.fix).toBe('Внимание');
    expect(find('Мы открылись!!!', 'shouting')[0]?.fix).toBe('!');
    expect(find('Серьёзно?!?!', 'shouting')[0]?.fix).toBe('?');
  });
  it('merges a run of capitals into one finding', () => {
    const found = find('СРОЧНО ЗАБЕРИТЕ ЗАКАЗ сегодня', 'shouting');
    expect(found).toHaveLength(1);
    expect(found[0]?.fix).toBe('Срочно заберите заказ');
  });
  it('ignores abbreviations, brand names and codes with digits', () => {
    expect(categories('СНИЛС, ОГРН, HTML, МКАД и промокод TURKA10')).toEqual([]);
    const brand = (text: string) => find(text, 'shouting');
    expect(brand('Ждём в ЗЕРНО И ПАР')).toEqual([]);
    expect(categories('Скажите "?!" — это нормально?')).toEqual([]);
  });
});

describe('overpromise', () => {
  it('flags guarantees in word forms, certainty and "never again"', () => {
    for (const text of ['Гарантируем, что кофе будет горячим.', 'Гарантирую доставку', 'Мы на 100% уверены', 'Такого больше никогда не повторится', 'We guarantee it', 'This will never happen again'])
      expect(categories(text), text).toEqual(['overpromise']);
    expect(find('Гарантируем доставку', 'overpromise')[0]?.fix).toBe('Постараемся обеспечить');
  });
  it('does not flag legal facts or product facts', () => {
    expect(categories('Гарантия на кофемолки — 1 год по закону, возврат по гарантии в любой кофейне.')).toEqual([]);
    expect(categories('Under the statutory guarantee you can return it within 14 days.')).toEqual([]);
    expect(categories('Кофе 100% арабика')).toEqual([]);
  });
});

describe('blame', () => {
  it('flags blaming the customer', () => {
    for (const text of ['Вы сами виноваты.', 'Надо было указать адрес точнее', "It's your fault.", 'You should have read the terms', 'По вашей вине заказ вернулся'])
      expect(categories(text), text).toEqual(['blame']);
  });
  it('does not flag the brand owning a mistake or neutral advice', () => {
    expect(categories('Нам надо было предупредить вас заранее.')).toEqual([]);
    expect(categories('You should have received an email.')).toEqual([]);
    expect(categories('Ваша проблема решена.')).toEqual([]);
  });
});

describe('insult', () => {
  it('flags insults in word forms', () => {
    for (const text of ['Только дурак закажет раф', 'Не будьте идиотом', 'Какие дураки', 'What an idiot question', 'Тупые вопросы'])
      expect(categories(text), text).toEqual(['insult']);
  });
  it('ignores look-alike words', () => {
    expect(categories('Упёрлись в тупик, но нашли выход. Идеальный кофе!')).toEqual([]);
  });
});

describe('ad-label', () => {
  it('flags a promotional post without «Реклама» or erid', () => {
    expect(categories('Скидка 20% по промокоду BEANS20!', { kind: 'post' })).toEqual(['ad-label']);
    expect(categories('Наш партнёр дарит десерт: https://zernoipar.ru/promo', { kind: 'post' })).toEqual(['ad-label']);
  });
  it('accepts labelled posts and never checks replies', () => {
    expect(categories('Реклама. ИП Иванов. erid: 2Vtzqv. Скидка 10% по промокоду TURKA10', { kind: 'post' })).toEqual([]);
    expect(categories('Скидка 20% по промокоду BEANS20', { kind: 'reply' })).toEqual([]);
    expect(categories('Мы открылись после ремонта, ждём вас', { kind: 'post' })).toEqual([]);
  });
});

describe('ai-leak', () => {
  it('flags assistant boilerplate and unfilled placeholders', () => {
    for (const text of ['Как языковая модель, я не могу', 'As an AI language model, I cannot', 'Конечно! Вот вариант ответа: Здравствуйте', 'Здравствуйте, {name}!', 'Здравствуйте, [Имя клиента]!', 'Hi {{first_name}},',
      "Certainly! Here's the rewrite you asked for:"])
      expect(categories(text), text).toEqual(['ai-leak']);
  });
  it('ignores ordinary brackets and a human "конечно"', () => {
    expect(categories('Конечно! Вот ссылка на меню: https://zernoipar.ru/menu')).toEqual([]);
    expect(categories('См. пункт [3] правил')).toEqual([]);
  });
});

describe('length', () => {
  it('flags the overflow past the platform limit, counting code points', () => {
    const text = 'a'.repeat(279) + '😀😀';
    const [finding] = find(text, 'length', { platform: 'x' });
    expect(finding).toMatchObject({ start: 281, end: 283 });
    expect(categories('a'.repeat(279) + '😀', { platform: 'x' })).toEqual([]);
    expect(categories('a'.repeat(300), { platform: 'vk' })).toEqual([]);
    expect(categories('a'.repeat(300))).toEqual([]);
  });
});

describe('link.unknown', () => {
  it('flags foreign domains and shorteners, allows the brand and its subdomains', () => {
    expect(categories('Меню: https://bit.ly/zp-menu')).toEqual(['link.unknown']);
    expect(categories('Анкета: forms.gle/abc')).toEqual(['link.unknown']);
    expect(categories('Меню на https://zernoipar.ru/menu и shop.zernoipar.ru')).toEqual([]);
    expect(categories('Не путайте с zernoipar.ru.evil.com/login')).toEqual(['link.unknown']);
  });
});
