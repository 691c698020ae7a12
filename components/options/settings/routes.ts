import { slugify } from '../../../lib/schema/pack';
import type { EscalationRoute } from '../../../lib/schema/settings';
import { t } from '../i18n';
import { showToast } from '../ui/toast-store';
import { useSettingsStore } from './store';

/** Escalation route writes; each reads the stored list first, so another tab's edit is kept. */
const update = (change: (routes: EscalationRoute[]) => EscalationRoute[]) =>
  useSettingsStore.getState().update((current) => ({ escalationRoutes: change(current.escalationRoutes) }));

/** A fresh id from the name (the SLA panel stores it on escalated threads, so it never changes). */
export function newRouteId(name: string, routes: readonly EscalationRoute[]): string {
  const taken = new Set(routes.map((r) => r.id));
  const base = slugify(name);
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

export function saveRoute(route: EscalationRoute) {
  return update((routes) =>
    routes.some((r) => r.id === route.id) ? routes.map((r) => (r.id === route.id ? route : r)) : [...routes, route],
  );
}

export async function removeRouteWithUndo(route: EscalationRoute) {
  let index = -1;
  const saved = await update((routes) => {
    index = routes.findIndex((r) => r.id === route.id);
    return routes.filter((r) => r.id !== route.id);
  });
  if (!saved || index < 0) return;
  showToast({
    message: t('routeRemoved', { name: route.name }),
    action: {
      label: t('undo'),
      run: () =>
        update((routes) => (routes.some((r) => r.id === route.id) ? routes : routes.toSpliced(index, 0, route))),
    },
  });
}
