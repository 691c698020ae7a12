import { useT } from './i18n';
import { useOverlay } from './useOverlay';

/**
 * Which customer message the suggestions answer (clamped to two lines by CSS). A typed query is
 * already visible in the search box, so it is not quoted twice.
 */
export function MessageContext() {
  const t = useT();
  const message = useOverlay((s) => s.message);
  if (!message)
    return (
      <div className="context" data-testid="trustops-message">
        <p className="context-empty">{t('noMessage')}</p>
      </div>
    );
  if (message.source === 'search')
    return (
      <div className="context" data-testid="trustops-message">
        <div className="context-label">{t('fromSearch')}</div>
      </div>
    );
  return (
    <div className="context" data-testid="trustops-message">
      <div className="context-label">{t('replyingTo')}</div>
      <p className="quote" title={message.text.slice(0, 500)}>{message.text.slice(0, 300)}</p>
    </div>
  );
}
