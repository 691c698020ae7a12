import { describe, expect, it } from 'vitest';
import { applyAllFixes, applyFix, BUILTIN_FIX_KINDS, fixRange, type BuiltinFixKind, type ToneFinding } from '../../lib/engine/tone';
import { IRREGULAR_VERBS, PRONOUNS, SHORT_ADJECTIVES, SHORT_VERBS } from '../../lib/engine/tone/detectors/address-form';
import { GUARANTEE_REWRITES } from '../../lib/engine/tone/detectors/overpromise';
import { checker, readDrafts, repoRoot } from './tone-helpers';
import { resolve } from 'node:path';

/**
 * One-click fixes must leave a grammatical draft. Each case applies the fix of one finding (the one
 * with `kind` over the words `flagged`) and states the whole resulting sentence.
 */
interface FixCase {
  kind: BuiltinFixKind;
  draft: string;
  /** The flagged words of the finding whose fix is applied. */
  flagged: string;
  after: string;
}

const CASES: FixCase[] = [
  // Russian guarantees: the verb becomes an effort, agreeing with its subject; «на 100%» goes too.
  { kind: 'overpromise:ru-promise', draft: 'Гарантируем возврат денег.', flagged: 'Гарантируем', after: 'Постараемся обеспечить возврат денег.' },
  { kind: 'overpromise:ru-promise', draft: 'Мы гарантируем возврат денег.', flagged: 'гарантируем', after: 'Мы постараемся обеспечить возврат денег.' },
  { kind: 'overpromise:ru-promise', draft: 'Спасибо! Мы гарантируем возврат денег на 100%.', flagged: 'гарантируем', after: 'Спасибо! Мы постараемся обеспечить возврат денег.' },
  { kind: 'overpromise:ru-promise', draft: 'Гарантируем возврат денег на 100%.', flagged: 'Гарантируем', after: 'Постараемся обеспечить возврат денег.' },
  { kind: 'overpromise:ru-promise', draft: 'Мы на 100% гарантируем качество.', flagged: 'гарантируем', after: 'Мы постараемся обеспечить качество.' },
  { kind: 'overpromise:ru-promise', draft: '100% гарантируем возврат.', flagged: 'гарантируем', after: 'Постараемся обеспечить возврат.' },
  { kind: 'overpromise:ru-promise', draft: 'Гарантируем возврат 100% стоимости.', flagged: 'Гарантируем', after: 'Постараемся обеспечить возврат 100% стоимости.' },
  { kind: 'overpromise:ru-promise', draft: 'Качество гарантируем!', flagged: 'гарантируем', after: 'Качество постараемся обеспечить!' },
  { kind: 'overpromise:ru-promise', draft: 'Гарантирую доставку завтра.', flagged: 'Гарантирую', after: 'Постараюсь обеспечить доставку завтра.' },
  { kind: 'overpromise:ru-promise', draft: 'ГАРАНТИРУЕМ ВОЗВРАТ', flagged: 'ГАРАНТИРУЕМ', after: 'ПОСТАРАЕМСЯ ОБЕСПЕЧИТЬ ВОЗВРАТ' },
  { kind: 'overpromise:ru-that', draft: 'Мы гарантируем, что посылка придёт до пятницы.', flagged: 'гарантируем', after: 'Мы надеемся, что посылка придёт до пятницы.' },
  { kind: 'overpromise:ru-that', draft: 'Я гарантирую, что заказ придёт вовремя.', flagged: 'гарантирую', after: 'Я надеюсь, что заказ придёт вовремя.' },
  { kind: 'overpromise:ru-that', draft: 'Гарантируем на 100%, что кофе будет горячим.', flagged: 'Гарантируем', after: 'Надеемся, что кофе будет горячим.' },
  { kind: 'overpromise:ru-that', draft: 'Гарантируем вам, что всё исправим.', flagged: 'Гарантируем', after: 'Надеемся, что всё исправим.' },
  { kind: 'overpromise:ru-that', draft: 'Мы гарантируем, что посылка придёт 100%.', flagged: 'гарантируем', after: 'Мы надеемся, что посылка придёт.' },
  // English: the subject stays and agrees ("we … our", "I … my"); "100%" goes with the guarantee.
  { kind: 'overpromise:en-promise', draft: 'We guarantee a refund.', flagged: 'guarantee', after: 'We will do our best to ensure a refund.' },
  { kind: 'overpromise:en-promise', draft: 'We guarantee a refund 100%.', flagged: 'guarantee', after: 'We will do our best to ensure a refund.' },
  { kind: 'overpromise:en-promise', draft: 'Thanks! We guarantee a 100% refund.', flagged: 'guarantee', after: 'Thanks! We will do our best to ensure a refund.' },
  { kind: 'overpromise:en-promise', draft: 'We 100% guarantee a refund.', flagged: 'guarantee', after: 'We will do our best to ensure a refund.' },
  { kind: 'overpromise:en-promise', draft: 'We GUARANTEE a refund 100%.', flagged: 'GUARANTEE', after: 'We WILL DO OUR BEST TO ENSURE a refund.' },
  { kind: 'overpromise:en-promise', draft: 'I guarantee delivery by Friday.', flagged: 'guarantee', after: 'I will do my best to ensure delivery by Friday.' },
  { kind: 'overpromise:en-that', draft: 'We guarantee that your parcel will arrive by Friday.', flagged: 'guarantee', after: 'We expect that your parcel will arrive by Friday.' },
  { kind: 'overpromise:en-that', draft: 'I guarantee you that it will work.', flagged: 'guarantee', after: 'I expect that it will work.' },
  { kind: 'overpromise:en-that', draft: 'We guarantee that it will arrive, 100%.', flagged: 'guarantee', after: 'We expect that it will arrive.' },
  // "100%" on its own: dropped where it only qualifies a word.
  { kind: 'overpromise:hundred', draft: 'Мы на 100% уверены, что всё получится.', flagged: '100%', after: 'Мы уверены, что всё получится.' },
  { kind: 'overpromise:hundred', draft: 'Уверены на 100%.', flagged: '100%', after: 'Уверены.' },
  { kind: 'overpromise:hundred', draft: 'Заказ 100% придёт завтра.', flagged: '100%', after: 'Заказ придёт завтра.' },
  { kind: 'overpromise:hundred', draft: 'Сто процентов, придёт завтра.', flagged: 'Сто процентов', after: 'Придёт завтра.' },
  { kind: 'overpromise:hundred', draft: 'Стопроцентная гарантия возврата.', flagged: 'Стопроцентная', after: 'Гарантия возврата.' },
  { kind: 'overpromise:hundred', draft: 'We are 100% sure it will arrive.', flagged: '100%', after: 'We are sure it will arrive.' },
  { kind: 'overpromise:hundred', draft: 'We 100% guarantee a refund.', flagged: '100%', after: 'We guarantee a refund.' },
  // ты → вы, with the verb or short adjective agreed in the same click.
  { kind: 'address-form:pronoun', draft: 'Твой заказ готов.', flagged: 'Твой', after: 'Ваш заказ готов.' },
  { kind: 'address-form:pronoun', draft: 'Напишем тебе завтра.', flagged: 'тебе', after: 'Напишем вам завтра.' },
  { kind: 'address-form:pronoun', draft: 'Расскажем о тебе в блоге.', flagged: 'тебе', after: 'Расскажем о вас в блоге.' },
  { kind: 'address-form:pronoun', draft: 'Твоё мнение важно.', flagged: 'Твоё', after: 'Ваше мнение важно.' },
  { kind: 'address-form:pronoun', draft: 'Ты молодец!', flagged: 'Ты', after: 'Вы молодец!' },
  { kind: 'address-form:pronoun-predicate', draft: 'Ты прав.', flagged: 'Ты', after: 'Вы правы.' },
  { kind: 'address-form:pronoun-predicate', draft: 'Ты, конечно, прав.', flagged: 'Ты', after: 'Вы, конечно, правы.' },
  { kind: 'address-form:pronoun-predicate', draft: 'Ты сделал заказ?', flagged: 'Ты', after: 'Вы сделали заказ?' },
  { kind: 'address-form:pronoun-predicate', draft: 'Спасибо, ты нам очень помог!', flagged: 'ты', after: 'Спасибо, вы нам очень помогли!' },
  { kind: 'address-form:pronoun-predicate', draft: 'Ты уже пришёл?', flagged: 'Ты', after: 'Вы уже пришли?' },
  { kind: 'address-form:pronoun-predicate', draft: 'Ты ошиблась адресом.', flagged: 'Ты', after: 'Вы ошиблись адресом.' },
  { kind: 'address-form:pronoun-predicate', draft: 'Ты записался?', flagged: 'Ты', after: 'Вы записались?' },
  { kind: 'address-form:pronoun-predicate', draft: 'Ты сам виноват.', flagged: 'Ты', after: 'Вы сами виноваты.' },
  { kind: 'address-form:pronoun-predicate', draft: 'Ты можешь прислать номер?', flagged: 'Ты', after: 'Вы можете прислать номер?' },
  { kind: 'address-form:pronoun-predicate', draft: 'Ты мне дашь номер?', flagged: 'Ты', after: 'Вы мне дадите номер?' },
  { kind: 'address-form:pronoun-predicate', draft: 'Тебе понравится, ты увидишь.', flagged: 'ты', after: 'Тебе понравится, вы увидите.' },
  { kind: 'address-form:verb', draft: 'Ты можешь прислать номер?', flagged: 'можешь', after: 'Вы можете прислать номер?' },
  { kind: 'address-form:verb', draft: 'Ты сама всё поймёшь.', flagged: 'поймёшь', after: 'Вы сами всё поймёте.' },
  { kind: 'address-form:verb', draft: 'Можешь прислать номер?', flagged: 'Можешь', after: 'Можете прислать номер?' },
  { kind: 'address-form:verb', draft: 'Мы передадим, получишь завтра.', flagged: 'получишь', after: 'Мы передадим, получите завтра.' },
  { kind: 'address-form:verb', draft: 'Передашь курьеру?', flagged: 'Передашь', after: 'Передадите курьеру?' },
  { kind: 'address-form:verb', draft: 'Ты не волнуешься?', flagged: 'волнуешься', after: 'Вы не волнуетесь?' },
  { kind: 'address-form:verb', draft: 'Ты учишься у нас?', flagged: 'учишься', after: 'Вы учитесь у нас?' },
  { kind: 'address-form:verb', draft: 'Хочешь скидку?', flagged: 'Хочешь', after: 'Хотите скидку?' },
  { kind: 'address-form:verb', draft: 'Что ты ешь на завтрак?', flagged: 'ешь', after: 'Что вы едите на завтрак?' },
  { kind: 'address-form:imperative', draft: 'Напиши нам в личку.', flagged: 'Напиши', after: 'Напишите нам в личку.' },
  { kind: 'address-form:imperative', draft: 'Не волнуйся, всё будет.', flagged: 'волнуйся', after: 'Не волнуйтесь, всё будет.' },
  { kind: 'address-form:imperative', draft: 'Зарегистрируйся на сайте.', flagged: 'Зарегистрируйся', after: 'Зарегистрируйтесь на сайте.' },
  { kind: 'address-form:imperative', draft: 'Заказывай заранее.', flagged: 'Заказывай', after: 'Заказывайте заранее.' },
  // Capitals and repeated marks.
  { kind: 'shouting:caps', draft: 'ВНИМАНИЕ: заказ готов.', flagged: 'ВНИМАНИЕ', after: 'Внимание: заказ готов.' },
  { kind: 'shouting:caps', draft: 'Заказ ГОТОВ, заберите.', flagged: 'ГОТОВ', after: 'Заказ готов, заберите.' },
  { kind: 'shouting:caps', draft: 'СРОЧНО ЗАБЕРИТЕ ЗАКАЗ', flagged: 'СРОЧНО ЗАБЕРИТЕ ЗАКАЗ', after: 'Срочно заберите заказ' },
  { kind: 'shouting:caps', draft: 'Hi, PLEASE CALL ME WHEN I AM BACK.', flagged: 'PLEASE CALL ME WHEN I AM BACK', after: 'Hi, please call me when I am back.' },
  { kind: 'shouting:caps', draft: 'PLEASE READ THIS. Thanks.', flagged: 'PLEASE READ THIS', after: 'Please read this. Thanks.' },
  { kind: 'shouting:punct', draft: 'We are open!!!', flagged: '!!!', after: 'We are open!' },
  { kind: 'shouting:punct', draft: 'Серьёзно?!?!', flagged: '?!?!', after: 'Серьёзно?' },
  { kind: 'shouting:punct', draft: 'Что???', flagged: '???', after: 'Что?' },
  // Card numbers keep the last four digits and their grouping.
  { kind: 'pii.card', draft: 'Карта 5555 5555 5555 4444 списана.', flagged: '5555 5555 5555 4444', after: 'Карта •••• •••• •••• 4444 списана.' },
  { kind: 'pii.card', draft: 'Card 4111111111111111 was charged.', flagged: '4111111111111111', after: 'Card ••••••••••••1111 was charged.' },
];

