import { useEffect, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { watchChanges } from '../../../lib/storage/broadcast';
import { t } from '../i18n';
import { createPackNamed, renamePack } from './actions';
import { ImportPanel } from './ImportPanel';
import { PackList } from './PackList';
import { PackNameDialog } from './PackNameDialog';
import { RepliesPanel } from './RepliesPanel';
import { ReplyEditor } from './ReplyEditor';
import { SubscriptionsPanel } from './SubscriptionsPanel';
import { useLibrary } from './store';
import './library.css';

const byTitle = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** The library manager: import, packs on the left, the chosen pack's replies on the right. */
export function LibrarySection() {
  const { status, error, packs, replies, selectedPackId, dialog, refresh, closeDialog } = useLibrary(
    useShallow((s) => ({
      status: s.status, error: s.error, packs: s.packs, replies: s.replies, selectedPackId: s.selectedPackId,
      dialog: s.dialog, refresh: s.refresh, closeDialog: s.closeDialog,
    })),
  );

  useEffect(() => {
    void refresh();
    // Another tab, the popup or the background (subscriptions) may change the library too.
    return watchChanges((topic) => {
      if (topic === 'library') void refresh();
    });
  }, [refresh]);

  const replyCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const r of replies) counts.set(r.packId, (counts.get(r.packId) ?? 0) + 1);
    return counts;
  }, [replies]);
  const visibleReplies = useMemo(
    () =>
      (selectedPackId ? replies.filter((r) => r.packId === selectedPackId) : [...replies]).sort((a, b) =>
        byTitle.compare(a.title, b.title),
      ),
    [replies, selectedPackId],
  );
  const selectedPack = packs.find((p) => p.id === selectedPackId);

  return (
    <div className="section library">
      <header className="section-header">
        <h1>{t('libraryTitle')}</h1>
        <p className="lead">{t('libraryLead')}</p>
      </header>
      {status === 'loading' && <p className="empty">{t('loading')}</p>}
      {status === 'error' && (
        <p className="import-result import-failed" role="alert">
          {t('loadFailed', { error: error ?? '' })}
        </p>
      )}
      {status === 'ready' && (
        <>
          <ImportPanel target={selectedPack} />
          <SubscriptionsPanel />
          <div className="library-grid">
            <PackList replyCounts={replyCounts} />
            <RepliesPanel replies={visibleReplies} />
          </div>
        </>
      )}
      {dialog?.kind === 'reply' && (
        <ReplyEditor packs={packs} packId={dialog.packId} reply={dialog.reply} onClose={closeDialog} />
      )}
      {dialog?.kind === 'create-pack' && (
        <PackNameDialog
          title={t('createPackTitle')}
          submitLabel={t('create')}
          onSubmit={(name) => void createPackNamed(name, packs)}
          onClose={closeDialog}
        />
      )}
      {dialog?.kind === 'rename-pack' && (
        <PackNameDialog
          title={t('renamePackTitle')}
          submitLabel={t('save')}
          initialName={dialog.pack.name}
          onSubmit={(name) => void renamePack(dialog.pack, name)}
          onClose={closeDialog}
        />
      )}
    </div>
  );
}
