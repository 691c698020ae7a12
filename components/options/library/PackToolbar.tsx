import type { PackRecord } from '../../../lib/schema/storage';
import { t } from '../i18n';
import { deletePackWithUndo } from './actions';
import { downloadPack } from './export';
import { useLibrary } from './store';

/** Actions on the selected pack, above its replies. */
export function PackToolbar({ pack }: { pack: PackRecord }) {
  const openDialog = useLibrary((s) => s.openDialog);
  return (
    <div className="toolbar" role="toolbar" aria-label={pack.name}>
      <button type="button" className="button button-small" onClick={() => openDialog({ kind: 'rename-pack', pack })}>
        {t('rename')}
      </button>
      <button type="button" className="button button-small" onClick={() => void downloadPack(pack.id, 'json')}>
        {t('exportJson')}
      </button>
      <button type="button" className="button button-small" onClick={() => void downloadPack(pack.id, 'csv')}>
        {t('exportCsv')}
      </button>
      <button type="button" className="button button-small button-danger" onClick={() => void deletePackWithUndo(pack)}>
        {t('deletePack')}
      </button>
    </div>
  );
}
