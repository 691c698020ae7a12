/**
 * Precision rules of the tone checker (issue 9, point 5): texts that look like a problem to a naive
 * matcher but are not, next to the real problem they must still catch. All sentences written for
 * this test.
 */
import { describe, expect, it } from 'vitest';
import { createToneChecker } from '../../lib/engine/tone';
import { categories, checker } from './tone-helpers';

const find = (text: string, category: string, options?: Parameters<typeof checker.check>[1]) =>
  checker.check(text, options).filter((f) => f.category === category);
const post = { kind: 'post' } as const;

describe('address-form: morphology, quotes and generic «ты»', () => {
  it('does not read participles and adverbs as «ты» imperatives', () => {
    for (const text of [
      'Это был запоминающийся вечер.',
      'Мы заметили движущийся объект на парковке.',
      'Суд признал сделку состоявшейся.',
      'Пожалуй, начнём с главного.',
      'Это обычный случай, такое бывает.',
    ])
      expect(categories(text), text).toEqual([]);
  });
  it('still catches imperatives with the same ending and 2nd-person verbs', () => {
    expect(categories('Присоединяйся к нашему клубу!')).toEqual(['address-form']);
    expect(categories('Не смейся, это правда.')).toEqual(['address-form']);
    expect(categories('Прокачай свой английский за месяц.')).toEqual(['address-form']);
  });
  it('leaves quoted words and generic statements alone', () => {
    expect(categories('В ответ на «ты мне должен» мы объяснили условия.')).toEqual([]);
    expect(categories('Каждому нужен друг, который поддержит тебя в трудный день.')).toEqual([]);
    expect(categories('Работать из дома — удобно: и высыпаешься, и не тратишь время на дорогу.')).toEqual([]);
    expect(categories('А ты уже выбрал подарок?')).toEqual(['address-form']);
  });
});

describe('no-comment: only the brand refusing', () => {
  it('ignores reported refusals of others', () => {
    for (const text of [
      'Представители ведомства не комментировали инцидент.',
      'В компании отказались от комментариев.',
      'The airline declined to comment on the delay.',
    ])
      expect(categories(text), text).toEqual([]);
  });
  it('flags the brand refusing, in first person or by its name', () => {
    expect(categories('Ситуацию с поставщиком мы комментировать не будем.')).toEqual(['no-comment']);
    expect(categories('Комментариев по поводу слухов о закрытии кофеен не даём.')).toEqual(['no-comment']);
    expect(categories("We won't be commenting on the rumours.")).toEqual(['no-comment']);
    expect(categories('«Зерно и Пар» не будет комментировать эту публикацию.')).toEqual(['no-comment']);
  });
});

describe('shouting: abbreviations, names, headings, quotes', () => {
  it('knows common abbreviations and names in the other alphabet', () => {
    expect(categories('Наблюдатели ОБСЕ и сотрудники УФСИН встретились в четверг.')).toEqual([]);
    expect(categories('The museum opened a new WWII exhibition and an IELTS prep room.')).toEqual([]);
    expect(categories('Учения прошли с системами HIMARS, сообщили журналисты.')).toEqual([]);
  });
  it('skips heading lines, hashtags, quoted words and named projects', () => {
    expect(categories('1.1 ПОДГОТОВКА\nСначала установите приложение.')).toEqual([]);
    expect(categories('Новости недели #ВАЖНОЕ здесь.')).toEqual([]);
    expect(categories('Вы написали «ГДЕ МОЙ ЗАКАЗ» — он уже у курьера.')).toEqual([]);
    expect(categories('Мы запускаем проект ЛАСТОЧКА в сентябре.')).toEqual([]);
  });
  it('treats a brand name in any case form as the brand', () => {
    const brand = createToneChecker({ brandNames: ['РАКЕТА'] });
    expect(brand.check('Клиентам РАКЕТЫ доставка бесплатно.').filter((f) => f.category === 'shouting')).toEqual([]);
  });
  it('still flags a raised voice', () => {
    expect(categories('Мы СРОЧНО всё исправим.')).toEqual(['shouting']);
    expect(categories('ТОЛЬКО СЕГОДНЯ: кофе дешевле!')).toEqual(['shouting']);
  });
});

describe('ai-leak placeholders: not URL escapes or code', () => {
  it('ignores percent-escapes in links and code braces', () => {
    expect(find('Подробнее: https://example.ru/search?q=%D0%BA%D0%BE%D1%84%D0%B5%20', 'ai-leak')).toEqual([]);
    expect(find('Пример: if (x) { return y; } — и всё работает.', 'ai-leak')).toEqual([]);
    expect(find('Вакансия «Ведущий [ЦОД ИТ]» открыта.', 'ai-leak')).toEqual([]);
  });
  it('still flags slots and date masks', () => {
    expect(find('Здравствуйте, {name}!', 'ai-leak')).toHaveLength(1);
    expect(find('Доступ восстановлен с ДД.ММ.', 'ai-leak')).toHaveLength(1);
    expect(find('Вариант 2 (короче):\nЗаказ уже в пути.', 'ai-leak')).toHaveLength(1);
  });
});

