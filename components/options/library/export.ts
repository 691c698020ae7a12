import { packToJson, promotePicks, repliesToCsv } from '../../../lib/engine/pack';
import { exportPack, listPicks } from '../../../lib/storage/library';
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

/**
 * "Promote picks to examples": the pack with what the team's picks taught added to its replies'
 * `examples`, downloaded as `<id>-examples.json` for the lead to review and publish.
 */
export async function downloadPackWithPickExamples(packId: string): Promise<void> {
  try {
    const [pack, picks] = await Promise.all([exportPack(packId), listPicks()]);
    const { pack: promoted, added } = promotePicks(pack, picks);
    const replies = Object.keys(added).length;
    if (!replies) {
      showToast({ message: t('promoteNone') });
      return;
    }
    const examples = Object.values(added).reduce((sum, n) => sum + n, 0);
    downloadText(`${packId}-examples.json`, packToJson(promoted), 'application/json');
    showToast({ message: t('promoteDone', { examples, replies }) });
  } catch (error) {
    showToast({ message: t('exportFailed', { error: error instanceof Error ? error.message : String(error) }) });
  }
}
