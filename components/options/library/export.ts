import { packToJson, promotePicks, repliesToCsv } from '../../../lib/engine/pack';
import { packEdition } from '../../../lib/engine/pack/edition';
import { DEFAULT_POLICY } from '../../../lib/engine/sla/default-policy';
import { exportPack, listPicks } from '../../../lib/storage/library';
import { loadSettings } from '../../../lib/storage/settings';
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

export interface PublishChoice {
  revision: string;
  /** Put this browser's brand profile / SLA policy into the pack, for subscribers to take. */
  withProfile: boolean;
  withSlaPolicy: boolean;
}

/**
 * "Ready to host": the pack stamped with `updatedAt` (now) and the revision, with the lead's brand
 * profile and SLA policy when chosen, downloaded as `<id>.json`. Unsigned: the private key stays
 * out of the browser; `pack sign` in the CLI signs this file as it is.
 */
export async function downloadPackReadyToHost(packId: string, choice: PublishChoice): Promise<boolean> {
  try {
    const [pack, settings] = await Promise.all([exportPack(packId), loadSettings()]);
    const team = {
      ...pack,
      profile: choice.withProfile ? settings.profile : undefined,
      // No policy of one's own means the default one: publish it as such, so subscribers get it too.
      slaPolicy: choice.withSlaPolicy ? (settings.slaPolicy ?? DEFAULT_POLICY) : undefined,
    };
    downloadText(`${packId}.json`, packToJson(packEdition(team, { now: new Date(), revision: choice.revision })), 'application/json');
    return true;
  } catch (error) {
    showToast({ message: t('exportFailed', { error: error instanceof Error ? error.message : String(error) }) });
    return false;
  }
}