describe('pii.phone: company numbers are a hint, not a block', () => {
  it('reports a toll-free number outside the profile as info', () => {
    const [phone] = find('Call our billing team at 888-555-0199 any time.', 'pii.phone');
    expect(phone?.ruleId).toBe('pii.phone:business');
    expect(phone?.severity).toBe('info');
    const [ru] = find('Звоните на линию 8 800 200-00-00.', 'pii.phone');
    expect(ru?.severity).toBe('info');
  });
  it('lets the profile decide the severity of business numbers', () => {
    const strict = createToneChecker({ severities: { 'pii.phone:business': 'warn' } });
    expect(strict.check('Звоните на линию 8 800 200-00-00.')[0]?.severity).toBe('warn');
    const quiet = createToneChecker({ severities: { 'pii.phone:business': 'off' } });
    expect(quiet.check('Звоните на линию 8 800 200-00-00.')).toEqual([]);
  });
  it('still blocks a personal mobile number', () => {
    expect(find('Номер курьера +7 916 123-45-67.', 'pii.phone')[0]?.severity).toBe('block');
  });
});

describe('overpromise: negation and 100%', () => {
  it('does not read a negated guarantee as a promise', () => {
    for (const text of ['We are not able to guarantee delivery by Friday.', 'Мы не можем гарантировать, что курьер успеет.', 'Гарантировать сроки не можем, но постараемся.'])
      expect(categories(text), text).toEqual([]);
  });
  it('tells a certainty from an amount', () => {
    expect(categories('Посылка придёт вовремя, 100%.')).toEqual(['overpromise']);
    expect(categories('Your data is 100% safe with us.')).toEqual(['overpromise']);
    expect(categories('We refund 100% of the ticket price.')).toEqual([]);
    expect(categories('Скидка 100% на вторую чашку — это наша акция для сотрудников.')).toEqual([]);
  });
  it('catches certainty about outcomes', () => {
    expect(categories('Курьер точно приедет через пять минут.')).toEqual(['overpromise']);
    expect(categories('This charger will never let you down.')).toEqual(['overpromise']);
  });
});

describe('blame: advice is not blame', () => {
  it('does not flag advice or "not your fault"', () => {
    expect(categories('Рекомендуем внимательно читать условия перед оплатой.')).toEqual([]);
    expect(categories('Если поломка произошла не по вашей вине, заменим устройство.')).toEqual([]);
    expect(categories('Если вы неправильно ввели код, запросите новый.')).toEqual([]);
    expect(categories('Сам водитель не пострадал.')).toEqual([]);
  });
  it('flags the customer being blamed', () => {
    expect(categories('Вы неправильно подключили роутер.')).toEqual(['blame']);
    expect(categories('Вы сами удалили приложение, поэтому данные пропали.')).toEqual(['blame']);
    expect(categories('Посылка вернулась, потому что вы не забрали её вовремя.')).toEqual(['blame']);
    expect(categories('You should have cancelled a day earlier.')).toEqual(['blame']);
  });
});

describe('insult', () => {
  it('flags insults about people in any position', () => {
    expect(categories('Only a clown would complain about free refills.')).toEqual(['insult']);
    expect(categories('Очередной клоун решил поспорить с бариста.')).toEqual(['insult']);
    expect(categories('Конкуренты-неудачники опять копируют меню.')).toEqual(['insult']);
  });
  it('leaves things and costumes alone', () => {
    expect(categories('Приложение иногда тупит, обновите его.')).toEqual([]);
    expect(categories('Нож оказался тупой, заменим.')).toEqual([]);
    expect(categories('На праздник можно прийти в костюме клоуна.')).toEqual([]);
  });
});

