import type { SettingsMigration, SettingsRecord } from './types';

/** The escalation route v2 records were created with for the PR / crisis group. */
const CRISIS_ROUTE_ID = 'pr';

/**
 * v2 → v3. v3 brings crisis mode (`crisis`, lib/schema/crisis.ts) with its own escalation contacts.
 * Until then the only place a team kept the crisis group's contact was the «PR / кризисная группа»
 * escalation route, so the v3 record starts (crisis off) with that route's contact as the crisis
 * contacts — the dashboard's crisis card then offers it instead of an empty list. A record without
 * such a route (or a synced item of another key) is left as it is: the schema's default applies.
 * Example input: test/fixtures/settings/v2.json.
 */
export const migration002: SettingsMigration = {
  from: 2,
  to: 3,
  summary: 'crisis mode; the PR / crisis route becomes its contacts',
  migrate: (record) => {
    if ('crisis' in record) return { ...record };
    const contact = crisisRouteContact(record);
    return contact ? { ...record, crisis: { active: false, reason: '', contacts: [contact], source: 'user' } } : { ...record };
  },
};

function crisisRouteContact(record: SettingsRecord): string | undefined {
  const routes = record.escalationRoutes;
  if (!Array.isArray(routes)) return undefined;
  const route = routes.find((r): r is { name?: unknown; contact: string } => !!r && typeof r === 'object' && r.id === CRISIS_ROUTE_ID);
  if (!route || typeof route.contact !== 'string' || !route.contact.trim()) return undefined;
  const name = typeof route.name === 'string' && route.name.trim() ? `${route.name.trim()}: ` : '';
  return `${name}${route.contact.trim()}`.slice(0, 200);
}
