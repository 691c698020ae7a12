import { useT } from '../i18n';
import { keepEditing, sendAnyway } from './actions';
import { useTone } from './store';

/**
 * That a send was held, and the two ways on: back to the draft (the default, first in focus
 * order) or an explicit, logged "Send anyway". The why is the block findings listed right below
 * (blocks come first there), so their messages are not repeated here.
 */
export function HeldSend() {
  const t = useT();
  const held = useTone((s) => s.held);
  if (!held) return null;
  return (
    <div className="held" role="alert" data-testid="trustops-held">
      <div className="held-title">{t('heldTitle')}</div>
      <div className="held-reason">{t('heldReason')}</div>
      <div className="held-actions">
        <button type="button" className="button" data-testid="trustops-keep-editing" data-autofocus onClick={keepEditing}>
          {t('keepEditing')}
        </button>
        <button type="button" className="button danger" data-testid="trustops-send-anyway" onClick={() => void sendAnyway()}>
          {t('sendAnyway')}
        </button>
      </div>
      <div className="held-hint">{t('heldHint')}</div>
    </div>
  );
}
