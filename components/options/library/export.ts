import { packToJson, repliesToCsv } from '../../../lib/engine/pack';
import { exportPack } from '../../../lib/storage/library';
import { t } from '../i18n';
import { showToast } from '../ui/toast-store';
import { downloadText } from './download';

/** Downloads the pack as `<id>.json` (the interchange format) or its replies as `<id>.csv`. */
export async function downloadPack(packId: string, format: 'json' | 'csv'): Promise<void> {
  try {
    const pack = await exportPack(packId);
    if (format === 'json') downloadText(`${packId}.json`, packToJson(pack), 'application/json');
    else downloadText(`${packId}.csv`, repliesToCsv(pack.replies), 'text/csv');
  } catch (error) {
    showToast({ message: t('exportFailed', { error: error instanceof Error ? error.message : String(error) }) });
  }
}
