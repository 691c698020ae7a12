import { useState } from 'react';
import type { EscalationRoute } from '../../../lib/schema/settings';
import { t } from '../i18n';
import { RouteDialog } from './RouteDialog';
import { newRouteId, removeRouteWithUndo, saveRoute } from './routes';
import { useSettingsStore } from './store';

/** Hard cases go to these people or groups; the SLA panel offers them for an escalated thread. */
export function EscalationRoutesCard() {
  const routes = useSettingsStore((s) => s.settings.escalationRoutes);
  // undefined: closed; null: adding; a route: editing it.
  const [editing, setEditing] = useState<EscalationRoute | null>();
  return (
    <section className="card settings-card settings-wide" aria-labelledby="settings-routes-title">
      <header className="card-header">
        <div>
          <h2 id="settings-routes-title">{t('settingsRoutes')}</h2>
          <p className="card-meta">{t('settingsRoutesLead')}</p>
        </div>
        <button type="button" className="button button-small" onClick={() => setEditing(null)}>
          + {t('routeAdd')}
        </button>
      </header>
      {routes.length === 0 ? (
        <p className="empty">{t('routesEmpty')}</p>
      ) : (
        <ul className="route-list">
          {routes.map((route) => (
            <li key={route.id} className="route" data-testid="route-item">
              <div className="route-text">
                <span className="route-name">{route.name}</span>
                <span className={route.contact ? 'route-contact' : 'route-contact route-contact-none'}>
                  {route.contact || t('routeNoContact')}
                </span>
              </div>
              <div className="reply-actions">
                <button
                  type="button"
                  className="button button-small"
                  aria-label={t('routeEditNamed', { name: route.name })}
                  onClick={() => setEditing(route)}
                >
                  {t('edit')}
                </button>
                <button
                  type="button"
                  className="button button-small button-quiet-danger"
                  aria-label={t('routeRemoveNamed', { name: route.name })}
                  onClick={() => void removeRouteWithUndo(route)}
                >
                  {t('delete')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {editing !== undefined && (
        <RouteDialog
          route={editing ?? undefined}
          onClose={() => setEditing(undefined)}
          onSubmit={({ name, contact }) =>
            void saveRoute({ id: editing?.id ?? newRouteId(name, routes), name, contact })
          }
        />
      )}
    </section>
  );
}
