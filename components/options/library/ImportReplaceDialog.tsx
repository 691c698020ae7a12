import { plural, t } from '../i18n';
import { Dialog } from '../ui/Dialog';
import type { ReadyPlan } from './import-plan';

/** "Replace pack X (N replies)?" before an import overwrites a pack with the same id. */
export function ImportReplaceDialog({ plan, onConfirm, onCancel }: { plan: ReadyPlan; onConfirm: () => void; onCancel: () => void }) {
  const replacing = plan.replacing;
  if (!replacing) return null;
  return (
    <Dialog
      title={t('replaceTitle')}
      onClose={onCancel}
      footer={
        <>
          <button type="button" className="button" onClick={onCancel}>
            {t('cancel')}
          </button>
          <button type="button" className="button button-primary" autoFocus onClick={onConfirm}>
            {t('replace')}
          </button>
        </>
      }
    >
      <p>{t('replaceQuestion', { name: replacing.name, replies: plural('replies', replacing.replies) })}</p>
    </Dialog>
  );
}
