import { useT } from '../i18n';
import { useThread } from '../thread/store';
import { useSuggest } from './store';

/**
 * Which customer message the suggestions answer (clamped to two lines by CSS): the thread's
 * newest unanswered one, or what the user selected. A typed query is already visible in the
 * search box, so it is not quoted twice.
 */
export function MessageContext() {
  const t = useT();
  const message = useSuggest((s) => s.message);
  const inThread = useThread((s) => s.adapterId !== 'generic' && s.title !== '');
  if (!message)
    return (
      <div className="context" data-testid="trustops-message">
        <p className="context-empty">{inThread ? t('threadAnswered') : t('noMessage')}</p>
      </div>
    );
  if (message.source === 'search')
    return (
      <div className="context" data-testid="trustops-message">
        <div className="context-label">{t('fromSearch')}</div>
      </div>
    );
  return (
    <div className="context" data-testid="trustops-message" data-source={message.source}>
      <div className="context-label">{message.source === 'thread' ? t('threadMessage') : t('replyingTo')}</div>
      <p className="quote" title={message.text.slice(0, 500)}>
        <span className="quote-text">{message.text.slice(0, 300)}</span>
      </p>
    </div>
  );
}