/** Findings that must stay without a fix: no rewrite of them reads right. */
const NO_FIX: [draft: string, category: string][] = [
  ['We guarantee you a refund.', 'overpromise'],
  ['We can guarantee delivery.', 'overpromise'],
  ['Delivery is guaranteed.', 'overpromise'],
  ['Мы можем гарантировать доставку.', 'overpromise'],
  ['Ручаемся за качество.', 'overpromise'],
  ['Качество 100%.', 'overpromise'],
  ['Деньги вернутся, 100%.', 'overpromise'],
];

const fixOf = (draft: string, kind: BuiltinFixKind, flagged: string): ToneFinding | undefined =>
  checker.check(draft).find((f) => f.fixKind === kind && draft.slice(f.start, f.end) === flagged);

describe('built-in fixes', () => {
  it.each(CASES)('$kind: «$draft» → «$after»', ({ kind, draft, flagged, after }) => {
    const finding = fixOf(draft, kind, flagged);
    expect(finding, `no ${kind} fix over «${flagged}»`).toBeDefined();
    expect(applyFix(draft, finding!)).toBe(after);
  });

  it('every kind of built-in fix has a case', () => {
    for (const kind of BUILTIN_FIX_KINDS) expect(CASES.some((c) => c.kind === kind), kind).toBe(true);
  });

  it('every guarantee rewrite has a case for its subject, before an object and before a clause', () => {
    for (const [words, rewrite] of GUARANTEE_REWRITES) {
      const verb = words.split(' ').pop()!;
      for (const shape of ['promise', 'that'] as const) {
        const kind = `overpromise:${rewrite.lang}-${shape}` as BuiltinFixKind;
        const covered = CASES.some((c) => c.kind === kind && c.draft.toLowerCase().includes(words) && c.flagged.toLowerCase() === verb);
        expect(covered, `${words} (${shape})`).toBe(true);
      }
    }
  });

  it('every ты-pronoun of the table has its вы-form in a sentence', () => {
    for (const [ty, vy] of PRONOUNS) {
      const object = ['тебе', 'тебя', 'тобой', 'тобою'].includes(ty) ? `Спасибо ${ty}!` : `Вот ${ty} заказ.`;
      const draft = ty === 'ты' ? 'Ты молодец!' : object;
      const finding = checker.check(draft).find((f) => f.category === 'address-form');
      expect(finding, ty).toBeDefined();
      const expected = draft.replace(ty === 'ты' ? 'Ты' : ty, ty === 'ты' ? 'Вы' : vy);
      expect(applyFix(draft, finding!), ty).toBe(expected);
    }
  });

  it('every irregular and short verb of the tables is agreed after «ты»', () => {
    for (const [ty, vy] of [...IRREGULAR_VERBS, ...SHORT_VERBS]) {
      const draft = `Ты ${ty} это?`;
      const finding = checker.check(draft).find((f) => f.category === 'address-form' && f.start === 0);
      expect(finding, ty).toBeDefined();
      expect(applyFix(draft, finding!), ty).toBe(`Вы ${vy} это?`);
    }
  });

  it('every short adjective of the table is agreed after «ты»', () => {
    for (const [singular, plural] of SHORT_ADJECTIVES) {
      const draft = `Ты ${singular}.`;
      const finding = checker.check(draft).find((f) => f.category === 'address-form');
      expect(finding?.fixKind, singular).toBe('address-form:pronoun-predicate');
      expect(applyFix(draft, finding!), singular).toBe(`Вы ${plural}.`);
    }
  });

  it.each(NO_FIX)('offers no fix for «%s»', (draft, category) => {
    const found = checker.check(draft).filter((f) => f.category === category);
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) expect(f.fix).toBeUndefined();
  });
});

