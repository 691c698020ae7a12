import { useEffect, useState, type DragEvent } from 'react';
import type { PackRecord } from '../../../lib/schema/storage';
import { plural, t } from '../i18n';
import { showToast } from '../ui/toast-store';
import { commitImport, planImport, undoReplace, type ReadyPlan } from './import-plan';
import { ImportOutcome, type ImportState } from './ImportOutcome';
import { ImportReplaceDialog } from './ImportReplaceDialog';
import { useLibrary } from './store';

/** File picker and drop zone for packs (.json) and replies (.csv), with the outcome below. */
export function ImportPanel({ target }: { target: PackRecord | undefined }) {
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    // A file dropped beside the card would make the tab open it and leave the dashboard.
    const keepPage = (event: globalThis.DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    addEventListener('dragover', keepPage);
    addEventListener('drop', keepPage);
    return () => {
      removeEventListener('dragover', keepPage);
      removeEventListener('drop', keepPage);
    };
  }, []);

  const start = async (file: File) => {
    setState({ step: 'reading', fileName: file.name });
    try {
      const plan = await planImport(file, target);
      if (!plan.ok) return setState({ step: 'failed', fileName: plan.fileName, errors: plan.errors, reason: plan.reason });
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
    const { imported } = plan;
    const summary = [
      t('importDone', { pack: plan.pack.name, replies: plural('replies', imported.replies), rules: plural('rules', imported.rules) }),
      imported.updated ? t('importUpdated', { n: imported.updated }) : '',
    ].join(' ').trim();
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
    <section
      className={dragging ? 'card import drop-active' : 'card import'}
      aria-labelledby="import-title"
      data-testid="import-drop-zone"
      onDragOver={(event) => {
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        setDragging(true);
      }}
      onDragLeave={(event) => {
        // Moving over a child also fires dragleave; only leaving the card counts.
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <div className="drop-zone">
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
