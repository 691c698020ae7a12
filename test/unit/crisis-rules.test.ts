import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { crisisLogToCsv } from '../../lib/crisis/csv';
import { maskLoggedText } from '../../lib/crisis/mask';
import { crisisPlaybook, isHoldingStatement, replyScenario } from '../../lib/crisis/playbook';
import { crisisBanner, crisisFromPack, crisisInForce, crisisSlaPolicy, effectiveSlaPolicy } from '../../lib/crisis/state';
import { DEFAULT_POLICY } from '../../lib/engine/sla';
import { crisisOrder, type CrisisCandidate } from '../../lib/engine/suggest/crisis-order';
import { createToneChecker } from '../../lib/engine/tone';
import { createTrustedToneChecker } from '../../lib/engine/tone/trusted';
import { CRISIS_SCENARIOS, CrisisStateSchema, PackCrisisSchema, type CrisisLogRecord } from '../../lib/schema/crisis';
import { PackSchema } from '../../lib/schema/pack';
import { DEFAULT_PROFILE } from '../../lib/schema/profile';
import { countCrisisLog, listCrisisLog, recordCrisisReplies } from '../../lib/storage/crisis-log';
import { db, TrustOpsDb } from '../../lib/storage/db';
import { saveSettings } from '../../lib/storage/settings';
import { crisisSuggestions, forgetCrisisState } from '../../entrypoints/background/crisis-suggestions';

const checker = createToneChecker();
const crisisIds = (text: string, crisis = true) => [
  ...new Set(checker.check(text, { crisis }).filter((f) => f.category === 'crisis' || f.category === 'no-comment').map((f) => `${f.ruleId}/${f.severity}`)),
];

/** Good crisis replies: an apology or acknowledgement, a time to come back, nothing flippant. */
const GOOD = {
  ru: 'Приносим извинения за сбой. Мы знаем о проблеме и вернёмся с ответом в течение часа.',
  en: 'We are sorry for the outage. We are aware of the issue and will update you within an hour.',
};

describe('crisis rules', () => {
  it.each(Object.entries(GOOD))('stay quiet on a good crisis reply (%s)', (_lang, text) => {
    expect(checker.check(text, { crisis: true })).toEqual([]);
  });

  it.each([
    ['ru', 'Приносим извинения, вернёмся в течение часа 🙏', 'crisis:emoji/block'],
    ['ru', 'Приносим извинения, вернёмся в течение часа :)', 'crisis:emoji/block'],
    ['en', 'We are sorry, we will update you within an hour 😅', 'crisis:emoji/block'],
    ['ru', 'Приносим извинения, это не шутка, вернёмся в течение часа.', 'crisis:joke/block'],
    ['ru', 'Хаха, приносим извинения, вернёмся в течение часа.', 'crisis:joke/block'],
    ['ru', 'Приносим извинения, вернёмся в течение часа)))', 'crisis:joke/block'],
    ['en', 'lol we are sorry, we will update you within an hour.', 'crisis:joke/block'],
    ['en', 'Haha, we are sorry, we will update you within an hour.', 'crisis:joke/block'],
    ['ru', 'Приносим извинения, вернёмся в течение часа. Держите промокод на скидку!', 'crisis:promo/block'],
    ['en', 'We are sorry, we will update you within an hour. Enjoy 20% off your next order.', 'crisis:promo/block'],
    ['en', 'We are sorry, we will update you within an hour: https://shop.example/sale', 'crisis:promo/block'],
    ['ru', 'Без комментариев, вернёмся в течение часа, извините.', 'no-comment/block'],
    ['en', 'No comment. We are sorry and will update you within an hour.', 'no-comment/block'],
    ['ru', 'Мы уже разбираемся и вернёмся с ответом в течение часа.', 'crisis:no-apology/warn'],
    ['en', 'The team is looking into it and will update you within an hour.', 'crisis:no-apology/warn'],
    ['ru', 'Приносим извинения, мы уже разбираемся с проблемой.', 'crisis:no-eta/warn'],
    ['en', 'We are sorry, the team is already looking into it.', 'crisis:no-eta/warn'],
  ])('fire (%s): %s', (_lang, text, expected) => {
    expect(crisisIds(text)).toContain(expected);
    // Each draft breaks only the rule it is about (the others stay quiet on it).
    expect(crisisIds(text)).toEqual([expected]);
  });

  it('run only in a crisis: the same joke with an emoji is no finding of theirs outside one', () => {
    const joke = 'Ахаха, ну вы даёте 😂 всё работает)))';
    expect(crisisIds(joke, false)).toEqual([]);
    expect(crisisIds(joke)).toEqual(expect.arrayContaining(['crisis:joke/block', 'crisis:emoji/block']));
  });

  it('run when the background says a crisis is in force (the profile flag), and an option can say otherwise', () => {
    const inCrisis = createTrustedToneChecker({ ...DEFAULT_PROFILE, crisis: true }, []);
    expect(inCrisis.check('Не переживайте 😊').map((f) => f.ruleId)).toContain('crisis:emoji');
    expect(inCrisis.check('Не переживайте 😊', { crisis: false }).map((f) => f.ruleId)).not.toContain('crisis:emoji');
    expect(createTrustedToneChecker(DEFAULT_PROFILE, []).check('Не переживайте 😊').map((f) => f.ruleId)).not.toContain('crisis:emoji');
  });

  it('are not the profile’s to soften: no-comment blocks in a crisis even when the profile turned it off', () => {
    const lenient = createToneChecker({ severities: { 'no-comment': 'off', crisis: 'off', 'crisis:emoji': 'info' } });
    expect(lenient.check('Без комментариев.').map((f) => f.ruleId)).toEqual([]);
    const found = lenient.check('Без комментариев 😐', { crisis: true }).map((f) => `${f.ruleId}/${f.severity}`);
    expect(found).toEqual(expect.arrayContaining(['no-comment/block', 'crisis:emoji/block']));
  });

  it('leave quotations, ©/™ marks and times alone', () => {
    expect(crisisIds('Приносим извинения, вернёмся с ответом до 18:30. Вы процитировали «ахаха, лол» из чужого поста.')).toEqual([]);
    expect(crisisIds('We are sorry. Brand™ © 2026 will update you by 8:30 today.')).toEqual([]);
  });

  it('judge a missing apology or time only once the draft says something (four words)', () => {
    expect(crisisIds('Здравствуйте')).toEqual([]);
    expect(crisisIds('Hello there')).toEqual([]);
  });
});

