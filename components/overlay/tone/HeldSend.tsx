import { useT } from '../i18n';
import { keepEditing, sendAnyway } from './actions';
import { useOverride } from './override-record';
import { useTone } from './store';

/**
 * That a send was held, and the two ways on: back to the draft (the default, first in focus
 * order) or an explicit, logged "Send anyway". The why is the block findings listed right below
 * (blocks come first there), so their messages are not repeated here. While the audit record is
 * being stored the button waits; when it could not be stored, nothing was sent and this says so.
 */
export function HeldSend() {
  const t = useT();
  const held = useTone((s) => s.held);
  const text = useTone((s) => s.text);
  const override = useOverride();
  if (!held) return null;
  const state = override?.text === text ? override.state : null;
  const recording = state === 'recording';
  return (
    <div className="held" role="alert" data-testid="trustops-held">
      <div className="held-title">{t('heldTitle')}</div>
      <div className="held-reason">{t('heldReason')}</div>
      <div className="held-actions">
        <button type="button" className="button" data-testid="trustops-keep-editing" data-autofocus onClick={keepEditing}>
          {t('keepEditing')}
        </button>
        <button
          type="button"
          className="button danger"
          data-testid="trustops-send-anyway"
          aria-disabled={recording}
          onClick={() => void sendAnyway()}
        >
          {recording ? t('overrideRecording') : t('sendAnyway')}
        </button>
      </div>
      {state && state !== 'recording' ? (
        <div className="held-error" data-testid="trustops-override-failed" data-reason={state}>
          {t(state === 'gone' ? 'overrideGone' : 'overrideNotLogged')}
        </div>
      ) : (
        <div className="held-hint">{t('heldHint')}</div>
      )}
    </div>
  );
}
