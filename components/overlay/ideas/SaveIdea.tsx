import { useSuggest } from '../suggest/store';
import { saveQuotedMessageAsIdea } from './idea-actions';
import { useIdeaT } from './i18n';
import { useIdeas } from './store';

/**
 * "Save as idea" under the quoted customer message, and how the save went: a new idea, merged
 * with an existing one (with its count of askers), or already there. A typed search is no
 * customer's message, so it offers nothing.
 */
export function SaveIdea() {
  const t = useIdeaT();
  const message = useSuggest((s) => s.message);
  const save = useIdeas((s) => s.save);
  if (!message || message.source === 'search') return null;
  // The outcome belongs to the message it was saved from: another message starts afresh.
  const state = save.status !== 'idle' && save.text === message.text ? save : null;

  return (
    <div className="idea-save">
      <button
        type="button"
        className="link-button"
        data-testid="trustops-save-idea"
        title={t('saveIdeaHint')}
        disabled={state?.status === 'saving'}
        onClick={() => void saveQuotedMessageAsIdea()}
      >
        ✦ {state?.status === 'saving' ? t('ideaSaving') : t('saveIdea')}
      </button>
      {state?.status === 'saved' && (
        <span className="idea-save-result" role="status" data-testid="trustops-idea-saved" data-outcome={state.result.outcome} data-askers={state.result.askers}>
          {state.result.outcome === 'created'
            ? t('ideaCreated')
            : t(state.result.outcome === 'merged' ? 'ideaMerged' : 'ideaAlready', { n: state.result.askers })}
        </span>
      )}
      {state?.status === 'failed' && (
        <span className="idea-save-result failed" role="alert">
          {t('ideaFailed', { error: state.error })}
        </span>
      )}
    </div>
  );
}
