import type { KeyboardEvent, Ref } from 'react';
import { useT } from '../i18n';
import { queryTyped } from './suggest-actions';
import { useSuggest } from './store';

interface Props {
  inputRef: Ref<HTMLInputElement>;
  /** ArrowDown or Enter: go to the suggestions. */
  onEnterList: () => void;
}

export function SearchBox({ inputRef, onEnterList }: Props) {
  const t = useT();
  const query = useSuggest((s) => s.query);
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || (event.key === 'Enter' && !event.nativeEvent.isComposing)) {
      event.preventDefault();
      onEnterList();
    }
  };
  return (
    <div className="search">
      <input
        ref={inputRef}
        type="search"
        value={query}
        placeholder={t('searchPlaceholder')}
        aria-label={t('searchLabel')}
        aria-controls="trustops-suggestions"
        autoComplete="off"
        spellCheck={false}
        maxLength={2000}
        onChange={(event) => queryTyped(event.target.value)}
        onKeyDown={onKeyDown}
      />
    </div>
  );
}
