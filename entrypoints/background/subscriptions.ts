import browser from 'webextension-polyfill';
import type { Handlers } from '../../lib/messaging/server';
import type { SubscriptionCheckReport } from '../../lib/schema/messages';
import type { SubscriptionRecord } from '../../lib/schema/subscription';
import { TEST_BUILD } from '../../lib/build-mode';
import { DEFAULT_MAX_PACK_BYTES } from '../../lib/engine/pack/size';
import { restorePack, exportPack } from '../../lib/storage/library';
import {
  applySubscriptionVersion, getSubscription, listSubscriptions, removeSubscription, saveSubscription,
} from '../../lib/storage/subscriptions';
import { checkSubscription, type VerifyPinned } from '../../lib/subscriptions/check-subscription';
import { summarizeChange } from '../../lib/subscriptions/change-summary';
import { verifyPinnedPack } from '../../lib/subscriptions/verify-pinned';
import { PackSchema, type Pack } from '../../lib/schema/pack';
import type { SettingsChanges } from '../../lib/schema/settings';
import { saveSettingsFor } from './settings';
import { currentPolicy } from './managed';
import { managedKeys } from '../../lib/schema/managed';
import { applyPackCrisis, endPackCrisis } from './crisis';

const ALARM = 'trustops.subscriptions';
/** Scheduled checks: a team's pack changes a few times a day at most; 304s cost next to nothing. */
const PERIOD_MINUTES = 6 * 60;
// The test build waits less so the e2e can show a timeout without a 15-second pause.
const TIMEOUT_MS = TEST_BUILD ? 2_500 : 15_000;

/** Checks run one at a time per URL: a click during a scheduled check joins it instead of racing it. */
const running = new Map<string, Promise<SubscriptionCheckReport>>();

export function refreshOne(url: string, force: boolean, verify: VerifyPinned = verifyPinnedPack): Promise<SubscriptionCheckReport> {
  const pending = running.get(url);
  if (pending) return pending;
  const check = (async () => {
    const record = await getSubscription(url);
    if (!record) throw new Error(`no subscription for ${url}`);
    return checkAndStore(record, force, verify);
  })().finally(() => running.delete(url));
  running.set(url, check);
  return check;
}

async function checkAndStore(record: SubscriptionRecord, force: boolean, verify: VerifyPinned): Promise<SubscriptionCheckReport> {
  const now = new Date();
  const result = await checkSubscription(record, { now, force, verify, maxBytes: DEFAULT_MAX_PACK_BYTES, timeoutMs: TIMEOUT_MS });
  if (result.outcome === 'updated') {
    const held = record.packId ? await exportPack(record.packId).catch(() => undefined) : undefined;
    const lastChange = summarizeChange(held, result.pack, now.toISOString());
    if (record.review && record.packId) {
      // Held for review: the version in use stays, and so do its validators (the next check finds it again).
      const { etag, lastModified } = result.record;
      const waiting = { ...result.record, etag: record.etag, lastModified: record.lastModified, pending: { pack: result.pack, change: lastChange, etag, lastModified } };
      return { url: record.url, outcome: 'updated', record: await saveSubscription(waiting) };
    }
    return { url: record.url, outcome: 'updated', record: await applyVersion({ ...result.record, lastChange }, result.pack) };
  }
  const stored = await saveSubscription(result.record);
  return { url: record.url, outcome: result.outcome, record: stored, ...(result.outcome === 'kept-previous' ? { failure: result.failure } : {}) };
}

async function applyVersion(record: SubscriptionRecord, pack: Pack): Promise<SubscriptionRecord> {
  const applies = await applyTeamSettings(pack);
  await applyPackCrisis(pack); // a lead's crisis declaration (or its end) comes with the version
  const { pending: _applied, ...rest } = record;
  return applySubscriptionVersion({ ...rest, ...(applies.length ? { applies } : {}) }, pack);
}

/**
 * A team pack may carry the brand profile and the SLA policy: they become the user's settings with
 * the version that brings them (saved like the dashboard saves, so they sync and broadcast).
 */
async function applyTeamSettings(pack: Pack): Promise<('profile' | 'slaPolicy')[]> {
  // The administrator's policy decides over a team pack.
  const managed = managedKeys(currentPolicy());
  const changes: SettingsChanges = {};
  if (pack.profile && !managed.includes('profile')) changes.profile = pack.profile;
  if (pack.slaPolicy && !managed.includes('slaPolicy')) changes.slaPolicy = pack.slaPolicy;
  const applies = Object.keys(changes) as ('profile' | 'slaPolicy')[];
  if (applies.length) await saveSettingsFor(changes);
  return applies;
}

export async function refreshAll(force: boolean): Promise<SubscriptionCheckReport[]> {
  const reports: SubscriptionCheckReport[] = [];
  for (const { url } of await listSubscriptions()) reports.push(await refreshOne(url, force));
  return reports;
}

export const subscriptionHandlers: Pick<
  Handlers,
  'subscription.add' | 'subscription.refresh' | 'subscription.remove' | 'subscription.restore' | 'subscription.setReview' | 'subscription.decide'
> = {
  'subscription.add': async ({ url, publicKey }) => {
    const existing = await getSubscription(url);
    const record: SubscriptionRecord = existing
      ? { ...existing, publicKey: publicKey || existing.publicKey }
      : { url, publicKey: publicKey || undefined, origin: 'user', addedAt: new Date().toISOString() };
    await saveSubscription(record);
    return refreshOne(url, true);
  },
  // Conditional like the scheduled checks: an unchanged pack costs a 304, not a download.
  'subscription.refresh': async ({ url }) => ({ reports: url ? [await refreshOne(url, false)] : await refreshAll(false) }),
  'subscription.remove': async ({ url }) => {
    if ((await getSubscription(url))?.origin === 'policy') throw new Error('this subscription is set by your administrator');
    const removed = (await removeSubscription(url)) ?? null;
    await endPackCrisis(removed?.record.packId);
    return { removed };
  },
  'subscription.setReview': async ({ url, review }) => {
    const record = await getSubscription(url);
    if (!record) throw new Error(`no subscription ${url}`);
    await saveSubscription({ ...record, review });
    return { ok: true };
  },
  'subscription.decide': async ({ url, apply }) => {
    const record = await getSubscription(url);
    if (!record?.pending) throw new Error('no version is waiting for review');
    const { pending, ...rest } = record;
    const next = { ...rest, etag: pending.etag, lastModified: pending.lastModified };
    if (!apply) return { url, outcome: 'unchanged', record: await saveSubscription(next) };
    const pack = PackSchema.parse(pending.pack); // stored as unknown: checked again before it goes in
    return { url, outcome: 'updated', record: await applyVersion({ ...next, lastChange: pending.change }, pack) };
  },
  'subscription.restore': async ({ record, pack }) => {
    if (pack) await restorePack(pack);
    await saveSubscription(record);
    return { ok: true };
  },
};

/** The schedule: every few hours, and once when the browser starts (a check a minute after). */
export function watchSubscriptions(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void refreshAll(false).catch(() => {});
  });
  void browser.alarms.get(ALARM).then((alarm) => {
    if (!alarm) return browser.alarms.create(ALARM, { delayInMinutes: 1, periodInMinutes: PERIOD_MINUTES });
  });
}
