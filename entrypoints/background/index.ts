import '../../lib/schema/jitless'; // first: before any zod schema is built
import browser from 'webextension-polyfill';
import { defineBackground } from 'wxt/utils/define-background';
import { serveRequests } from '../../lib/messaging/server';
import { sendToActiveTab } from '../../lib/messaging/tabs';
import { watchChanges, wireChangeBroadcast } from '../../lib/storage/broadcast';
import { importPack, listPacks } from '../../lib/storage/library';
import { loadSettings } from '../../lib/storage/settings';
import { pullSyncedSettings } from '../../lib/storage/sync';
import { createSyncPusher } from '../../lib/storage/sync-retry';
import {
  browserSyncArea, browserSyncStatusArea, syncRetryAlarm, watchSyncedSettings, watchSyncRetryAlarm,
} from '../../lib/storage/browser-sync';
import { ignoreAlways, ignoreInThread, toneContext } from '../../lib/storage/tone';
import { PackSchema } from '../../lib/schema/pack';
import starterPack from '../../lib/storage/starter-pack.json';
import { invalidateSuggestions, suggest } from './suggestions';
import { forgetCrisisState } from './crisis-suggestions';
import { drainOutboxes, storePick, storeSendAnyway, storeToneSent, watchOutboxes } from './records';
import { getThreadView, recomputeAll, threadAction, trackSnapshot, watchSlaAlarm } from './sla';
import { watchNotificationClicks } from './sla-notify';
import { db } from '../../lib/storage/db';
import { siteAccessHandlers, watchSiteAccess } from './site-access';
import { watchRetention } from './retention-alarm';
import { pullSettingsFor, saveSettingsFor } from './settings';
import { libraryHandlers } from './library';
import { refreshOne, subscriptionHandlers, watchSubscriptions } from './subscriptions';
import { managedHandlers, refuseLocked, watchManagedPolicy } from './managed';
import { backupHandlers } from './backup';
import { ideaHandlers } from './ideas';
import { persistStorageErrors } from '../../lib/storage/storage-errors';
import { crisisOverlay, scheduleCrisisBoundary, watchCrisisSchedule, withCrisisFlag } from './crisis';

export default defineBackground(() => {
  wireChangeBroadcast();
  watchChanges((topic) => {
    if (topic === 'library') invalidateSuggestions();
    if (topic === 'settings') forgetCrisisState(); // the suggestions' cached crisis state
  });

  serveRequests({
    suggest: async ({ text, platform, k }) => ({ suggestions: await suggest(text, platform, k) }),
    // Idempotent by the sender's client id: the content script's outbox may deliver a record again.
    pick: storePick,
    'tone.context': async ({ threadId }) => withCrisisFlag(await toneContext(threadId)),
    'tone.ignore': async ({ scope, threadId, key, ruleId, category, text }) => {
      if (scope === 'always') await ignoreAlways({ key, ruleId, category, text });
      else await ignoreInThread(threadId, { key, ruleId, category });
      return { ok: true };
    },
    'tone.sendAnyway': storeSendAnyway,
    'tone.sent': storeToneSent,
    'overlay.settings': async () => {
      const settings = await loadSettings();
      const { autoOpenPanel, suggestionsCount, language, escalationRoutes } = settings;
      const crisis = await crisisOverlay(settings);
      return { autoOpenPanel, suggestionsCount, language, escalationRoutes: escalationRoutes.map(({ id, name }) => ({ id, name })), crisis };
    },
    'thread.snapshot': async ({ snapshot, platform }) => trackSnapshot(snapshot, platform),
    'thread.get': async ({ threadId }) => getThreadView(threadId),
    'thread.action': async ({ threadId, action, seed }) => threadAction(threadId, action, seed),
    'sla.recompute': async () => recomputeAll(),
    'settings.save': async ({ changes }) => saveSettingsFor(await refuseLocked(changes)),
    'settings.pull': async () => pullSettingsFor(),
    ...libraryHandlers,
    ...siteAccessHandlers,
    ...subscriptionHandlers,
    ...managedHandlers,
    ...backupHandlers,
    ...ideaHandlers,
  });
  watchSiteAccess();
  // Records a stopped worker or a reloaded extension left in the content scripts' outboxes.
  watchOutboxes();
  void drainOutboxes();

  watchSlaAlarm();
  watchRetention();
  watchSubscriptions();
  watchCrisisSchedule(); // a crisis starts and ends at its own times
  watchManagedPolicy((url) => refreshOne(url, true));
  persistStorageErrors(browser.storage.local); // a refused write (quota) reaches the dashboard's banner
  watchNotificationClicks(async (threadId) => (await db().threads.get(threadId))?.url);
  const syncPusher = createSyncPusher({ area: browserSyncArea, status: browserSyncStatusArea, timer: syncRetryAlarm });
  watchChanges((topic) => {
    if (topic !== 'settings') return;
    void recomputeAll();
    void scheduleCrisisBoundary();
    syncPusher.request(); // no-op unless the user enabled sync; refused pushes are retried and recorded
  });
  watchSyncRetryAlarm(() => syncPusher.retry());
  void syncPusher.resume();
  void pullSyncedSettings(browserSyncArea).catch(() => {});
  watchSyncedSettings(() => void pullSyncedSettings(browserSyncArea).catch(() => {}));

  browser.commands?.onCommand.addListener(async (command) => {
    if (command === 'toggle-panel') await sendToActiveTab({ type: 'overlay.toggle' });
  });

  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    if (reason !== 'install') return;
    if ((await listPacks()).length === 0) await importPack(PackSchema.parse(starterPack), { source: 'local' });
  });
});
