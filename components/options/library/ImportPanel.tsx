import { useRef, useState, type DragEvent } from 'react';
import type { PackRecord } from '../../../lib/schema/storage';
import { plural, t } from '../i18n';
import { showToast } from '../ui/toast-store';
import { commitImport, planImport, undoReplace, type ReadyPlan } from './import-plan';
import { ImportReplaceDialog } from './ImportReplaceDialog';
import { useLibrary } from './store';

type ImportState =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string }
  | { step: 'failed'; fileName: string; errors: string[] }
  | { step: 'confirm'; plan: ReadyPlan }
  | { step: 'cancelled'; fileName: string }
  | { step: 'done'; summary: string; warnings: string[] };

/** File picker and drop zone for packs (.json) and replies (.csv), with the outcome below. */
export function ImportPanel({ target }: { target: PackRecord | undefined }) {
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const start = async (file: File) => {
    setState({ step: 'reading', fileName: file.name });
    try {
      const plan = await planImport(file, target);
      if (!plan.ok) return setState({ step: 'failed', fileName: plan.fileName, errors: plan.errors });
      if (plan.replacing) return setState({ step: 'confirm', plan });
      await commit(plan);
    } catch (error) {
      setState({ step: 'failed', fileName: file.name, errors: [error instanceof Error ? error.message : String(error)] });
    }
  };

  const commit = async (plan: ReadyPlan) => {
    const { result, before } = await commitImport(plan);
    const library = useLibrary.getState();
    await library.refresh();
    library.selectPack(result.packId);
    const summary = t('importDone', {
      pack: plan.pack.name,
      replies: plural('replies', result.replies),
      rules: plural('rules', result.rules),
    });
    setState({ step: 'done', summary, warnings: plan.warnings });
    if (plan.replacing && before)
      showToast({
        message: t('packReplacedToast', { name: plan.pack.name }),
        action: { label: t('undo'), run: () => undoReplace(before).then(() => useLibrary.getState().refresh()) },
      });
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void start(file);
  };

  return (
    <section className="card import" aria-labelledby="import-title">
      <div
        className={dragging ? 'drop-zone drop-zone-active' : 'drop-zone'}
        data-testid="import-drop-zone"
        onDragOver={(event) => {
          event.preventDefault();
          event.dataTransfer.dropEffect = 'copy';
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <h2 id="import-title" className="drop-title">
          {t('importTitle')}
        </h2>
        <p className="drop-text">
          {t('importDrop')}
          <span className="drop-target-note">
            {' '}
            {target ? t('importCsvTarget', { name: target.name }) : t('importCsvNewPack')}
          </span>
        </p>
        <input
          ref={input}
          id="import-file"
          type="file"
          className="visually-hidden"
          accept=".json,.csv,application/json,text/csv"
          onChange={(event) => {
            const file = event.target.files?.[0];
            // Cleared so that choosing the same file again still fires a change.
            event.target.value = '';
            if (file) void start(file);
          }}
        />
        <label htmlFor="import-file" className="button file-button">
          {t('importChoose')}
        </label>
      </div>
      <ImportOutcome state={state} />
      {state.step === 'confirm' && (
        <ImportReplaceDialog
          plan={state.plan}
          onConfirm={() => {
            const { plan } = state;
            setState({ step: 'reading', fileName: plan.fileName });
            commit(plan).catch((error: unknown) => setState({ step: 'failed', fileName: plan.fileName, errors: [String(error)] }));
          }}
          onCancel={() => setState({ step: 'cancelled', fileName: state.plan.fileName })}
        />
      )}
    </section>
  );
}

function ImportOutcome({ state }: { state: ImportState }) {
  switch (state.step) {
    case 'reading':
      return <p className="import-note" role="status">{t('importReading', { file: state.fileName })}</p>;
    case 'cancelled':
      return <p className="import-note" role="status">{t('importCancelled', { file: state.fileName })}</p>;
    case 'failed':
      return (
        <div className="import-result import-failed" role="alert" data-testid="import-errors">
          <p className="import-result-title">{t('importFailedTitle', { file: state.fileName })}</p>
          <ul className="issue-list">
            {state.errors.map((error, i) => (
              <li key={i}>{error}</li>
            ))}
          </ul>
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
