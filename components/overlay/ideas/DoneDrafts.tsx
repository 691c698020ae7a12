import { useThread } from '../thread/store';
import { dismissDoneDraft, draftTextOf, insertDoneDraft } from './idea-actions';
import { useIdeaT } from './i18n';
import { useIdeas } from './store';

/**
 * "You asked, we did it": for each done idea this thread asked for, the reply drafted in the
 * thread's language, ready to insert into the composer (or dismiss for good).
 */
export function DoneDrafts() {
  const t = useIdeaT();
  const threadId = useThread((s) => s.threadId);
  const drafts = useIdeas((s) => s.drafts);
  const inserted = useIdeas((s) => s.inserted);
  if (!drafts || drafts.threadId !== threadId || drafts.items.length === 0) return null;

  return (
    <section className="idea-drafts" aria-label={t('doneDraftTitle')}>
      {drafts.items.map((draft) => {
        const done = inserted.includes(draft.ideaId);
        const text = draftTextOf(draft);
        return (
          <div key={draft.ideaId} className="idea-draft" data-testid="trustops-idea-done-draft" data-idea-id={draft.ideaId} data-lang={draft.lang}>
            <div className="context-label">{t('doneDraftLead')}</div>
            <p className="idea-draft-text">{text}</p>
            <div className="idea-draft-actions">
              {done ? (
                <span className="idea-save-result" role="status">
                  {t('doneDraftInserted')}
                </span>
              ) : (
                <>
                  <button type="button" className="button primary" onClick={() => void insertDoneDraft(draft)}>
                    {t('doneDraftInsert')}
                  </button>
                  <button type="button" className="button" onClick={() => void dismissDoneDraft(draft)}>
                    {t('doneDraftDismiss')}
                  </button>
                </>
              )}
            </div>
          </div>
        );
      })}
    </section>
  );
}