describe('applying fixes', () => {
  const drafts = [
    ...readDrafts(resolve(repoRoot, 'test/fixtures/dev-data/drafts.jsonl')),
    ...readDrafts(resolve(repoRoot, 'test/fixtures/tone/drafts-extra.jsonl')),
  ];

  it('every built-in fix in the labelled drafts names its kind and leaves no stray space or mark', () => {
    let fixes = 0;
    for (const { text, platform, kind } of drafts)
      for (const f of checker.check(text, { platform, kind })) {
        if (f.fix === undefined) continue;
        fixes++;
        expect(BUILTIN_FIX_KINDS, `${f.ruleId} in «${text}»`).toContain(f.fixKind);
        const range = fixRange(f)!;
        expect(range.start).toBeLessThanOrEqual(f.start);
        expect(range.end).toBeGreaterThanOrEqual(f.end);
        const fixed = applyFix(text, f);
        for (const flaw of ['  ', ' ,', ' .', ',,', ', .'])
          expect(fixed.split(flaw).length, `«${flaw}» in «${fixed}»`).toBeLessThanOrEqual(text.split(flaw).length);
      }
    expect(fixes).toBeGreaterThan(10);
  });

  it('a fix reaching past the flagged words reports its range; others do not', () => {
    const [wide] = checker.check('Мы гарантируем возврат денег на 100%.').filter((f) => f.fixKind === 'overpromise:ru-promise');
    expect(wide).toMatchObject({ start: 3, end: 14, fixEnd: 36, fix: 'постараемся обеспечить возврат денег' });
    expect(wide!.fixStart).toBeUndefined();
    const [narrow] = checker.check('Напиши нам в личку.');
    expect(narrow!.fixStart).toBeUndefined();
    expect(narrow!.fixEnd).toBeUndefined();
    expect(fixRange(narrow!)).toEqual({ start: 0, end: 6, text: 'Напишите' });
  });

  it('leaves the draft as it is for a finding without a fix', () => {
    expect(applyFix('Ручаемся за качество.', { start: 0, end: 8 })).toBe('Ручаемся за качество.');
  });

  it('"fix all" applies every fix at once; of overlapping fixes the widest wins', () => {
    const cases: [string, string][] = [
      [
        'ВНИМАНИЕ!!! Мы гарантируем возврат, напиши нам. Карта 4111 1111 1111 1111, ты сам проверь.',
        'Внимание! Мы постараемся обеспечить возврат, напишите нам. Карта •••• •••• •••• 1111, вы сами проверьте.',
      ],
      [
        'Мы гарантируем возврат денег на 100%, напиши нам завтра!!! Карта 4111 1111 1111 1111, звони.',
        'Мы постараемся обеспечить возврат денег, напишите нам завтра! Карта •••• •••• •••• 1111, звоните.',
      ],
      ['We guarantee a refund 100%!!!', 'We will do our best to ensure a refund!'],
    ];
    for (const [draft, expected] of cases) expect(applyAllFixes(draft, checker.check(draft)), draft).toBe(expected);
  });
});
