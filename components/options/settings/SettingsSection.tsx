import { lang, t } from '../i18n';
import { EscalationRoutesCard } from './EscalationRoutesCard';
import { GeneralCard } from './GeneralCard';
import { NotificationsCard } from './NotificationsCard';
import { RetentionCard } from './RetentionCard';
import { useLiveSettings, useSettingsStore } from './store';
import { SyncCard } from './SyncCard';
import { ManagedLock } from '../ui/ManagedLock';
import { BackupCard } from './BackupCard';
import { CrisisCard } from '../crisis/CrisisCard';
import './settings.css';

/** Extension-wide preferences; every change is saved at once. */
export function SettingsSection() {
  useLiveSettings();
  const status = useSettingsStore((s) => s.status);
  const error = useSettingsStore((s) => s.error);
  const savedAt = useSettingsStore((s) => s.savedAt);
  return (
    <div className="section settings">
      <header className="section-header section-header-row">
        <div>
          <h1>{t('settingsTitle')}</h1>
          <p className="lead">{t('settingsLead')}</p>
        </div>
        <p className="save-status" role="status">
          {savedAt && t('settingsSavedAt', { time: new Date(savedAt).toLocaleTimeString(lang) })}
        </p>
      </header>
      {status === 'loading' && <p className="empty">{t('loading')}</p>}
      {status === 'error' && (
        <p className="import-result import-failed" role="alert">
          {t('settingsLoadFailed', { error: error ?? '' })}
        </p>
      )}
      {status === 'ready' && (
        <div className="settings-grid">
          <ManagedLock keys={['crisis']} className="settings-wide">
            <CrisisCard />
          </ManagedLock>
          <ManagedLock keys={['language', 'autoOpenPanel', 'suggestionsCount', 'thanksNeedsNoReply']}>
            <GeneralCard />
          </ManagedLock>
          <div className="settings-column">
            <ManagedLock keys={['notifications']}>
              <NotificationsCard />
            </ManagedLock>
            <ManagedLock keys={['syncEnabled']}>
              <SyncCard />
            </ManagedLock>
          </div>
          <ManagedLock keys={['escalationRoutes']} className="settings-wide">
            <EscalationRoutesCard />
          </ManagedLock>
          <ManagedLock keys={['retention']}>
            <RetentionCard />
          </ManagedLock>
          <BackupCard />
        </div>
      )}
    </div>
  );
}