describe('the default crisis playbook', () => {
  const playbook = crisisPlaybook();

  it('is a valid pack covering every scenario in ru and en with a holding statement and a follow-up each', () => {
    expect(PackSchema.safeParse(playbook).success).toBe(true);
    for (const scenario of CRISIS_SCENARIOS)
      for (const lang of ['ru', 'en'])
        for (const kind of ['holding', 'follow-up']) {
          const found = playbook.replies.filter((r) => r.lang === lang && replyScenario(r) === scenario && r.tags.includes(kind) && r.tags.includes('crisis'));
          expect(found, `${scenario} ${lang} ${kind}`).toHaveLength(1);
        }
  });

  it('passes its own crisis rules: every reply apologises or acknowledges, names a time, and never jokes or sells', () => {
    for (const reply of playbook.replies) expect(checker.check(reply.body, { crisis: true }), reply.id).toEqual([]);
  });
});

describe('crisis ordering of suggestions', () => {
  const playbook = crisisPlaybook().replies.map((r) => ({ ...r, packId: 'crisis-playbook', score: 0 }));
  const usual: (CrisisCandidate & { score: number })[] = [
    { id: 'delivery', packId: 'starter', tags: ['общее'], lang: 'ru', score: 3 },
    { id: 'refund', packId: 'starter', tags: ['общее'], lang: 'ru', score: 2 },
  ];

  it('puts holding statements in the message’s language first, then the usual list', () => {
    const ordered = crisisOrder<CrisisCandidate>('приложение не работает', usual, [], playbook, { k: 5 });
    expect(ordered.slice(0, 2).every((r) => isHoldingStatement({ tags: [...r.tags] }) && r.lang === 'ru')).toBe(true);
    expect(ordered.slice(2).map((r) => r.id)).toEqual(['delivery', 'refund']);
  });

  it('leads with the declared scenario, then what the message matched', () => {
    const matched = playbook.filter((r) => r.id === 'leak-holding-en' || r.id === 'leak-followup-en');
    const ordered = crisisOrder<CrisisCandidate>('is my data leaked?', usual, matched, playbook, { k: 4, scenario: 'hijacked-account' });
    expect(ordered.map((r) => r.id)).toEqual(['hijack-holding-en', 'leak-holding-en', 'leak-followup-en', 'delivery']);
  });

  it('keeps to k and repeats nothing', () => {
    const ordered = crisisOrder<CrisisCandidate>('сбой', [...usual, playbook[0]!], [playbook[0]!], playbook, { k: 3 });
    expect(ordered).toHaveLength(3);
    expect(new Set(ordered.map((r) => `${r.packId}/${r.id}`)).size).toBe(3);
  });
});

describe('a crisis declared without a scenario', () => {
  afterEach(async () => {
    db().close();
    await Dexie.delete(db().name);
  });
  const startsAt = new Date(Date.now() - 60_000).toISOString();
  const leading = async (reason: string, message: string) => {
    await saveSettings({ crisis: { active: true, reason, contacts: [], source: 'user', startsAt } });
    forgetCrisisState(); // as the background does when the settings change
    const ordered = await crisisSuggestions([]).order(message, 'generic', 3, []);
    return ordered[0]?.id;
  };

  it('is read from its reason: the holding statement of that scenario leads, whatever the message', async () => {
    expect(await leading('Payments are down in the app', 'Where is my refund? I want my money back.')).toBe('outage-holding-en');
    expect(await leading('Сбой оплаты в приложении', 'Где мой заказ? Курьер опаздывает')).toBe('outage-holding-ru');
    expect(await leading('Слухи об утечке данных клиентов', 'Где мой заказ? Курьер опаздывает')).toBe('leak-holding-ru');
    expect(await leading('Our account was hacked, strange posts', 'Where is my refund?')).toBe('hijack-holding-en');
  });
});

