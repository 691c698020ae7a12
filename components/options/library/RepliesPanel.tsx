import { useDeferredValue, useMemo, useState } from 'react';
import type { ReplyRecord } from '../../../lib/schema/storage';
import { lang, plural, t } from '../i18n';
import { filterReplies, indexReplies, tagCounts } from './filter';
import { PackToolbar } from './PackToolbar';
import { ReplyItem } from './ReplyItem';
import { useLibrary, usageKey } from './store';
import { TagChips } from './TagChips';

/** Replies rendered per step: keeps a 10,000-reply pack instant, "show more" adds the next step. */
export const PAGE_SIZE = 200;

/** The selected pack (or all packs): its actions, search, tag filter and replies. */
export function RepliesPanel({ replies }: { replies: ReplyRecord[] }) {
  const packs = useLibrary((s) => s.packs);
  const selectedId = useLibrary((s) => s.selectedPackId);
  const query = useLibrary((s) => s.query);
  const setQuery = useLibrary((s) => s.setQuery);
  const tags = useLibrary((s) => s.tags);
  const openDialog = useLibrary((s) => s.openDialog);
  const pack = packs.find((p) => p.id === selectedId);

  // Typing updates the box at once; the (possibly long) filtering follows when React has time.
  const deferredQuery = useDeferredValue(query);
  const indexed = useMemo(() => indexReplies(replies), [replies]);
  const matches = useMemo(() => filterReplies(indexed, deferredQuery, tags), [indexed, deferredQuery, tags]);
  const chips = useMemo(() => tagCounts(replies), [replies]);

  return (
    <section className="card replies" aria-labelledby="replies-title">
      <header className="card-header card-header-wrap">
        <div>
          <h2 id="replies-title">{pack ? pack.name : t('allPacks')}</h2>
          <p className="card-meta">{plural('replies', replies.length)}</p>
        </div>
        {pack && <PackToolbar pack={pack} />}
      </header>
      <div className="reply-controls">
        <label className="visually-hidden" htmlFor="reply-search">
          {t('searchLabel')}
        </label>
        <input
          id="reply-search"
          type="search"
          className="search"
          placeholder={t('searchPlaceholder')}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <button
          type="button"
          className="button button-primary"
          disabled={packs.length === 0}
          onClick={() => openDialog({ kind: 'reply', packId: selectedId ?? packs[0]?.id ?? null })}
        >
          + {t('newReply')}
        </button>
      </div>
      <TagChips tags={chips} />
      {/* A new filter starts again from the first page. */}
      <ReplyResults key={`${selectedId}|${deferredQuery}|${tags.join('|')}`} matches={matches} total={replies.length} showPack={!pack} />
    </section>
  );
}

function ReplyResults({ matches, total, showPack }: { matches: ReplyRecord[]; total: number; showPack: boolean }) {
  const [limit, setLimit] = useState(PAGE_SIZE);
  const usage = useLibrary((s) => s.usage);
  const packs = useLibrary((s) => s.packs);
  const packNames = useMemo(() => new Map(packs.map((p) => [p.id, p.name])), [packs]);

  if (total === 0) return <p className="empty">{t('noReplies')}</p>;
  if (matches.length === 0) return <p className="empty">{t('noMatches')}</p>;
  const shown = matches.slice(0, limit);
  const rest = matches.length - shown.length;
  return (
    <>
      <p className="list-count" aria-live="polite">
        {t('shownOf', { shown: shown.length.toLocaleString(lang), total: matches.length.toLocaleString(lang) })}
      </p>
      <ul className="reply-list">
        {shown.map((reply) => (
          <ReplyItem
            key={`${reply.packId}\u0000${reply.id}`}
            reply={reply}
            usage={usage.get(usageKey(reply.packId, reply.id)) ?? 0}
            packName={showPack ? packNames.get(reply.packId) : undefined}
          />
        ))}
      </ul>
      {rest > 0 && (
        <button type="button" className="button show-more" onClick={() => setLimit((n) => n + PAGE_SIZE)}>
          {t('showMore', { n: Math.min(rest, PAGE_SIZE).toLocaleString(lang) })}
        </button>
      )}
    </>
  );
}
