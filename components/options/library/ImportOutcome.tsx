import { t } from '../i18n';
import type { ReadyPlan } from './import-plan';

/** The import's progress, from choosing a file to its outcome. */
export type ImportState =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string }
  | { step: 'failed'; fileName: string; errors: string[]; reason?: string }
  | { step: 'confirm'; plan: ReadyPlan }
  | { step: 'cancelled'; fileName: string }
  | { step: 'done'; summary: string; warnings: string[] };

/** What the last import did: progress, the reasons it was refused, or its summary and warnings. */
export function ImportOutcome({ state }: { state: ImportState }) {
  switch (state.step) {
    case 'reading':
      return <p className="import-note" role="status">{t('importReading', { file: state.fileName })}</p>;
    case 'cancelled':
      return <p className="import-note" role="status">{t('importCancelled', { file: state.fileName })}</p>;
    case 'failed':
      return (
        <div className="import-result import-failed" role="alert" data-testid="import-errors">
          <p className="import-result-title">{state.reason ?? t('importFailedTitle', { file: state.fileName })}</p>
          {state.errors.length > 0 && (
            <ul className="issue-list">
              {state.errors.map((error, i) => (
                <li key={i}>{error}</li>
              ))}
            </ul>
          )}
        </div>
      );
    case 'done':
      return (
        <div className="import-result import-done" role="status" data-testid="import-summary">
          <p className="import-result-title">{state.summary}</p>
          {state.warnings.length > 0 && (
            <>
              <p className="import-warnings-title">{t('importWarnings')}</p>
              <ul className="issue-list issue-list-warn">
                {state.warnings.map((warning, i) => (
                  <li key={i}>{warning}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      );
    default:
      return null;
  }
}
