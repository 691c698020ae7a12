import type { Pack } from '../schema/pack';
import type { SubscriptionChange } from '../schema/subscription';

type Item = { id: string; title: string };

/** What a new version of a subscribed pack changes against the held one (titles for the user). */
export function summarizeChange(held: Pack | undefined, next: Pack, at: string): SubscriptionChange {
  const replies = compare(held?.replies ?? [], next.replies, (reply) => ({ id: reply.id, title: reply.title }));
  const rules = compare(held?.rules ?? [], next.rules, (rule) => ({ id: rule.id, title: rule.message }));
  return { at, first: !held, replies, rules, profileChanged: false, slaPolicyChanged: false };
}

function compare<T extends { id: string }>(before: readonly T[], after: readonly T[], show: (item: T) => Item) {
  const old = new Map(before.map((item) => [item.id, item]));
  const next = new Map(after.map((item) => [item.id, item]));
  return {
    added: after.filter((item) => !old.has(item.id)).map(show),
    changed: after.filter((item) => old.has(item.id) && stable(old.get(item.id)) !== stable(item)).map(show),
    removed: before.filter((item) => !next.has(item.id)).map(show),
  };
}

/** JSON with sorted keys: key order in a file is not a change. */
function stable(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}
