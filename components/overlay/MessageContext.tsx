import { useT } from './i18n';
import { useOverlay } from './useOverlay';

/** Which customer message the suggestions answer (clamped to two lines by CSS). */
export function MessageContext() {
  const t = useT();
  const message = useOverlay((s) => s.message);
  return (
    <div className="context" data-testid="trustops-message">
      {message ? (
        <>
          <div className="context-label">
            {t('replyingTo')} · <span className="context-source">{t(message.source === 'search' ? 'fromSearch' : 'fromSelection')}</span>
          </div>
          <p className="quote" title={message.text.slice(0, 500)}>{message.text.slice(0, 300)}</p>
        </>
      ) : (
        <p className="context-empty">{t('noMessage')}</p>
      )}
    </div>
  );
}