describe('crisis state', () => {
  const now = Date.parse('2026-12-04T10:00:00Z');
  const on = CrisisStateSchema.parse({ active: true, reason: 'Сбой оплаты', startsAt: '2026-12-04T09:00:00Z', endsAt: '2026-12-04T18:00:00Z', contacts: ['PR: @anna'] });

  it('is in force between its start and end only while switched on', () => {
    expect(crisisInForce(on, now)).toBe(true);
    expect(crisisInForce({ ...on, active: false }, now)).toBe(false);
    expect(crisisInForce(on, Date.parse('2026-12-04T18:00:00Z'))).toBe(false);
    expect(crisisInForce(on, Date.parse('2026-12-04T08:59:00Z'))).toBe(false);
    expect(crisisBanner(on, now)).toEqual({ reason: 'Сбой оплаты', endsAt: '2026-12-04T18:00:00Z', contacts: ['PR: @anna'], source: 'user' });
    expect(crisisBanner(on, Date.parse('2026-12-05T00:00:00Z'))).toBeNull();
  });

  it('tightens the SLA targets, never loosens them, and leaves the policy alone outside a crisis', () => {
    expect(crisisSlaPolicy(DEFAULT_POLICY, {})).toMatchObject({ firstReplyMinutes: 30, nextReplyMinutes: 60, timezone: DEFAULT_POLICY.timezone });
    expect(crisisSlaPolicy({ ...DEFAULT_POLICY, firstReplyMinutes: 10 }, {}).firstReplyMinutes).toBe(10);
    expect(crisisSlaPolicy(DEFAULT_POLICY, { firstReplyMinutes: 15 }).firstReplyMinutes).toBe(15);
    expect(effectiveSlaPolicy(DEFAULT_POLICY, on, now).firstReplyMinutes).toBe(30);
    expect(effectiveSlaPolicy(DEFAULT_POLICY, { ...on, active: false }, now)).toBe(DEFAULT_POLICY);
  });

  it('follows a team pack: its declaration turns it on, a later version without one turns it off', () => {
    const declared = PackCrisisSchema.parse({ reason: 'Outage', endsAt: '2026-12-04T20:00:00Z', contacts: ['@lead'] });
    const off = CrisisStateSchema.parse({});
    const next = crisisFromPack('team', declared, off, new Date(now));
    expect(next).toMatchObject({ active: true, source: 'pack', packId: 'team', reason: 'Outage', startsAt: new Date(now).toISOString() });
    expect(crisisFromPack('team', declared, next!, new Date(now + 60_000))).toBeUndefined(); // unchanged: keeps its start
    expect(crisisFromPack('other', undefined, next!, new Date(now))).toBeUndefined();
    expect(crisisFromPack('team', undefined, next!, new Date(now))).toMatchObject({ active: false });
    expect(crisisFromPack('team', undefined, on, new Date(now))).toBeUndefined(); // the user's own crisis stays
    expect(PackCrisisSchema.safeParse({ reason: 'x' }).success).toBe(false); // a lead names the end
  });
});

describe('crisis log', () => {
  const record = (id: string, at: number, text = 'Приносим извинения'): CrisisLogRecord => ({
    id: `t\u0001${id}`, threadId: 't', messageId: id, at, platform: 'vk', site: 'vk', title: 'Anna', url: 'https://vk.com/im?sel=1',
    text, crisisReason: 'Сбой', crisisStartedAt: '2026-12-04T09:00:00.000Z', source: 'user',
  });
  let database: TrustOpsDb | undefined;
  afterEach(async () => {
    database?.close();
    if (database) await Dexie.delete(database.name);
  });

  it('masks personal data', () => {
    expect(maskLoggedText('Позвоните +7 999 123-45-67 или anna@mail.ru')).toBe('Позвоните +• ••• •••-45-67 или •••@mail.ru');
  });

  it('stores a reply once and exports CSV with formulas defused', async () => {
    database = new TrustOpsDb(`crisis-log-${Math.random().toString(36).slice(2)}`);
    expect(await recordCrisisReplies([record('1', 2000), record('2', 1000, '=HYPERLINK("x")')], database)).toBe(2);
    expect(await recordCrisisReplies([record('1', 3000, 'changed')], database)).toBe(0);
    expect(await countCrisisLog(database)).toBe(2);
    const csv = crisisLogToCsv(await listCrisisLog(database));
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('sent_at,platform,site,thread,title,url,reply,crisis_reason,crisis_started_at,declared_by');
    expect(lines[1]).toContain(`'=HYPERLINK`);
    expect(lines[2]).toContain('Приносим извинения');
  });
});
