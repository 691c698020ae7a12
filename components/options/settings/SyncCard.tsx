import { useEffect, useState } from 'react';
import { t } from '../i18n';
import { useSettingsStore } from './store';
import { SwitchRow } from './SwitchRow';
import { clockTime, kilobytes, syncErrorText, syncProblemText } from './sync-messages';
import { SYNC_QUOTA_BYTES_PER_ITEM } from '../../../lib/storage/sync';
import { readSyncStatus, statusOf, type SyncStatus } from '../../../lib/storage/sync-status';
import { browserSyncStatusArea, watchSyncStatus } from '../../../lib/storage/browser-sync';

/** The last outcome the background recorded (its pushes retry); kept current while the card shows. */
function useRecordedSyncStatus(): SyncStatus | null {
  const [status, setStatus] = useState<SyncStatus | null>(null);
  useEffect(() => {
    let live = true;
    void readSyncStatus(browserSyncStatusArea)
      .then((stored) => live && setStatus((current) => current ?? stored))
      .catch(() => {});
    const stop = watchSyncStatus(setStatus);
    return () => {
      live = false;
      stop();
    };
  }, []);
  return status;
}

/** The opt-in to mirror settings through the browser account, and what the last mirror did. */
export function SyncCard() {
  const enabled = useSettingsStore((s) => s.settings.syncEnabled);
  const pushedHere = useSettingsStore((s) => s.sync);
  const save = useSettingsStore((s) => s.save);
  const recorded = useRecordedSyncStatus();
  // This page pushes on its own saves; the background pushes on every change and retries: the newer wins.
  const here = pushedHere && statusOf(pushedHere, pushedHere.at);
  const last = here && (!recorded || here.at > recorded.at) ? here : recorded;
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
        {enabled && last && <SyncOutcome status={last} />}
      </div>
    </section>
  );
}

function SyncOutcome({ status }: { status: SyncStatus }) {
  if (status.state === 'ok') {
    return (
      <p className="sync-result sync-ok" role="status" data-testid="sync-ok">
        {t('syncDone', { time: clockTime(status.at) })}
      </p>
    );
  }
  return (
    <div className="sync-result sync-failed" role="alert" data-testid="sync-problems" data-state={status.state}>
      <p className="sync-result-title">{t('syncKeptLocal')}</p>
      <ul>
        {status.problems.map((problem) => (
          <li key={problem.key}>{syncProblemText(problem)}</li>
        ))}
        {status.error && <li>{t('syncFailed', { error: syncErrorText(status.error) })}</li>}
        {status.state === 'retry' && status.retryAt !== undefined && (
          <li data-testid="sync-retry">
            {t('syncRetrying', { time: clockTime(status.retryAt), n: status.retries ?? 1, max: status.maxRetries ?? status.retries ?? 1 })}
          </li>
        )}
        {status.state === 'error' && status.maxRetries !== undefined && <li>{t('syncGaveUp')}</li>}
      </ul>
      <p className="sync-result-time" data-testid="sync-last-attempt">
        {t('syncLastAttempt', { time: clockTime(status.at) })}
      </p>
    </div>
  );
}
