import type { KeyboardEvent, Ref } from 'react';
import { chooseReply } from './insert-actions';
import { useT } from '../i18n';
import { refreshSuggestions } from './suggest-actions';
import { setSuggest, useSuggest } from './store';
import { SuggestionOption } from './SuggestionOption';

interface Props {
  listRef: Ref<HTMLUListElement>;
  focusOption: (index: number) => void;
  /** ArrowUp on the first suggestion goes back to the search box. */
  onLeaveUp: () => void;
}

/** The suggestions as a listbox with a roving tab stop, or the loading / empty / error state. */
export function SuggestionList({ listRef, focusOption, onLeaveUp }: Props) {
  const t = useT();
  const suggestions = useSuggest((s) => s.suggestions);
  const activeIndex = useSuggest((s) => s.activeIndex);

  if (suggestions.status === 'idle') return null;
  if (suggestions.status === 'error')
    return (
      <div className="state error" role="alert" data-testid="trustops-error">
        <div>{suggestions.reason === 'reload' ? t('errorReload') : t('errorGeneric', { error: suggestions.detail })}</div>
        {suggestions.reason === 'other' && (
          <button type="button" className="link-button" onClick={() => void refreshSuggestions()}>{t('retry')}</button>
        )}
      </div>
    );

  const { items } = suggestions;
  const loading = suggestions.status === 'loading';
  if (items.length === 0)
    return loading ? (
      <div className="state state-row" role="status" data-testid="trustops-loading">
        <span className="spinner" aria-hidden="true" />
        {t('loading')}
      </div>
    ) : (
      <div className="state" role="status" data-testid="trustops-empty">{t('empty')}</div>
    );

  const active = Math.min(activeIndex, items.length - 1);
  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const last = items.length - 1;
    const next: Record<string, number | undefined> = {
      ArrowDown: Math.min(active + 1, last),
      ArrowUp: active - 1,
      Home: 0,
      End: last,
    };
    const target = next[event.key];
    if (target === undefined) return;
    event.preventDefault();
    if (target < 0) return onLeaveUp();
    focusOption(target);
  };

  return (
    <ul
      ref={listRef}
      id="trustops-suggestions"
      className={loading ? 'list stale' : 'list'}
      role="listbox"
      aria-label={t('suggestionsLabel')}
      aria-busy={loading}
      onKeyDown={onKeyDown}
    >
      {items.map((reply, index) => (
        <SuggestionOption
          key={`${reply.packId}/${reply.id}`}
          reply={reply}
          index={index}
          active={index === active}
          onChoose={chooseReply}
          onFocus={(i) => setSuggest({ activeIndex: i })}
        />
      ))}
    </ul>
  );
}
