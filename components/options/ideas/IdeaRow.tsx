import { useEffect, useId, useState } from 'react';
import { IDEA_STATUSES, type IdeaRecord, type IdeaStatus } from '../../../lib/schema/idea';
import { deleteIdeaWithUndo, parseTags, updateIdea } from './actions';
import { lang, plural, t } from './i18n';

export const STATUS_LABEL = { open: 'statusOpen', planned: 'statusPlanned', done: 'statusDone' } as const satisfies Record<IdeaStatus, string>;
const SCORES = [1, 2, 3, 4, 5];

/** A text field edited locally and saved when it loses focus (or on Enter), if it changed. */
function useCommitted(value: string, commit: (next: string) => void) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const save = () => {
    if (draft.trim() !== value.trim()) commit(draft.trim());
  };
  return { value: draft, onChange: (e: { target: { value: string } }) => setDraft(e.target.value), onBlur: save };
}

/** Impact or cost, 1–5. */
function ScoreField({ label, value, onChange, testId }: { label: string; value: number; onChange: (next: number) => void; testId: string }) {
  return (
    <label className="idea-field">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(Number(e.target.value))} data-testid={testId}>
        {SCORES.map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </select>
    </label>
  );
}

const when = (iso: string) => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString(lang, { day: 'numeric', month: 'short', year: 'numeric' });
};

interface Props {
  idea: IdeaRecord;
  reload: () => Promise<void>;
}

/** One idea: its name, tags, impact and cost, status, who asked (with links to their threads). */
export function IdeaRow({ idea, reload }: Props) {
  const id = useId();
  const change = (changes: Parameters<typeof updateIdea>[1]) => void updateIdea(idea.id, changes, reload);
  const title = useCommitted(idea.title, (next) => next && change({ title: next }));
  const tags = useCommitted(idea.tags.join(', '), (next) => change({ tags: parseTags(next) }));
  const doneNote = useCommitted(idea.doneNote, (next) => change({ doneNote: next }));
  const askers = idea.askers.length;
  const waiting = idea.askers.filter((asker) => asker.replied === null).length;
  const enterCommits = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') e.currentTarget.blur();
  };

  return (
    <li className="card idea" data-testid="trustops-idea" data-askers={askers} data-status={idea.status} data-idea-id={idea.id}>
      <div className="idea-main">
        <label className="visually-hidden" htmlFor={`${id}-title`}>
          {t('titleLabel')}
        </label>
        <input id={`${id}-title`} className="idea-title" maxLength={2000} {...title} onKeyDown={enterCommits} />
        <span className="idea-askers" data-testid="trustops-idea-askers">
          {plural('askers', askers)}
        </span>
      </div>
      <div className="idea-fields">
        <label className="idea-field">
          <span>{t('tagsLabel')}</span>
          <input {...tags} placeholder={t('tagsHint')} onKeyDown={enterCommits} data-testid="trustops-idea-tags" />
        </label>
        <ScoreField label={t('impactLabel')} value={idea.impact} onChange={(impact) => change({ impact })} testId="trustops-idea-impact" />
        <ScoreField label={t('costLabel')} value={idea.cost} onChange={(cost) => change({ cost })} testId="trustops-idea-cost" />
        <label className="idea-field">
          <span>{t('statusLabel')}</span>
          <select value={idea.status} onChange={(e) => change({ status: e.target.value as IdeaStatus })} data-testid="trustops-idea-status">
            {IDEA_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(STATUS_LABEL[status])}
              </option>
            ))}
          </select>
        </label>
        <div className="idea-actions">
          {idea.status !== 'done' && (
            <button type="button" className="button button-small button-primary" data-testid="trustops-idea-done" onClick={() => change({ status: 'done' })}>
              {t('markDone')}
            </button>
          )}
          <button type="button" className="button button-small button-quiet-danger" onClick={() => void deleteIdeaWithUndo(idea, reload)}>
            {t('delete')}
          </button>
        </div>
      </div>
      {idea.status === 'done' && (
        <div className="idea-done">
          <label className="idea-field idea-field-wide">
            <span>{t('doneNoteLabel')}</span>
            <input {...doneNote} maxLength={2000} placeholder={t('doneNoteHint')} onKeyDown={enterCommits} data-testid="trustops-idea-done-note" />
          </label>
          <p className="field-hint">{t('doneReplies', { n: waiting })}</p>
        </div>
      )}
      <details className="idea-askers-list">
        <summary>{t('askersTitle')}</summary>
        <ul>
          {idea.askers.map((asker) => (
            <li key={asker.threadId}>
              <div className="idea-asker-meta">
                <strong>{asker.author || asker.threadId}</strong> · {asker.platform} · {when(asker.at)} ·{' '}
                <a href={asker.url} target="_blank" rel="noopener noreferrer">
                  {t('openThread')}
                </a>
              </div>
              <p className="idea-asker-text">{asker.text}</p>
            </li>
          ))}
        </ul>
      </details>
    </li>
  );
}
