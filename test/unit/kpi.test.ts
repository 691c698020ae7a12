import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { computeDialogueKpis, dialogueKpiCsv, type KpiInput, type KpiRange } from '../../lib/engine/kpi';
import { authorize, type Sender } from '../../lib/messaging/authorize';
import { CrisisStateSchema } from '../../lib/schema/crisis';
import { IdeaRecordSchema } from '../../lib/schema/idea';
import { RequestSchema, type RequestInput } from '../../lib/schema/messages';
import { PickRecordSchema } from '../../lib/schema/storage';
import { TrustOpsDb } from '../../lib/storage/db';
import { loadKpiInput } from '../../lib/storage/kpi';
import { saveSettings } from '../../lib/storage/settings';
import { listAudit, recordSendAnyway, recordSentFindings } from '../../lib/storage/tone';
import fixture from '../fixtures/kpi/dialogue.json';

/** Issue 13.3: every dialogue KPI from one fixture, numbers worked out by hand (comments say how). */

const ms = (iso: string) => Date.parse(iso);

// 26 Oct – 30 Nov 2026 in Moscow (UTC+3, no DST): local midnights are 21:00 UTC the day before.
const RANGE: KpiRange = {
  from: ms('2026-10-25T21:00:00Z'),
  to: ms('2026-11-30T21:00:00Z'),
  timezone: 'Europe/Moscow',
  now: ms('2026-12-04T12:00:00Z'),
};

function inputOf(f: typeof fixture): KpiInput {
  return {
    threads: f.threads.map((t) => ({ ...t, status: t.status as 'answered' })),
    events: f.events.map((e) => ({ threadId: e.threadId, at: ms(e.at), direction: e.direction as 'in' | 'out', source: e.source as 'page' })),
    picks: f.picks.map((p) => ({ at: ms(p.at), ...(p.threadId ? { threadId: p.threadId } : {}) })),
    audit: f.audit.map((a) => ({
      kind: (a.kind ?? 'send-anyway') as 'send-anyway' | 'sent-with-findings',
      at: ms(a.at),
      findings: a.categories.map((category) => ({ ruleId: `${category}.rule`, category, severity: 'block', excerpt: '…' })),
    })),
    ideas: f.ideas.map((i) => ({ createdAt: i.createdAt, status: i.status as 'open', doneAt: i.doneAt })),
    crisisLog: f.crisisLog.map((c) => ({ at: ms(c.at), crisisReason: c.crisisReason, crisisStartedAt: c.crisisStartedAt })),
    crisis: CrisisStateSchema.parse(f.crisis),
  };
}

