import { groupByTable } from '../../lib/storage/skipped-rows';
import { lang } from './i18n';
import { RawExportButton } from './RawExportButton';
import { createStorageTranslator, tableLabel } from './storage-texts';
import { useStorageProblems } from './useStorageProblems';
import './storage-problems.css';

const SHOWN_PER_TABLE = 5;
const { t, skippedIn } = createStorageTranslator(lang);

/**
 * The dashboard's word on the database: it cannot be opened (with the real error and the raw
 * export), rows were skipped as malformed (named per table: key and reason), or the browser
 * refused a write for lack of space. Nothing is shown while all is well.
 */
export function StorageProblemsBanner() {
  const { unavailable, skipped, lastError, recheck, dismissError } = useStorageProblems();
  if (!unavailable && !skipped.length && !lastError) return null;
  return (
    <div className="storage-problems" data-testid="storage-problems">
      {unavailable && (
        <section className="storage-problem storage-problem-error" role="alert">
          <h2>{t('dbUnavailableTitle')}</h2>
          <p>{t('dbUnavailable', { error: unavailable })}</p>
          <ProblemActions primary onRecheck={recheck} />
        </section>
      )}
      {!unavailable && skipped.length > 0 && (
        <section className="storage-problem" role="alert" data-testid="skipped-rows">
          <h2>{t('skippedTitle')}</h2>
          <p>{t('skippedLead')}</p>
          {[...groupByTable(skipped)].map(([table, rows]) => (
            <div key={table} className="storage-problem-table" data-table={table}>
              <p>{skippedIn(rows.length, tableLabel(t, table))}</p>
              <ul>
                {rows.slice(0, SHOWN_PER_TABLE).map((row) => (
                  <li key={row.key}>
                    <code>{row.key}</code> — {row.reason}
                    {row.during === 'upgrade' && ` (${t('skippedUpgrade')})`}
                  </li>
                ))}
                {rows.length > SHOWN_PER_TABLE && <li>{t('skippedMore', { n: rows.length - SHOWN_PER_TABLE })}</li>}
              </ul>
            </div>
          ))}
          <ProblemActions onRecheck={recheck} />
        </section>
      )}
      {lastError && (
        <section className="storage-problem storage-problem-error" role="alert" data-testid="storage-error">
          <h2>{t('quotaTitle')}</h2>
          <p>
            {t('quota', {
              name: lastError.name,
              time: new Date(lastError.at).toLocaleString(lang),
              tables: lastError.tables.map((table) => tableLabel(t, table)).join(', '),
            })}
          </p>
          <div className="storage-problem-actions">
            <button type="button" className="button button-small" onClick={dismissError}>
              {t('quotaDismiss')}
            </button>
          </div>
        </section>
      )}
    </div>
  );
}

/** Download the raw data, or look again: the way out of every database problem. */
function ProblemActions({ primary = false, onRecheck }: { primary?: boolean; onRecheck: () => void }) {
  return (
    <div className="storage-problem-actions">
      <RawExportButton lang={lang} className={primary ? 'button button-small button-primary' : 'button button-small'} />
      <button type="button" className="button button-small" onClick={onRecheck}>
        {t('recheck')}
      </button>
    </div>
  );
}
