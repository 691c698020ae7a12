import browser from 'webextension-polyfill';
import type { Handlers } from '../../lib/messaging/server';
import { NO_POLICY, readManagedPolicy } from '../../lib/managed/read-policy';
import { managedKeys, type ManagedPolicy } from '../../lib/schema/managed';
import type { SettingsChanges } from '../../lib/schema/settings';
import { getSubscription, listSubscriptions, removeSubscription, saveSubscription } from '../../lib/storage/subscriptions';
import { loadSettings } from '../../lib/storage/settings';
import { saveSettingsFor } from './settings';

/**
 * Deployment by policy (DESIGN.md "Team deployment"): the administrator's `storage.managed` values
 * are applied at startup and whenever the policy changes, with no user action — subscriptions added
 * (and removed when the policy drops them), profile, SLA policy and escalation routes written to
 * the settings; `locked` settings are refused in `settings.save`.
 */
let current: ManagedPolicy = NO_POLICY;
let problem: string | null = null;
let applying: Promise<void> | undefined;

export const currentPolicy = (): ManagedPolicy => current;

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
  if (changed.length) throw new Error(`set by your administrator and locked: ${changed.join(', ')}`);
  const rest = { ...changes };
  for (const key of locked) delete rest[key];
  return rest;
}

async function apply(refresh: (url: string) => Promise<unknown>): Promise<void> {
  const reading = await readManagedPolicy();
  current = reading.policy;
  problem = reading.problem ?? null;
  if (problem) console.warn('[TrustOps] the managed policy is invalid and was not applied:', problem);

  const settings: SettingsChanges = {};
  if (current.profile) settings.profile = current.profile;
  if (current.slaPolicy) settings.slaPolicy = current.slaPolicy;
  if (current.escalationRoutes) settings.escalationRoutes = current.escalationRoutes;
  if (Object.keys(settings).length) await saveSettingsFor(settings);

  const listed = new Set(current.subscriptions.map((s) => s.url));
  for (const record of await listSubscriptions())
    if (record.origin === 'policy' && !listed.has(record.url)) await removeSubscription(record.url);
  for (const { url, publicKey } of current.subscriptions) {
    const existing = await getSubscription(url);
    if (existing?.origin === 'policy' && existing.publicKey === publicKey && existing.packId) continue;
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
}

export const managedHandlers: Pick<Handlers, 'managed.status'> = {
  'managed.status': async () => {
    await applying;
    return { managed: managedKeys(current), locked: [...current.locked], problem };
  },
};
