import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isPersonal, maskPersonal } from '../../lib/engine/tone/personal';
import { TrustOpsDb } from '../../lib/storage/db';
import { loadSettings, saveSettings } from '../../lib/storage/settings';
import { ignoreAlways, ignoreInThread, listAudit, PersonalIgnoreRefused, recordSendAnyway, toneContext } from '../../lib/storage/tone';

/**
 * The privacy rules of the tone side hold in the storage layer, whoever sends the request: no
 * stored ignore of personal data, and personal data masked in the audit trail.
 */
let database: TrustOpsDb;
beforeEach(() => {
  database = new TrustOpsDb(`privacy-${Math.random().toString(36).slice(2)}`);
});
afterEach(async () => {
  database.close();
  await Dexie.delete(database.name);
});

describe('masking personal data', () => {
  it('keeps the last four letters or digits and the punctuation; masking twice changes nothing', () => {
    expect(maskPersonal('4111 1111 1111 1111')).toBe('•••• •••• •••• 1111');
    expect(maskPersonal('+7 (912) 345-67-89')).toBe('+• (•••) •••-67-89');
    expect(maskPersonal('anna@example.com')).toBe('••••@••••••e.com');
    expect(maskPersonal(maskPersonal('4111 1111 1111 1111'))).toBe('•••• •••• •••• 1111');
  });

  it('knows personal data by category or rule id', () => {
    expect(isPersonal({ category: 'pii.card' })).toBe(true);
    expect(isPersonal({ category: 'custom', ruleId: 'pii.passport' })).toBe(true);
    expect(isPersonal({ category: 'overpromise', ruleId: 'overpromise' })).toBe(false);
  });
});

describe('ignores of personal data are never stored', () => {
  it('"ignore always" of a card number is refused, other findings are kept', async () => {
    const card = { key: 'pii.card|4111 1111 1111 1111', ruleId: 'pii.card', category: 'pii.card', text: '4111 1111 1111 1111' };
    await expect(ignoreAlways(card, database)).rejects.toBeInstanceOf(PersonalIgnoreRefused);
    // A forged category does not help: the key names the rule.
    await expect(ignoreAlways({ ...card, category: 'overpromise', ruleId: 'overpromise' }, database)).rejects.toBeInstanceOf(PersonalIgnoreRefused);
    await ignoreAlways({ key: 'overpromise|гарантируем', ruleId: 'overpromise', category: 'overpromise', text: 'гарантируем' }, database);
    expect((await loadSettings(database)).toneExceptions.map((e) => e.key)).toEqual(['overpromise|гарантируем']);
  });

  it('"ignore in this thread" of a phone number is refused, other findings are kept', async () => {
    await expect(
      ignoreInThread('t1', { key: 'pii.phone|+7 912 345 67 89', ruleId: 'pii.phone', category: 'pii.phone' }, database),
    ).rejects.toBeInstanceOf(PersonalIgnoreRefused);
    await expect(ignoreInThread('t1', { key: 'x|y', ruleId: 'x', category: 'pii.custom' }, database)).rejects.toBeInstanceOf(PersonalIgnoreRefused);
    await ignoreInThread('t1', { key: 'blame|вы сами', ruleId: 'blame', category: 'blame' }, database);
    expect((await database.threadIgnores.toArray()).map((i) => i.key)).toEqual(['blame|вы сами']);
  });

  it('an ignore of personal data that reached the settings another way (import, sync) is not applied', async () => {
    await saveSettings(
      {
        toneExceptions: [
          { key: 'pii.card|4111 1111 1111 1111', ruleId: 'pii.card', category: 'pii.card', text: '4111', createdAt: '2026-01-01T00:00:00Z' },
          { key: 'shouting|срочно', ruleId: 'shouting', category: 'shouting', text: 'СРОЧНО', createdAt: '2026-01-01T00:00:00Z' },
        ],
      },
      database,
    );
    await database.threadIgnores.put({ threadId: 't1', key: 'pii.email|anna@example.com', at: 1 });
    expect((await toneContext('t1', database)).ignored).toEqual(['shouting|срочно']);
  });
});

describe('the audit trail masks personal data itself', () => {
  it('an unmasked card number sent by any sender is stored masked; other excerpts as sent', async () => {
    await recordSendAnyway(
      {
        threadId: 't',
        url: 'https://vk.com/im',
        findings: [
          { ruleId: 'pii.card', category: 'pii.card', severity: 'block', excerpt: '4111 1111 1111 1111' },
          { ruleId: 'pii.passport', category: 'pii.passport', severity: 'block', excerpt: '•••• ••1234' },
          { ruleId: 'insult', category: 'insult', severity: 'block', excerpt: 'дурак' },
        ],
      },
      database,
    );
    const [record] = await listAudit(database);
    expect(record!.findings.map((f) => f.excerpt)).toEqual(['•••• •••• •••• 1111', '•••• ••1234', 'дурак']);
    expect(JSON.stringify(await database.audit.toArray())).not.toContain('4111 1111');
  });
});
