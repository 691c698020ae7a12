import { useState } from 'react';
import type { PackRecord } from '../../../lib/schema/storage';
import { t } from '../i18n';
import { deletePackWithUndo, duplicatePack } from './actions';
import { downloadPack, downloadPackWithPickExamples } from './export';
import { PublishPackDialog } from './PublishPackDialog';
import { useLibrary } from './store';

/** Actions on the selected pack, above its replies. */
export function PackToolbar({ pack }: { pack: PackRecord }) {
  const openDialog = useLibrary((s) => s.openDialog);
  const packs = useLibrary((s) => s.packs);
  // A subscribed pack is the lead's: it changes only by its URL; an editable copy is one click away.
  const subscribed = pack.source === 'subscription';
  const [publishing, setPublishing] = useState(false);
  return (
    <div className="toolbar" role="toolbar" aria-label={pack.name}>
      {subscribed ? (
        <>
          <span className="read-only-note">{t('subscribedReadOnly')}</span>
          <button type="button" className="button button-small" data-testid="trustops-duplicate-pack" onClick={() => void duplicatePack(pack, packs)}>
            {t('duplicateToMine')}
          </button>
        </>
      ) : (
        <button type="button" className="button button-small" onClick={() => openDialog({ kind: 'rename-pack', pack })}>
          {t('rename')}
        </button>
      )}
      <button type="button" className="button button-small" onClick={() => void downloadPack(pack.id, 'json')}>
        {t('exportJson')}
      </button>
      <button type="button" className="button button-small" onClick={() => void downloadPack(pack.id, 'csv')}>
        {t('exportCsv')}
      </button>
      <button
        type="button"
        className="button button-small"
        data-testid="trustops-promote-picks"
        title={t('promoteHint')}
        onClick={() => void downloadPackWithPickExamples(pack.id)}
      >
        {t('promotePicks')}
      </button>
      <button type="button" className="button button-small" data-testid="trustops-publish-pack" title={t('publishHint')} onClick={() => setPublishing(true)}>
        {t('publishPack')}
      </button>
      {publishing && <PublishPackDialog pack={pack} onClose={() => setPublishing(false)} />}
      {!subscribed && (
        <button type="button" className="button button-small button-danger" onClick={() => void deletePackWithUndo(pack)}>
          {t('deletePack')}
        </button>
      )}
    </div>
  );
}
