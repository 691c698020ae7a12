import browser from 'webextension-polyfill';
import { defineBackground } from 'wxt/utils/define-background';
import { serveRequests } from '../../lib/messaging/server';
import { sendToActiveTab } from '../../lib/messaging/tabs';
import { watchChanges, wireChangeBroadcast } from '../../lib/storage/broadcast';
import { importPack, listPacks, recordPick } from '../../lib/storage/library';
import { loadSettings } from '../../lib/storage/settings';
import { pullSyncedSettings, pushSettings } from '../../lib/storage/sync';
import { browserSyncArea, watchSyncedSettings } from '../../lib/storage/browser-sync';
import { ignoreAlways, ignoreInThread, recordSendAnyway, toneContext } from '../../lib/storage/tone';
import { PackSchema } from '../../lib/schema/pack';
import starterPack from '../../lib/storage/starter-pack.json';
import { invalidateSuggestions, learn, suggest } from './suggestions';
import { getThreadView, recomputeAll, threadAction, trackSnapshot, watchSlaAlarm } from './sla';
import { watchNotificationClicks } from './sla-notify';
import { db } from '../../lib/storage/db';
import { siteAccessHandlers, watchSiteAccess } from './site-access';

export default defineBackground(() => {
  wireChangeBroadcast();
  watchChanges((topic) => {
    if (topic === 'library') invalidateSuggestions();
  });

  serveRequests({
    suggest: async ({ text, platform, k }) => ({ suggestions: await suggest(text, platform, k) }),
    pick: async ({ packId, replyId, text, platform }) => {
      await recordPick({ packId, replyId, text, platform, at: Date.now() });
      await learn(text, packId, replyId);
      return { ok: true };
    },
    'library.changed': async () => {
      invalidateSuggestions();
      return { ok: true };
    },
    'tone.context': async ({ threadId }) => toneContext(threadId),
    'tone.ignore': async ({ scope, threadId, key, ruleId, category, text }) => {
      if (scope === 'always') await ignoreAlways({ key, ruleId, category, text });
      else await ignoreInThread(threadId, key);
      return { ok: true };
    },
    'tone.sendAnyway': async ({ threadId, url, findings }) => {
      await recordSendAnyway({ threadId, url, findings });
      return { ok: true };
    },
    'overlay.settings': async () => {
      const { autoOpenPanel, suggestionsCount, language, escalationRoutes } = await loadSettings();
      return { autoOpenPanel, suggestionsCount, language, escalationRoutes: escalationRoutes.map(({ id, name }) => ({ id, name })) };
    },
    'thread.snapshot': async ({ snapshot, platform }) => trackSnapshot(snapshot, platform),
    'thread.get': async ({ threadId }) => getThreadView(threadId),
    'thread.action': async ({ threadId, action, seed }) => threadAction(threadId, action, seed),
    'sla.recompute': async () => recomputeAll(),
    ping: async () => ({ ok: true, version: browser.runtime.getManifest().version }),
    ...siteAccessHandlers,
  });
  watchSiteAccess();

  watchSlaAlarm();
  watchNotificationClicks(async (threadId) => (await db().threads.get(threadId))?.url);
  watchChanges((topic) => {
    if (topic !== 'settings') return;
    void recomputeAll();
    void pushSettings(browserSyncArea).catch(() => {}); // no-op unless the user enabled sync
  });
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
