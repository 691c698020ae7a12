import { lang, t } from '../i18n';
import { useSettingsStore } from './store';
import { SwitchRow } from './SwitchRow';
import { kilobytes, syncProblemText } from './sync-messages';
import { SYNC_QUOTA_BYTES_PER_ITEM } from '../../../lib/storage/sync';

/** The opt-in to mirror settings through the browser account, and what the last mirror did. */
export function SyncCard() {
  const enabled = useSettingsStore((s) => s.settings.syncEnabled);
  const sync = useSettingsStore((s) => s.sync);
  const save = useSettingsStore((s) => s.save);
  const problems = sync?.problems ?? [];
  return (
    <section className="card settings-card" aria-labelledby="settings-sync-title">
      <header className="card-header">
        <h2 id="settings-sync-title">{t('settingsSync')}</h2>
      </header>
      <div className="card-body">
        <SwitchRow
          label={t('settingSync')}
          hint={t('settingSyncHint', { item: kilobytes(SYNC_QUOTA_BYTES_PER_ITEM) })}
          checked={enabled}
          onChange={(syncEnabled) => void save({ syncEnabled })}
        />
        {enabled && sync && (problems.length > 0 || sync.error) && (
          <div className="sync-result sync-failed" role="alert" data-testid="sync-problems">
            <p className="sync-result-title">{t('syncKeptLocal')}</p>
            <ul>
              {problems.map((problem) => (
                <li key={problem.key}>{syncProblemText(problem)}</li>
              ))}
              {sync.error && <li>{t('syncFailed', { error: sync.error })}</li>}
            </ul>
          </div>
        )}
        {enabled && sync && !problems.length && !sync.error && (
          <p className="sync-result sync-ok" role="status" data-testid="sync-ok">
            {t('syncDone', { time: new Date(sync.at).toLocaleTimeString(lang) })}
          </p>
        )}
      </div>
    </section>
  );
}
