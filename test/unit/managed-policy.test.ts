import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ManagedPolicySchema, managedKeys } from '../../lib/schema/managed';
import { BrandProfileSchema } from '../../lib/schema/profile';
import { SlaPolicySchema } from '../../lib/schema/policy';
import { EscalationRouteSchema } from '../../lib/schema/settings';

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
