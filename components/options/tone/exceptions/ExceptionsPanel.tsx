import { useId, useState } from 'react';
import { lang, t } from '../../i18n';
import { useSettingsStore } from '../../settings/store';
import { FileErrors } from '../FileErrors';
import { categoryText } from '../labels';
import { exportExceptions, importExceptions, removeExceptionWithUndo } from './actions';

const formatDate = (iso: string) => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(lang, { dateStyle: 'medium', timeStyle: 'short' });
};

/** Findings the team chose to "ignore always": a local list the lead can export, review and share. */
export function ExceptionsPanel() {
  const exceptions = useSettingsStore((s) => s.settings.toneExceptions);
  const [importErrors, setImportErrors] = useState<{ file: string; errors: string[] } | null>(null);
  const inputId = useId();
  return (
    <section className="card" aria-labelledby="exceptions-title">
      <header className="card-header card-header-wrap">
        <div>
          <h2 id="exceptions-title">{t('exceptionsTitle')}</h2>
          <p className="card-meta">{t('exceptionsLead', { n: exceptions.length.toLocaleString(lang) })}</p>
        </div>
        <div className="toolbar">
          <input
            id={inputId}
            type="file"
            className="visually-hidden file-input"
            accept=".json,application/json"
            onChange={async (event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (!file) return;
              const errors = await importExceptions(file);
              setImportErrors(errors && { file: file.name, errors });
            }}
          />
          <label htmlFor={inputId} className="button button-small file-button">
            {t('exceptionsImport')}
          </label>
          <button type="button" className="button button-small" onClick={() => exportExceptions(exceptions)}>
            {t('exceptionsExport')}
          </button>
        </div>
      </header>
      {importErrors && (
        <FileErrors
          title={t('exceptionsImportFailed', { file: importErrors.file })}
          errors={importErrors.errors}
          testId="exceptions-import-errors"
        />
      )}
      {exceptions.length === 0 ? (
        <p className="empty">{t('exceptionsEmpty')}</p>
      ) : (
        <ul className="exception-list">
          {exceptions.map((exception) => (
            <li key={exception.key} className="exception" data-testid="exception-item">
              <div className="exception-text">
                <span className="exception-match">{exception.text || '—'}</span>
                <span className="exception-meta">
                  <span data-category={exception.category} title={exception.category}>
                    {categoryText(exception.category)}
                  </span>
                  {exception.ruleId !== exception.category && (
                    <>
                      {' · '}
                      <code>{exception.ruleId}</code>
                    </>
                  )}
                  {' · '}
                  {formatDate(exception.createdAt)}
                </span>
              </div>
              <button
                type="button"
                className="button button-small button-quiet-danger"
                aria-label={t('exceptionRemoveNamed', { text: exception.text || exception.ruleId })}
                onClick={() => void removeExceptionWithUndo(exception)}
              >
                {t('exceptionRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
