import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockedKeysOfRefusal, lockedRefusal, ManagedPolicySchema, managedKeys } from '../../lib/schema/managed';
import { EMPTY_MEMORY, settingsToWrite } from '../../lib/managed/pinned-settings';
import { BrandProfileSchema } from '../../lib/schema/profile';
import { SlaPolicySchema } from '../../lib/schema/policy';
import { DEFAULT_SETTINGS, EscalationRouteSchema } from '../../lib/schema/settings';

const jsonSchema = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/managed-schema.json'), 'utf8')) as {
  properties: Record<string, { properties?: Record<string, unknown>; items?: { properties?: Record<string, unknown> } }>;
};
const keys = (shape: object) => Object.keys(shape).sort();

describe('managed policy (storage.managed)', () => {
  it('the manifest schema and the zod schema name the same fields, nested ones included', () => {
    expect(keys(jsonSchema.properties)).toEqual(keys(ManagedPolicySchema.shape));
    expect(keys(jsonSchema.properties.profile!.properties!)).toEqual(keys(BrandProfileSchema.shape));
    expect(keys(jsonSchema.properties.slaPolicy!.properties!)).toEqual(keys(SlaPolicySchema.shape));
    expect(keys(jsonSchema.properties.escalationRoutes!.items!.properties!)).toEqual(keys(EscalationRouteSchema.shape));
    expect(keys(jsonSchema.properties.subscriptions!.items!.properties!)).toEqual(['publicKey', 'url']);
  });

  it('reads a policy; unknown setting names in `locked` are dropped; what it decides is listed', () => {
    const policy = ManagedPolicySchema.parse({
      subscriptions: [{ url: 'https://team.example/pack.json' }],
      slaPolicy: { timezone: 'Europe/Moscow', firstReplyMinutes: 30, nextReplyMinutes: 60 },
      escalationRoutes: [{ id: 'duty', name: 'Дежурный' }],
      locked: ['language', 'nope', 'version'],
    });
    expect(policy.locked).toEqual(['language']);
    expect(managedKeys(policy).sort()).toEqual(['escalationRoutes', 'language', 'slaPolicy']);
    expect(ManagedPolicySchema.parse({})).toEqual({ subscriptions: [], locked: [] });
  });

  it('refuses a policy with a plain-http remote subscription or a broken SLA policy', () => {
    expect(ManagedPolicySchema.safeParse({ subscriptions: [{ url: 'http://team.example/pack.json' }] }).success).toBe(false);
    expect(ManagedPolicySchema.safeParse({ slaPolicy: { timezone: 'Mars/Base', firstReplyMinutes: 30, nextReplyMinutes: 60 } }).success).toBe(false);
  });
});

describe('settings the policy pins (lib/managed/pinned-settings.ts)', () => {
  const policy = ManagedPolicySchema.parse({
    slaPolicy: { timezone: 'Asia/Yekaterinburg', firstReplyMinutes: 20, nextReplyMinutes: 40 },
    escalationRoutes: [{ id: 'duty', name: 'Дежурный' }],
    locked: ['slaPolicy', 'language'],
  });
  const user = DEFAULT_SETTINGS;

  it('a fresh profile gets every policy value; a locked one without a value is frozen as it is', () => {
    const { changes, memory } = settingsToWrite(policy, { ...user, language: 'en' }, EMPTY_MEMORY);
    expect(Object.keys(changes).sort()).toEqual(['escalationRoutes', 'slaPolicy']);
    expect(memory.frozen.language).toEqual({ value: 'en' });
  });

  it('on the next worker start nothing is written; an unlocked value the user edited stays until the policy changes it', () => {
    const first = settingsToWrite(policy, user, EMPTY_MEMORY);
    const applied = { ...user, ...first.changes };
    expect(settingsToWrite(policy, applied, first.memory).changes).toEqual({});
    const edited = { ...applied, escalationRoutes: [{ id: 'mine', name: 'Мой', contact: '' }] };
    expect(settingsToWrite(policy, edited, first.memory).changes).toEqual({});
    const changedPolicy = { ...policy, escalationRoutes: [{ id: 'duty', name: 'Дежурный юрист', contact: '' }] };
    expect(settingsToWrite(changedPolicy, edited, first.memory).changes).toEqual({ escalationRoutes: changedPolicy.escalationRoutes });
  });

  it('a locked value changed behind the dashboard (a sync pull) is put back, the frozen one too', () => {
    const first = settingsToWrite(policy, user, EMPTY_MEMORY);
    const pulled = { ...user, ...first.changes, language: 'en' as const, slaPolicy: { ...first.changes.slaPolicy!, firstReplyMinutes: 90 } };
    const { changes } = settingsToWrite(policy, pulled, first.memory);
    expect(changes).toEqual({ language: user.language, slaPolicy: policy.slaPolicy });
  });

  it('a lock lifted releases the frozen value', () => {
    const first = settingsToWrite(policy, user, EMPTY_MEMORY);
    const unlocked = { ...policy, locked: [] };
    const { changes, memory } = settingsToWrite(unlocked, { ...user, ...first.changes, language: 'en' }, first.memory);
    expect(changes).toEqual({});
    expect(memory.frozen).toEqual({});
  });

  it('the locked refusal names the keys and reads back (the dashboard translates it)', () => {
    const message = lockedRefusal(['slaPolicy', 'language']);
    expect(lockedKeysOfRefusal(`Error: ${message}`)).toEqual(['slaPolicy', 'language']);
    expect(lockedKeysOfRefusal('quota exceeded')).toBeUndefined();
  });
});

it('with no policy there is nothing to write or remember', () => {
  const { changes, memory } = settingsToWrite(ManagedPolicySchema.parse({}), DEFAULT_SETTINGS, EMPTY_MEMORY);
  expect(changes).toEqual({});
  expect(memory).toEqual(EMPTY_MEMORY);
});
