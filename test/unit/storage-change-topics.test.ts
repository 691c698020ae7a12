import Dexie from 'dexie';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { onStorageChange, type ChangeTopic } from '../../lib/storage/changes';
import { TrustOpsDb } from '../../lib/storage/db';
import { saveSettings } from '../../lib/storage/settings';
import { recordSendAnyway } from '../../lib/storage/tone';

/**
 * Topics say what changed: a "send anyway" record is `audit`, so the background does not recompute
 * every SLA clock and the tabs do not reload their tone context, as they do for `settings`.
 */
let database: TrustOpsDb;
let topics: ChangeTopic[];
let stop: () => void;
beforeEach(() => {
  database = new TrustOpsDb(`topics-${Math.random().toString(36).slice(2)}`);
  topics = [];
  stop = onStorageChange((topic) => topics.push(topic));
});
afterEach(async () => {
  stop();
  database.close();
  await Dexie.delete(database.name);
});

it('a "send anyway" record announces audit, not settings; a repeated delivery announces nothing', async () => {
  const entry = { clientId: crypto.randomUUID(), threadId: 'vk:convo_1', url: 'https://vk.com/im/convo/1', findings: [] };
  expect(await recordSendAnyway(entry, database)).toBe(true);
  expect(await recordSendAnyway(entry, database)).toBe(false);
  expect(topics).toEqual(['audit']);
});

it('a settings save announces settings', async () => {
  await saveSettings({ suggestionsCount: 4 }, database);
  expect(topics).toEqual(['settings']);
});
