import { t } from '../i18n';
import { useSettingsStore } from './store';
import { SwitchRow } from './SwitchRow';

/** Which SLA alerts the browser shows: the deadline is near, the deadline has passed. */
export function NotificationsCard() {
  const notifications = useSettingsStore((s) => s.settings.notifications);
  const save = useSettingsStore((s) => s.save);
  return (
    <section className="card settings-card" aria-labelledby="settings-notifications-title">
      <header className="card-header">
        <h2 id="settings-notifications-title">{t('settingsNotifications')}</h2>
      </header>
      <div className="card-body">
        <SwitchRow
          label={t('notifyWarning')}
          hint={t('notifyWarningHint')}
          checked={notifications.warning}
          onChange={(warning) => void save({ notifications: { ...notifications, warning } })}
        />
        <SwitchRow
          label={t('notifyBreach')}
          hint={t('notifyBreachHint')}
          checked={notifications.breach}
          onChange={(breach) => void save({ notifications: { ...notifications, breach } })}
        />
      </div>
    </section>
  );
}
