import { useState } from 'react';
import browser from 'webextension-polyfill';
import { request } from '../../../lib/messaging/client';
import { BACKUP_MESSAGE_LIMIT_BYTES } from '../../../lib/schema/backup';
import type { ResponseMap } from '../../../lib/schema/messages';
import { exportBackup } from '../../../lib/storage/backup';
import { formatMegabytes, lang, t } from '../i18n';
import { downloadText } from '../library/download';
import { backupProblemText, tableName } from './backup-texts';

type Inspected = Extract<ResponseMap['backup.inspect'], { ok: true }>;
type State =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'choose'; text: string; file: string; info: Inspected }
  | { kind: 'refused'; file: string; problems: string[] }
  | { kind: 'restored'; written: Record<string, number> }
  | { kind: 'undone' }
  | { kind: 'error'; message: string };

/** Today in the user's time zone, YYYY-MM-DD. */
const today = () => {
  const now = new Date();
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
};
const counts = (byTable: Record<string, number>) =>
  Object.entries(byTable)
    .filter(([, n]) => n > 0)
    .map(([table, n]) => `${tableName(table)}: ${n.toLocaleString(lang)}`)
    .join(', ');

/**
 * Everything in one file (packs, rules, picks and the learned model, threads and their events,
 * metrics' history, audit, settings) and back: a restore into a profile that has data asks merge
 * or replace, and can be undone.
 */
export function BackupCard() {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const fail = (error: unknown) => setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) });

  const download = async () => {
    setState({ kind: 'busy' });
    try {
      // Read here, not through the background: a page may read the database, and a large profile
      // would not fit in one runtime message.
      const text = await exportBackup(undefined, { appVersion: browser.runtime.getManifest().version });
      downloadText(`trustops-backup-${today()}.json`, text, 'application/json');
      setState({ kind: 'idle' });
    } catch (error) {
      fail(error);
    }
  };

  const restore = async (text: string, mode: 'replace' | 'merge') => {
    setState({ kind: 'busy' });
    try {
      const { written } = await request({ type: 'backup.restore', text, mode });
      setState({ kind: 'restored', written });
    } catch (error) {
      fail(error);
    }
  };

  const pick = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > BACKUP_MESSAGE_LIMIT_BYTES)
      return setState({ kind: 'error', message: t('backupTooLarge', { file: file.name, size: formatMegabytes(file.size), limit: formatMegabytes(BACKUP_MESSAGE_LIMIT_BYTES) }) });
    setState({ kind: 'busy' });
    try {
      const text = await file.text();
      const info = await request({ type: 'backup.inspect', text });
      if (!info.ok) return setState({ kind: 'refused', file: file.name, problems: info.problems });
      if (info.empty) return void (await restore(text, 'replace'));
      setState({ kind: 'choose', text, file: file.name, info });
    } catch (error) {
      fail(error);
    }
  };

  const undo = async () => {
    setState({ kind: 'busy' });
    try {
      const { ok } = await request({ type: 'backup.undo' });
      setState(ok ? { kind: 'undone' } : { kind: 'error', message: t('backupUndoGone') });
    } catch (error) {
      fail(error);
    }
  };

  return (
    <section className="card settings-card settings-wide" aria-labelledby="settings-backup-title" data-testid="backup-card">
      <header className="card-header">
        <div>
          <h2 id="settings-backup-title">{t('backupTitle')}</h2>
          <p className="card-meta">{t('backupLead')}</p>
        </div>
      </header>
      <div className="card-body backup-actions">
        <button type="button" className="button" data-testid="trustops-backup-export" disabled={state.kind === 'busy'} onClick={() => void download()}>
          {t('backupDownload')}
        </button>
        <label className="button">
          {t('backupRestore')}
          <input
            type="file"
            accept="application/json,.json"
            className="visually-hidden"
            data-testid="trustops-backup-file"
            onChange={(event) => {
              void pick(event.target.files?.[0]);
              event.target.value = '';
            }}
          />
        </label>
      </div>
      {state.kind === 'choose' && (
        <div className="card-body backup-choice" role="group" aria-label={t('backupChooseTitle')}>
          <p>{t('backupChoose', { file: state.file, date: new Date(state.info.createdAt).toLocaleString(lang), counts: counts(state.info.counts) })}</p>
          <div className="backup-actions">
            <button type="button" className="button" data-testid="trustops-backup-merge" onClick={() => void restore(state.text, 'merge')}>
              {t('backupMerge')}
            </button>
            <button type="button" className="button button-quiet-danger" data-testid="trustops-backup-replace" onClick={() => void restore(state.text, 'replace')}>
              {t('backupReplace')}
            </button>
            <button type="button" className="button button-small" onClick={() => setState({ kind: 'idle' })}>
              {t('cancel')}
            </button>
          </div>
        </div>
      )}
      {state.kind === 'refused' && (
        <div className="import-result import-failed" role="alert">
          <p>{t('backupRefused', { file: state.file })}</p>
          <ul>
            {state.problems.map((problem) => (
              <li key={problem}>{backupProblemText(problem)}</li>
            ))}
          </ul>
        </div>
      )}
      {state.kind === 'restored' && (
        <div className="import-done" role="status" data-testid="trustops-backup-done">
          <span>{t('backupRestored', { counts: counts(state.written) || '0' })}</span>{' '}
          <button type="button" className="button button-small" data-testid="trustops-backup-undo" onClick={() => void undo()}>
            {t('undo')}
          </button>
        </div>
      )}
      {state.kind === 'undone' && (
        <p className="import-done" role="status">
          {t('backupUndone')}
        </p>
      )}
      {state.kind === 'error' && (
        <p className="import-result import-failed" role="alert">
          {t('backupFailed', { error: state.message })}
        </p>
      )}
    </section>
  );
}
