import { memo } from 'react';
import type { ReplyRecord } from '../../../lib/schema/storage';
import { plural, t } from '../i18n';
import { deleteReplyWithUndo } from './actions';
import { useLibrary } from './store';

interface ReplyItemProps {
  reply: ReplyRecord;
  usage: number;
  /** Shown when listing all packs, so the user knows where a reply lives. */
  packName?: string;
}

/** One reply in the list. Imported text is rendered as React text only, never as HTML. */
export const ReplyItem = memo(function ReplyItem({ reply, usage, packName }: ReplyItemProps) {
  const openDialog = useLibrary((s) => s.openDialog);
  // Replies of a subscribed pack change only with the lead's next version.
  const readOnly = useLibrary((s) => s.packs.find((p) => p.id === reply.packId)?.source === 'subscription');
  return (
    <li className="reply" data-testid="reply-item">
      <div className="reply-main">
        <div className="reply-heading">
          <h3 className="reply-title">{reply.title}</h3>
          {reply.shortcut && <code className="reply-shortcut">/{reply.shortcut}</code>}
          {packName && <span className="badge">{packName}</span>}
        </div>
        <p className="reply-body">{reply.body}</p>
        <div className="reply-meta">
          {reply.tags.map((tag) => (
            <span key={tag} className="tag">
              {tag}
            </span>
          ))}
          <span className={usage ? 'reply-usage' : 'reply-usage reply-unused'}>
            {usage ? plural('usage', usage) : t('neverUsed')}
          </span>
        </div>
      </div>
      {!readOnly && (
      <div className="reply-actions">
        <button
          type="button"
          className="button button-small"
          aria-label={t('editReplyNamed', { title: reply.title })}
          onClick={() => openDialog({ kind: 'reply', packId: reply.packId, reply })}
        >
          {t('edit')}
        </button>
        <button
          type="button"
          className="button button-small button-quiet-danger"
          aria-label={t('deleteReplyNamed', { title: reply.title })}
          onClick={() => void deleteReplyWithUndo(reply)}
        >
          {t('delete')}
        </button>
      </div>
      )}
    </li>
  );
});
