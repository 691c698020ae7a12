import browser from 'webextension-polyfill';
import { businessMsBetween, DEFAULT_POLICY, isWorkingTime, workdayMsOf, type SlaPolicy } from '../../lib/engine/sla';
import { DEBUG_CLOCK_KEY, nowWithOffset } from '../../lib/clock';
import type { ThreadView } from '../../lib/schema/messages';
import type { ThreadRecord } from '../../lib/schema/storage';
import type { ThreadSnapshot } from '../../lib/schema/thread';
import type { Platform } from '../../lib/schema/pack';
import { loadSettings } from '../../lib/storage/settings';
import { actOnThread, ingestSnapshot, recomputeWaiting, type ThreadAction } from '../../lib/storage/threads';
import { db } from '../../lib/storage/db';
import { describeHours } from './sla-describe';
import { notifyThread } from './sla-notify';
import { effectiveSlaPolicy } from '../../lib/crisis/state';
import { logCrisisReplies } from './crisis-log';

const ALARM = 'trustops-sla';

export async function currentNow(): Promise<number> {
  const stored = await browser.storage.local.get(DEBUG_CLOCK_KEY);
  return nowWithOffset(Number(stored[DEBUG_CLOCK_KEY] ?? 0));
}

/** The policy the clocks run on at `now`: the crisis policy while a crisis is in force (lib/crisis/state.ts). */
async function currentPolicy(now: number): Promise<SlaPolicy> {
  const settings = await loadSettings();
  return effectiveSlaPolicy(settings.slaPolicy ?? DEFAULT_POLICY, settings.crisis, now);
}

/** Working time left until the thread's due time (negative = overdue); null without one. */
function businessLeftMs(thread: ThreadRecord, policy: SlaPolicy, now: number): number | null {
  if (thread.pendingSince === null || thread.dueAt === null) return null;
  const [now_, due] = [new Date(now), new Date(thread.dueAt)];
  return now < thread.dueAt ? businessMsBetween(policy, now_, due) : -businessMsBetween(policy, due, now_);
}

function timingOf(thread: ThreadRecord, policy: SlaPolicy, now: number, workdayMs: number) {
  const leftMs = businessLeftMs(thread, policy, now);
  return leftMs === null ? undefined : { leftMs, workdayMs };
}

function viewOf(thread: ThreadRecord | null, policy: SlaPolicy, now: number): ThreadView {
  const waiting = !!thread && thread.pendingSince !== null;
  const target = waiting ? (thread.target === 'next' ? policy.nextReplyMinutes : policy.firstReplyMinutes) : null;
  const left = waiting ? businessLeftMs(thread, policy, now) : null;
  return {
    thread,
    businessLeftMs: left,
    targetMinutes: target,
    computedAt: now,
    working: isWorkingTime(policy, new Date(now)),
    policy: {
      timezone: policy.timezone,
      firstReplyMinutes: policy.firstReplyMinutes,
      nextReplyMinutes: policy.nextReplyMinutes,
      warnRatio: policy.warnRatio ?? 0.75,
      hours: describeHours(policy),
      workdayMinutes: workdayMsOf(policy) / 60_000,
    },
  };
}

export async function trackSnapshot(snapshot: ThreadSnapshot, platform: Platform): Promise<ThreadView> {
  const [settings, now] = await Promise.all([loadSettings(), currentNow()]);
  const policy = effectiveSlaPolicy(settings.slaPolicy ?? DEFAULT_POLICY, settings.crisis, now);
  // Before the ingest: a reply is logged for the crisis review when it is first seen.
  await logCrisisReplies(snapshot, platform, settings.crisis, now).catch((error) => console.warn('[TrustOps] crisis log', error));
  const { thread } = await ingestSnapshot(snapshot, { policy, now, platform, thanksNeedsNoReply: settings.thanksNeedsNoReply });
  await afterChange(policy, now);
  return viewOf(thread, policy, now);
}

export async function getThreadView(threadId: string): Promise<ThreadView> {
  const now = await currentNow();
  const policy = await currentPolicy(now);
  return viewOf((await db().threads.get(threadId)) ?? null, policy, now);
}

export async function threadAction(
  threadId: string,
  action: ThreadAction | { kind: 'snooze'; minutes: number },
  seed?: Pick<ThreadRecord, 'site' | 'platform' | 'title' | 'url'>,
): Promise<ThreadView> {
  const now = await currentNow();
  const policy = await currentPolicy(now);
  const resolved: ThreadAction =
    action.kind === 'snooze' && 'minutes' in action ? { kind: 'snooze', until: now + action.minutes * 60_000 } : (action as ThreadAction);
  const { thread } = await actOnThread(threadId, resolved, { policy, now, seed }, db());
  await afterChange(policy, now);
  return viewOf(thread, policy, now);
}

/**
 * The periodic work: recompute waiting clocks, alert on new warnings and breaches (only in working
 * time), update the badge, and keep the alarm only while something waits.
 */
export async function recomputeAll(): Promise<{ waiting: number; atRisk: number }> {
  const now = await currentNow();
  const policy = await currentPolicy(now);
  const threads = await recomputeWaiting(policy, now);
  return afterChange(policy, now, threads);
}

async function afterChange(policy: SlaPolicy, now: number, recomputed?: ThreadRecord[]) {
  const threads = recomputed ?? (await recomputeWaiting(policy, now));
  const settings = await loadSettings();
  const working = isWorkingTime(policy, new Date(now));
  const workdayMs = workdayMsOf(policy);
  for (const thread of threads) {
    const updated = await notifyThread(thread, settings.notifications, working, settings.language, () => timingOf(thread, policy, now, workdayMs));
    if (updated !== thread) await db().threads.put(updated);
  }
  const atRisk = threads.filter((t) => t.status === 'waiting' && (t.slaState === 'warning' || t.slaState === 'breached'));
  const breached = atRisk.some((t) => t.slaState === 'breached');
  await browser.action.setBadgeText({ text: atRisk.length ? String(atRisk.length) : '' });
  await browser.action.setBadgeBackgroundColor({ color: breached ? '#d92d20' : '#f79009' });
  if (threads.length) {
    if (!(await browser.alarms.get(ALARM))) await browser.alarms.create(ALARM, { periodInMinutes: 1 });
  } else await browser.alarms.clear(ALARM);
  return { waiting: threads.length, atRisk: atRisk.length };
}

export function watchSlaAlarm(): void {
  browser.alarms.onAlarm.addListener(async (alarm) => {
    if (alarm.name === ALARM) await recomputeAll();
  });
}
