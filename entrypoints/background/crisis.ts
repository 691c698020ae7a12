import browser from 'webextension-polyfill';
import { crisisBanner, crisisFromPack, crisisInForce } from '../../lib/crisis/state';
import type { CrisisBanner } from '../../lib/schema/crisis';
import type { ToneContext } from '../../lib/schema/messages';
import type { Settings } from '../../lib/schema/settings';
import type { Pack } from '../../lib/schema/pack';
import { announceChange } from '../../lib/storage/changes';
import { loadSettings } from '../../lib/storage/settings';
import { saveSettingsFor } from './settings';
import { currentNow } from './sla';

const ALARM = 'trustops.crisis-boundary';

/**
 * A team pack's crisis declaration, applied with the pack's version: crisis mode turns on with the
 * lead's reason, end time and contacts; a version without the declaration ends the crisis that
 * pack declared. Saved like the dashboard saves, so every tab hears of it.
 */
export async function applyPackCrisis(pack: Pack): Promise<boolean> {
  const [settings, now] = await Promise.all([loadSettings(), currentNow()]);
  const next = crisisFromPack(pack.id, pack.crisis, settings.crisis, new Date(now));
  if (next) await saveSettingsFor({ crisis: next });
  return !!next;
}

/** Unsubscribing from the pack that declared the crisis ends it. */
export async function endPackCrisis(packId: string | undefined): Promise<void> {
  if (!packId) return;
  const { crisis } = await loadSettings();
  if (crisis.active && crisis.source === 'pack' && crisis.packId === packId) await saveSettingsFor({ crisis: { ...crisis, active: false } });
}

/**
 * A crisis starts and ends on its own at the times it names: an alarm at the next of them tells
 * every listener (clocks, panels, tone contexts) that the settings now read differently.
 */
export function watchCrisisSchedule(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== ALARM) return;
    announceChange('settings');
    void scheduleCrisisBoundary();
  });
  void scheduleCrisisBoundary();
}

export async function scheduleCrisisBoundary(): Promise<void> {
  const [{ crisis }, now] = await Promise.all([loadSettings(), currentNow()]);
  const next = crisis.active
    ? [crisis.startsAt, crisis.endsAt].map((t) => (t ? Date.parse(t) : NaN)).filter((t) => Number.isFinite(t) && t > now).sort((a, b) => a - b)[0]
    : undefined;
  if (next === undefined) await browser.alarms.clear(ALARM);
  // Alarms run on the real clock; the test build's clock offset is already inside `now`.
  else await browser.alarms.create(ALARM, { when: Date.now() + (next - now) + 1000 });
}

/** The tone context with the crisis flag: the crisis rules run in every tab while a crisis is in force. */
export async function withCrisisFlag(context: ToneContext): Promise<ToneContext> {
  const [{ crisis }, now] = await Promise.all([loadSettings(), currentNow()]);
  return { ...context, profile: { ...context.profile, crisis: crisisInForce(crisis, now) } };
}

/** The panel's banner for these settings at the current (test-build adjustable) time. */
export async function crisisOverlay(settings: Settings): Promise<CrisisBanner> {
  return crisisBanner(settings.crisis, await currentNow());
}