const EXPECTED = {
  // t1 (calm, 2 Nov), t2 (no reply needed, escalated), t5 (23:59 Moscow on 30 Nov, calm). Not: t3/t7 waiting,
  // t4 closed on 20 Oct, t6 closed at 00:00 Moscow on 1 Dec (the end is exclusive).
  closedThreads: 3,
  closedWithoutEscalation: 2,
  closedWithoutEscalationShare: 2 / 3,
  ideas: {
    // i1 in October; i2 at 00:30 Moscow on 1 Nov (still 31 Oct in UTC), i3, i5 in November; i4 before, i6 after.
    createdPerMonth: [{ month: '2026-10', count: 1 }, { month: '2026-11', count: 3 }],
    // i4 done in October, i2 in November; i5's stale doneAt does not count (taken back to open).
    donePerMonth: [{ month: '2026-10', count: 1 }, { month: '2026-11', count: 1 }],
    created: 4,
    done: 2,
  },
  acceptance: {
    // Page sends in range: t1 08:00, t5 20:59, t7 09:00 and 12:00 (t7's manual stop and t6 after the end do not count).
    sent: 4,
    // t1's send follows its pick 30 s "later" (page minute rounding); t7 09:00 follows two picks. t5's pick came
    // over 24 h before its send, t3 was never answered, and the unthreaded pick links nowhere.
    picked: 2,
    typed: 2,
    rate: 0.5,
    picks: 6, // the 25 Oct pick is before the range
    unlinkedPicks: 1,
  },
  findings: {
    // Three "send anyway" in range (not the 20 Oct one); one draft sent with warnings (the other is on 1 Dec in Moscow).
    sentAnyway: 3,
    sentWithFindings: 1,
    // pii.phone: 1 held + 2 on the sent draft; blame: 2 held; shouting: 1 held + 1 sent. Ties by name.
    perCategory: [{ category: 'pii.phone', count: 3 }, { category: 'blame', count: 2 }, { category: 'shouting', count: 2 }],
    // 22:30 UTC on 2 Nov is 01:30 on 3 Nov in Moscow.
    perDay: [{ date: '2026-11-03', counts: { blame: 2, shouting: 1 } }, { date: '2026-11-10', counts: { 'pii.phone': 3, shouting: 1 } }],
  },
  crisisPeriods: [
    { start: ms('2026-11-10T08:00:00Z'), end: ms('2026-11-11T15:00:00Z'), reason: 'Outage', replies: 2 },
    // Switched on without a start time: from its first logged reply to its last.
    { start: ms('2026-11-20T10:00:00Z'), end: ms('2026-11-20T12:00:00Z'), reason: 'Viral', replies: 2 },
    // In force now (the settings): ongoing. "Old" ended before the range.
    { start: ms('2026-11-29T20:00:00Z'), end: null, reason: 'Leak', replies: 1 },
  ],
  // The Leak crisis began at 23:00 Moscow on 29 Nov and runs past the range's last day.
  crisisDays: ['2026-11-10', '2026-11-11', '2026-11-20', '2026-11-29', '2026-11-30'],
};

describe('dialogue KPIs (lib/engine/kpi)', () => {
  const kpis = computeDialogueKpis(inputOf(fixture), RANGE);

  it('counts threads closed in the period and those closed without escalation', () => {
    expect(kpis.closedThreads).toBe(EXPECTED.closedThreads);
    expect(kpis.closedWithoutEscalation).toBe(EXPECTED.closedWithoutEscalation);
    expect(kpis.closedWithoutEscalationShare).toBeCloseTo(EXPECTED.closedWithoutEscalationShare, 10);
  });

  it('counts ideas created and done per month of the policy zone', () => {
    expect(kpis.ideas).toEqual(EXPECTED.ideas);
  });

  it('splits sent replies into picked and typed by linking picks to the next send of their thread', () => {
    expect(kpis.acceptance).toEqual(EXPECTED.acceptance);
  });

  it('counts findings of sent drafts (sent anyway or with warnings) per category and per local day', () => {
    expect(kpis.findings).toEqual(EXPECTED.findings);
  });

  it('derives crisis periods from the log and the current crisis, and the days they shade', () => {
    expect(kpis.crisisPeriods).toEqual(EXPECTED.crisisPeriods);
    expect(kpis.crisisDays).toEqual(EXPECTED.crisisDays);
  });

  it('ends a crisis switched off at its last logged reply, and one past its end time at that time', () => {
    const off = computeDialogueKpis({ ...inputOf(fixture), crisis: { ...fixture.crisis, active: false } }, RANGE);
    expect(off.crisisPeriods.at(-1)).toEqual({ start: ms('2026-11-29T20:00:00Z'), end: ms('2026-11-30T10:00:00Z'), reason: 'Leak', replies: 1 });
    const ended = computeDialogueKpis({ ...inputOf(fixture), crisis: { ...fixture.crisis, endsAt: '2026-12-02T00:00:00.000Z' } }, RANGE);
    expect(ended.crisisPeriods.at(-1)?.end).toBe(ms('2026-12-02T00:00:00Z'));
    const scheduled = computeDialogueKpis({ ...inputOf(fixture), crisisLog: [], crisis: { active: true, reason: 'Later', startsAt: '2026-12-10T00:00:00Z' } }, RANGE);
    expect(scheduled.crisisPeriods).toEqual([]);
  });

  it('gives shares as null, not 0 %, for a period without data', () => {
    const empty = computeDialogueKpis(inputOf(fixture), { ...RANGE, from: ms('2019-12-31T21:00:00Z'), to: ms('2020-01-31T21:00:00Z') });
    expect(empty.closedWithoutEscalationShare).toBeNull();
    expect(empty.acceptance.rate).toBeNull();
    expect(empty.ideas.createdPerMonth).toEqual([{ month: '2020-01', count: 0 }]);
    expect(empty.crisisPeriods).toEqual([]);
  });

  it('appends its rows to the metrics CSV in the same three columns', () => {
    const rows = dialogueKpiCsv(kpis).trimEnd().split('\r\n').map((line) => line.split(','));
    expect(rows.every((row) => row.length === 3)).toBe(true);
    const value = (metric: string, key = '') => rows.find(([m, k]) => m === metric && k === key)?.[2];
    expect(value('closedWithoutEscalation')).toBe('2');
    expect(value('acceptance.rate')).toBe('0.5');
    expect(value('ideas.createdPerMonth', '2026-11')).toBe('3');
    expect(value('findings.perDay', '2026-11-03 blame')).toBe('2');
    expect(value('crisisPeriod', 'Leak')).toBe('2026-11-29T20:00:00.000Z/');
  });
});

