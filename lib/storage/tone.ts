import { isPersonal, maskPersonal } from '../engine/tone/personal';
import { crisisInForce } from '../crisis/state';
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

/**
 * A stored ignore is keyed by the matched words (`ruleId|words`): for personal data that key would
 * be a customer's card or phone number, kept in the database and synced. Such findings are only
 * ignored for the draft at hand, in the panel; the storage layer refuses them whoever asks.
 */
export class PersonalIgnoreRefused extends Error {
  constructor() {
    super('personal data is never ignored beyond the current draft');
  }
}

const personalKey = (key: string) => isPersonal({ ruleId: key.split('|', 1)[0] });

export async function toneContext(threadId: string, database: TrustOpsDb = db()): Promise<ToneContext> {
  const [settings, rules, threadIgnores] = await Promise.all([
    loadSettings(database),
    activeRules(database),
    threadId ? database.threadIgnores.where('threadId').equals(threadId).toArray() : Promise.resolve([]),
  ]);
  // An ignore of personal data that reached the database another way (an import, sync) is not applied.
  const keys = [...settings.toneExceptions.filter((e) => !isPersonal(e)).map((e) => e.key), ...threadIgnores.map((i) => i.key)];
  return {
    // The background's handler reads the crisis again at its (test-adjustable) clock.
    profile: { ...settings.profile, crisis: crisisInForce(settings.crisis, Date.now()) },
    rules,
    ignored: keys.filter((key) => !personalKey(key)),
  };
}

export async function ignoreInThread(
  threadId: string,
  finding: { key: string; ruleId: string; category: string },
  database: TrustOpsDb = db(),
): Promise<void> {
  if (isPersonal(finding) || personalKey(finding.key)) throw new PersonalIgnoreRefused();
  await database.threadIgnores.put({ threadId, key: finding.key, at: Date.now() });
}

/** "Ignore always": a local exception, kept in settings so the lead can export it. */
export async function ignoreAlways(
  exception: { key: string; ruleId: string; category: string; text: string },
  database: TrustOpsDb = db(),
): Promise<void> {
  if (isPersonal(exception) || personalKey(exception.key)) throw new PersonalIgnoreRefused();
  const settings = await loadSettings(database);
  if (settings.toneExceptions.some((e) => e.key === exception.key)) return;
  await saveSettings(
    { toneExceptions: [...settings.toneExceptions, { ...exception, createdAt: new Date().toISOString() }] },
    database,
  );
}

/** What the audit trail keeps of a finding: personal data masked here too, whatever the sender sent. */
function auditFinding(finding: AuditRecord['findings'][number]): AuditRecord['findings'][number] {
  return isPersonal(finding) ? { ...finding, excerpt: maskPersonal(finding.excerpt) } : finding;
}

/**
 * Stores a "send anyway" decision. A record whose `clientId` is already stored (the sender's outbox
 * delivered it again) is not stored twice: false.
 */
export async function recordSendAnyway(entry: Omit<AuditRecord, 'id' | 'kind' | 'at'>, database: TrustOpsDb = db()): Promise<boolean> {
  const record: Omit<AuditRecord, 'id'> = { ...entry, findings: entry.findings.map(auditFinding), kind: 'send-anyway', at: Date.now() };
  const stored = await database.transaction('rw', database.audit, async () => {
    if (entry.clientId !== undefined && (await database.audit.where('clientId').equals(entry.clientId).count()) > 0) return false;
    await database.audit.add(record);
    return true;
  });
  if (stored) announceChange('audit');
  return stored;
}

/**
 * Stores the findings of a draft sent past them without "send anyway" (warnings, blocks ignored for
 * now): rule and category only, no text and no address. Once per client id, like the others.
 */
export async function recordSentFindings(
  entry: { clientId: string; threadId: string; findings: readonly { ruleId: string; category: string; severity: string }[] },
  database: TrustOpsDb = db(),
): Promise<boolean> {
  const record: Omit<AuditRecord, 'id'> = {
    kind: 'sent-with-findings',
    at: Date.now(),
    threadId: entry.threadId,
    url: '',
    findings: entry.findings.map(({ ruleId, category, severity }) => ({ ruleId, category, severity, excerpt: '' })),
    clientId: entry.clientId,
  };
  const stored = await database.transaction('rw', database.audit, async () => {
    if ((await database.audit.where('clientId').equals(entry.clientId).count()) > 0) return false;
    await database.audit.add(record);
    return true;
  });
  if (stored) announceChange('audit');
  return stored;
}

/** The audit trail: "send anyway" decisions, newest first (sends with findings are counted, not listed). */
export async function listAudit(database: TrustOpsDb = db()): Promise<AuditRecord[]> {
  return database.audit.orderBy('at').reverse().filter((record) => record.kind === 'send-anyway').toArray();
}
