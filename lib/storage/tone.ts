import type { ToneRule } from '../schema/rules';
import type { AuditRecord } from '../schema/storage';
import type { ToneContext } from '../schema/messages';
import { announceChange } from './changes';
import { db, type TrustOpsDb } from './db';
import { loadSettings, saveSettings } from './settings';

/** Enabled custom rules of enabled packs, in pack order. */
export async function activeRules(database: TrustOpsDb = db()): Promise<ToneRule[]> {
  const packs = await database.packs.orderBy('id').toArray();
  return packs.filter((p) => p.enabled).flatMap((p) => p.rules.filter((r) => r.enabled));
}

export async function toneContext(threadId: string, database: TrustOpsDb = db()): Promise<ToneContext> {
  const [settings, rules, threadIgnores] = await Promise.all([
    loadSettings(database),
    activeRules(database),
    threadId ? database.threadIgnores.where('threadId').equals(threadId).toArray() : Promise.resolve([]),
  ]);
  return {
    profile: settings.profile,
    rules,
    ignored: [...settings.toneExceptions.map((e) => e.key), ...threadIgnores.map((i) => i.key)],
  };
}

export async function ignoreInThread(threadId: string, key: string, database: TrustOpsDb = db()): Promise<void> {
  await database.threadIgnores.put({ threadId, key, at: Date.now() });
}

/** "Ignore always": a local exception, kept in settings so the lead can export it. */
export async function ignoreAlways(
  exception: { key: string; ruleId: string; category: string; text: string },
  database: TrustOpsDb = db(),
): Promise<void> {
  const settings = await loadSettings(database);
  if (settings.toneExceptions.some((e) => e.key === exception.key)) return;
  await saveSettings(
    { toneExceptions: [...settings.toneExceptions, { ...exception, createdAt: new Date().toISOString() }] },
    database,
  );
}

export async function recordSendAnyway(entry: Omit<AuditRecord, 'id' | 'kind' | 'at'>, database: TrustOpsDb = db()) {
  await database.audit.add({ ...entry, kind: 'send-anyway', at: Date.now() });
  announceChange('settings');
}

export async function listAudit(database: TrustOpsDb = db()): Promise<AuditRecord[]> {
  return database.audit.orderBy('at').reverse().toArray();
}