describe('picks name their thread', () => {
  const SELF = { id: 'abcdefghijklmnopabcdefghijklmnop', origin: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/' };
  const VK: Sender = { id: SELF.id, url: 'https://vk.com/im/convo/42', frameId: 0, tab: { id: 7, url: 'https://vk.com/im/convo/42' } };
  const pick = (threadId?: string): RequestInput => ({
    type: 'pick', clientId: '3b241101-e2bb-4255-8caf-4136c566a962', packId: 'p', replyId: 'r', text: 'x', platform: 'vk', ...(threadId ? { threadId } : {}),
  });
  const allowed = (input: RequestInput) => authorize(RequestSchema.parse(input), VK, SELF).ok;

  it('only for a thread of the sender’s own site; a pick without one stays valid', () => {
    expect(allowed(pick('vk:convo_42'))).toBe(true);
    expect(allowed(pick())).toBe(true);
    expect(allowed(pick('telegram:123'))).toBe(false);
  });

  it('keeps stored picks without a thread valid', () => {
    expect(PickRecordSchema.safeParse({ packId: 'p', replyId: 'r', text: 'x', at: 1 }).success).toBe(true);
    expect(PickRecordSchema.parse({ packId: 'p', replyId: 'r', text: 'x', at: 1, threadId: 'vk:1' }).threadId).toBe('vk:1');
  });
});

describe('loadKpiInput (lib/storage/kpi.ts)', () => {
  let database: TrustOpsDb | undefined;
  afterEach(async () => {
    database?.close();
    if (database) await Dexie.delete(database.name);
  });

  it('reads the stored rows into the same KPIs', async () => {
    database = new TrustOpsDb(`kpi-${Math.random().toString(36).slice(2)}`);
    const input = inputOf(fixture);
    await database.threads.bulkPut(
      fixture.threads.map((t) => ({
        id: t.id, site: 'vk', platform: 'vk', title: t.id, url: `https://vk.com/${t.id}`, status: t.status as 'answered', slaState: 'answered' as const,
        pendingSince: null, dueAt: null, target: null, lastCustomerText: '', snoozedUntil: null, escalatedTo: t.escalatedTo,
        notified: { warning: false, breach: false }, updatedAt: 0,
      })),
    );
    await database.threadEvents.bulkPut(fixture.events.map((e) => ({ ...e, at: ms(e.at), direction: e.direction as 'in', source: e.source as 'page', platform: 'vk' })));
    await database.picks.bulkAdd(fixture.picks.map((p) => ({ packId: 'p', replyId: 'r', text: 'x', platform: 'vk' as const, at: ms(p.at), ...(p.threadId ? { threadId: p.threadId } : {}) })));
    await database.audit.bulkAdd(input.audit.map((a, i) => ({ ...a, threadId: fixture.audit[i]!.threadId, url: 'https://vk.com/' })));
    await database.ideas.bulkPut(fixture.ideas.map((i) => IdeaRecordSchema.parse({ ...i, title: i.id, updatedAt: i.createdAt, askers: [] })));
    await database.crisisLog.bulkPut(
      fixture.crisisLog.map((c) => ({
        ...c, id: `${c.threadId}\u0001${c.messageId}`, at: ms(c.at), platform: 'vk', site: 'vk', title: '', url: 'https://vk.com/', text: '', source: 'user' as const,
      })),
    );
    await saveSettings({ crisis: CrisisStateSchema.parse(fixture.crisis) }, database);
    const loaded = await loadKpiInput(database);
    expect(computeDialogueKpis(loaded, RANGE)).toEqual(computeDialogueKpis(input, RANGE));
    expect(loaded.picks.filter((p) => p.threadId).length).toBe(6);
  });
});

describe('findings of sent drafts (tone.sent)', () => {
  const SELF = { id: 'abcdefghijklmnopabcdefghijklmnop', origin: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/' };
  const VK: Sender = { id: SELF.id, url: 'https://vk.com/im/convo/42', frameId: 0, tab: { id: 7, url: 'https://vk.com/im/convo/42' } };
  const sent = (threadId: string): RequestInput => ({
    type: 'tone.sent', clientId: '3b241101-e2bb-4255-8caf-4136c566a962', threadId, findings: [{ ruleId: 'shouting.caps', category: 'shouting', severity: 'warn' }],
  });
  let database: TrustOpsDb | undefined;
  afterEach(async () => {
    database?.close();
    if (database) await Dexie.delete(database.name);
    database = undefined;
  });

  it('are accepted from a content script only about its own thread, and carry no text', () => {
    expect(authorize(RequestSchema.parse(sent('vk:convo_42')), VK, SELF).ok).toBe(true);
    expect(authorize(RequestSchema.parse(sent('telegram:1')), VK, SELF).ok).toBe(false);
    const parsed = RequestSchema.parse({ ...sent('vk:convo_42'), findings: [{ ruleId: 'r', category: 'c', severity: 'warn', excerpt: 'secret' }] });
    expect(JSON.stringify(parsed)).not.toContain('secret');
    expect(RequestSchema.safeParse({ ...sent('vk:convo_42'), findings: [] }).success).toBe(false);
  });

  it('are stored once per client id, counted by the KPIs and kept out of the audit trail', async () => {
    database = new TrustOpsDb(`kpi-sent-${Math.random().toString(36).slice(2)}`);
    const entry = { clientId: 'c-1', threadId: 'vk:convo_42', findings: [{ ruleId: 'shouting.caps', category: 'shouting', severity: 'warn' }] };
    expect(await recordSentFindings(entry, database)).toBe(true);
    expect(await recordSentFindings(entry, database)).toBe(false);
    await recordSendAnyway({ clientId: 'c-2', threadId: 'vk:convo_42', url: 'https://vk.com/', findings: [{ ruleId: 'b', category: 'blame', severity: 'block', excerpt: 'x' }] }, database);
    const rows = await database.audit.toArray();
    expect(rows.map((r) => r.kind).sort()).toEqual(['send-anyway', 'sent-with-findings']);
    expect(rows.find((r) => r.kind === 'sent-with-findings')).toMatchObject({ url: '', findings: [{ excerpt: '' }] });
    expect((await listAudit(database)).map((r) => r.kind)).toEqual(['send-anyway']);
    const input = await loadKpiInput(database);
    const kpis = computeDialogueKpis(input, { from: 0, to: Date.now() + 1000, timezone: 'UTC', now: Date.now() });
    expect(kpis.findings).toMatchObject({ sentAnyway: 1, sentWithFindings: 1, perCategory: [{ category: 'blame', count: 1 }, { category: 'shouting', count: 1 }] });
  });
});