describe('ad-label: the three legal marks', () => {
  it('does not read shares, protests or news prices as ads', () => {
    expect(categories('Акции Google подорожали после отчёта.', post)).toEqual([]);
    expect(categories('В центре прошла акция протеста против вырубки парка.', post)).toEqual([]);
    expect(categories('Дом в пригороде выставили на продажу за 9 000 000 ₽.\n\nПодписаться (https://t.me/example_news)', post)).not.toContain(
      'ad-label',
    );
  });
  it('names what is missing', () => {
    const [none] = find('Скидка 15% на десерты по промокоду SWEET15!', 'ad-label', post);
    expect(none?.message).toContain('«Реклама»');
    expect(none?.message).toContain('erid');
    const [noErid] = find('Реклама. ООО «Ромашка», ИНН 7701234567. Скидка 15% по промокоду SWEET15.', 'ad-label', post);
    expect(noErid?.message).toContain('erid');
    expect(noErid?.message).not.toContain('«Реклама»');
    const [noAdvertiser] = find('Реклама. erid: 2Vtzq1. Скидка 15% по промокоду SWEET15.', 'ad-label', post);
    expect(noAdvertiser?.message).toContain('рекламодателя');
  });
  it('accepts an ad whose erid and advertiser site sit in the link target', () => {
    expect(find('Реклама. Скидка 15% на десерты: https://romashka.ru/sale?erid=2Vtzq1', 'ad-label', post)).toEqual([]);
  });
});

describe('link.unknown: code is not a link', () => {
  it('ignores dotted names in code', () => {
    expect(find('Выведите имя так: print(cat.name) — и всё.', 'link.unknown')).toEqual([]);
    expect(find('Присвойте user.name = "Анна" в конфиге.', 'link.unknown')).toEqual([]);
  });
  it('still reports real links and ends a link at its bracket', () => {
    const [link] = find('Подробности (https://example.com/a)здесь.', 'link.unknown');
    expect(link && 'Подробности (https://example.com/a)здесь.'.slice(link.start, link.end)).toBe('https://example.com/a');
  });
});

describe('pii.passport', () => {
  it('reads a series and number spelled out', () => {
    expect(categories('Паспорт: серия 40 12, номер 345678.')).toEqual(['pii.passport']);
  });
});

describe('ambiguous forms and quoted speech', () => {
  it('reads «пришли» as a past plural unless a request starts with it', () => {
    expect(categories('Соседи пришли на помощь и вызвали мастера.')).toEqual([]);
    expect(categories('Пришли, пожалуйста, фото чека.')).toEqual(['address-form']);
  });
  it('keeps generic openers generic but imperatives addressed', () => {
    expect(categories('Когда изучаешь новый язык без учебника, всё идёт медленнее.')).toEqual([]);
    expect(categories('Иногда думаешь, что ты уже всё знаешь.')).toEqual([]);
    expect(categories('Когда будешь готов, напиши нам.')).toEqual(['address-form']);
  });
  it('does not confuse «какую» with «как», or advice with blame', () => {
    expect(categories('Ответьте на три вопроса и узнайте, на какую модель телефона вы похожи.')).toEqual([]);
    expect(categories('Тогда вам стоит обратиться в сервисный центр.')).toEqual([]);
    expect(categories('Вам стоило проверить адрес.')).toEqual(['blame']);
  });
  it('does not take a quoted refusal for the brand’s own', () => {
    expect(categories('«Этот вопрос не комментируем», — ответили в ведомстве.')).toEqual([]);
  });
  it('reads a named guarantee policy as a fact', () => {
    expect(categories('Returns are covered by our Money Back Guarantee.')).toEqual([]);
    expect(categories('We guarantee your parcel arrives tomorrow.')).toEqual(['overpromise']);
  });
  it('needs an offer for «дарит», and a heading never ends with "!"', () => {
    expect(categories('Мошенник представляется курьером и дарит подарки, а потом звонит.', post)).toEqual([]);
    expect(categories('Партнёр дарит 10% на первый заказ: https://example.com/shop', post)).toContain('ad-label');
    expect(categories('ВЫ ТОЛЬКО ПОСМОТРИТЕ!\nКофейня открылась.', post)).toContain('shouting');
  });
  it('treats a self-declared partner post as promotion', () => {
    expect(categories('Учитесь программировать на курсах: https://example.com/courses\n\n#партнёрский пост', post)).toContain('ad-label');
  });
});

describe('reported promises, bond coupons and look-alike words', () => {
  it('does not take someone else’s guarantee or a negated 100% for the brand’s promise', () => {
    expect(categories('Власти сообщили, что гарантируют выплаты всем пострадавшим.')).toEqual([]);
    expect(categories('Мы не можем ничего гарантировать на 100%.')).toEqual([]);
    expect(createToneChecker({ brandNames: ['Ракета'] }).check('Ракета гарантирует доставку за час.').map((f) => f.category)).toEqual([
      'overpromise',
    ]);
  });
  it('does not read a bond coupon as a promo code', () => {
    expect(categories('Купонный доход по облигациям выплачивают дважды в год.', post)).toEqual([]);
  });
  it('keeps «самый» and a plain question out of blame', () => {
    expect(categories('Это самый быстрый способ доставки.')).toEqual([]);
    expect(categories('Что вы хотели уточнить по заказу?')).toEqual([]);
    expect(categories('Кто вам мешал проверить заказ при курьере?')).toEqual(['blame']);
  });
});
