import { useState } from 'react';
import { t } from '../i18n';
import { useLibrary } from './store';

const COLLAPSED_COUNT = 24;

/** Toggle chips for the tags in view; chosen tags narrow the list (all must match). */
export function TagChips({ tags }: { tags: { tag: string; count: number }[] }) {
  const chosen = useLibrary((s) => s.tags);
  const toggleTag = useLibrary((s) => s.toggleTag);
  const clearTags = useLibrary((s) => s.clearTags);
  const [expanded, setExpanded] = useState(false);
  if (!tags.length) return null;

  // Chosen tags stay visible even when the rest is collapsed.
  const visible = expanded ? tags : tags.filter((x, i) => i < COLLAPSED_COUNT || chosen.includes(x.tag));
  const hidden = tags.length - visible.length;
  return (
    <div className="chips" role="group" aria-label={t('tagsLabel')}>
      {visible.map(({ tag, count }) => (
        <button
          key={tag}
          type="button"
          className="chip"
          aria-pressed={chosen.includes(tag)}
          onClick={() => toggleTag(tag)}
        >
          {tag} <span className="chip-count">{count}</span>
        </button>
      ))}
      {hidden > 0 && (
        <button type="button" className="chip chip-more" onClick={() => setExpanded(true)}>
          {t('moreTags', { n: hidden })}
        </button>
      )}
      {expanded && tags.length > COLLAPSED_COUNT && (
        <button type="button" className="chip chip-more" onClick={() => setExpanded(false)}>
          {t('fewerTags')}
        </button>
      )}
      {chosen.length > 0 && (
        <button type="button" className="link-button" onClick={clearTags}>
          {t('clearTags')}
        </button>
      )}
    </div>
  );
}
