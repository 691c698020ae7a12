import browser from 'webextension-polyfill';
import type { Handlers } from '../../lib/messaging/server';
import { NO_POLICY, readManagedPolicy } from '../../lib/managed/read-policy';
import { EMPTY_MEMORY, isEmptyPolicy, ManagedMemorySchema, settingsToWrite, type ManagedMemory } from '../../lib/managed/pinned-settings';
import { lockedRefusal, managedKeys, type ManagedPolicy } from '../../lib/schema/managed';
import type { SettingsChanges } from '../../lib/schema/settings';
import { onStorageChange } from '../../lib/storage/changes';
import { getSubscription, listSubscriptions, removeSubscription, saveSubscription } from '../../lib/storage/subscriptions';
import { loadSettings } from '../../lib/storage/settings';
import { saveSettingsFor } from './settings';

/**
 * Deployment by policy (DESIGN.md "Team deployment"): the administrator's `storage.managed` values
 * are applied at startup and whenever the policy changes, with no user action — subscriptions added
 * (and removed when the policy drops them), profile, SLA policy and escalation routes written to
 * the settings; `locked` settings are refused in `settings.save` and put back after any other
 * write (a sync pull). An invalid policy is reported and the last valid one stays in force.
 */
let current: ManagedPolicy = NO_POLICY;
let problem: string | null = null;
let applying: Promise<void> | undefined;

const MEMORY_KEY = 'trustops.managed';
/** A policy subscription that could not be fetched is tried again at most this often on worker starts (the 6-hourly check goes on). */
const RETRY_AFTER_MS = 10 * 60_000;

export const currentPolicy = (): ManagedPolicy => current;

async function readMemory(): Promise<ManagedMemory> {
  const stored = (await browser.storage.local.get(MEMORY_KEY))[MEMORY_KEY];
  const parsed = ManagedMemorySchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : EMPTY_MEMORY;
}

/**
 * A dashboard save without the locked settings: one that would change a locked value is refused
 * with the names; a locked value sent unchanged (a whole card saved) is dropped quietly.
 */
export async function refuseLocked(changes: SettingsChanges): Promise<SettingsChanges> {
  await applying;
  const locked = Object.keys(changes).filter((key) => (current.locked as string[]).includes(key)) as (keyof SettingsChanges)[];
  if (!locked.length) return changes;
  const stored = await loadSettings();
  const changed = locked.filter((key) => JSON.stringify(changes[key]) !== JSON.stringify(stored[key]));
  if (changed.length) throw new Error(lockedRefusal(changed));
  const rest = { ...changes };
  for (const key of locked) delete rest[key];
  return rest;
}

/** Writes what the policy decides into the settings, only where they differ (each write recomputes every SLA clock). */
async function pinSettings(): Promise<void> {
  const remembered = await readMemory();
  // No policy now or before (nearly every profile): nothing to read or write at each worker start.
  if (isEmptyPolicy(current) && JSON.stringify(remembered) === JSON.stringify(EMPTY_MEMORY)) return;
  const { changes, memory } = settingsToWrite(current, await loadSettings(), remembered);
  if (JSON.stringify(memory) !== JSON.stringify(remembered)) await browser.storage.local.set({ [MEMORY_KEY]: memory });
  if (Object.keys(changes).length) await saveSettingsFor(changes);
}

async function apply(refresh: (url: string) => Promise<unknown>): Promise<void> {
  const reading = await readManagedPolicy();
  problem = reading.problem ?? null;
  if (problem) {
    console.warn('[TrustOps] the managed policy is invalid; the last valid one stays in force:', problem);
    if (current === NO_POLICY) current = (await readMemory()).policy ?? NO_POLICY;
    return;
  }
  current = reading.policy;
  await pinSettings();

  const listed = new Set(current.subscriptions.map((s) => s.url));
  for (const record of await listSubscriptions())
    if (record.origin === 'policy' && !listed.has(record.url)) await removeSubscription(record.url);
  for (const { url, publicKey } of current.subscriptions) {
    const existing = await getSubscription(url);
    if (existing?.origin === 'policy' && existing.publicKey === publicKey) {
      const recentlyTried = existing.lastCheckedAt && Date.now() - Date.parse(existing.lastCheckedAt) < RETRY_AFTER_MS;
      if (existing.packId || recentlyTried) continue;
    }
    await saveSubscription({ ...(existing ?? { addedAt: new Date().toISOString() }), url, publicKey, origin: 'policy' });
    await refresh(url).catch((error) => console.warn('[TrustOps] policy subscription check failed', url, error));
  }
}

/** Applies the policy now; concurrent calls share one run. */
export function applyManagedPolicy(refresh: (url: string) => Promise<unknown>): Promise<void> {
  applying ??= apply(refresh).finally(() => (applying = undefined));
  return applying;
}

export function watchManagedPolicy(refresh: (url: string) => Promise<unknown>): void {
  void applyManagedPolicy(refresh).catch((error) => console.warn('[TrustOps] managed policy not applied', error));
  // The managed area's own event, not storage.onChanged: with a second listener there, the
  // outbox's drain after a wake-up stalled (test/e2e/outbox.spec.ts; the cause is not pinned down).
  (browser.storage.managed as { onChanged?: { addListener(listener: () => void): void } }).onChanged?.addListener(() => {
    void applyManagedPolicy(refresh).catch(() => {});
  });
  // A write that bypassed settings.save (a sync pull from a browser without the policy) must not
  // undo a lock. In-process: our own writes announce here; the re-check writes only a difference.
  onStorageChange((topic) => {
    if (topic !== 'settings' || !current.locked.length) return;
    void (async () => {
      await applying;
      await pinSettings();
    })().catch((error) => console.warn('[TrustOps] locked settings not restored', error));
  });
}

export const managedHandlers: Pick<Handlers, 'managed.status'> = {
  'managed.status': async () => {
    await applying;
    return { managed: managedKeys(current), locked: [...current.locked], problem };
  },
};
