import { useMemo, useRef, useState } from 'react';
import browser from 'webextension-polyfill';
import { createQueueTranslator } from '../../lib/i18n/queue';
import type { Lang } from '../../lib/i18n/translate';
import { request } from '../../lib/messaging/client';
import { QueueFilters } from './QueueFilters';
import { QueueList, type QueueListApi } from './QueueList';
import { atRiskCount, filterRows, NO_FILTER, siteChoices, toQueueRows, type QueueFilter, type QueueRow as Row, type RowState } from './queue-model';
import { QueueRow } from './QueueRow';
import type { ChooserKind, QueueAction } from './RowActions';
import { minutesUntilTomorrow } from './snooze';
import { openThread, safeThreadUrl } from './thread-link';
import { formatClockTime } from './time-text';
import { useClock } from './useClock';
import { useQueueData } from './useQueueData';
import './queue.css';

/** Time left changes by the minute; half of that keeps the shown minutes honest. */
const TICK_MS = 30_000;

interface QueueAppProps {
  lang: Lang;
  /** `panel`: the side panel (fills the window); `embedded`: a section of the dashboard. */
  variant: 'panel' | 'embedded';
}

/** The waiting queue: every thread whose clock runs, soonest due first, with its actions. */
export function QueueApp({ lang, variant }: QueueAppProps) {
  const t = useMemo(() => createQueueTranslator(lang), [lang]);
  const { status, error, threads, policy, routes, refresh } = useQueueData(TICK_MS);
  const { now, sync } = useClock(TICK_MS);
  const [filter, setFilter] = useState<QueueFilter>(NO_FILTER);
  const [chooser, setChooser] = useState<{ id: string; kind: ChooserKind } | null>(null);
  const [notice, setNotice] = useState<{ text: string; error?: boolean } | null>(null);
  const listRef = useRef<QueueListApi>(null);

  const rows = useMemo(() => toQueueRows(threads, policy, now), [threads, policy, now]);
  const visible = useMemo(() => filterRows(rows, filter), [rows, filter]);
  const sites = useMemo(() => siteChoices(rows), [rows]);
  const stateCounts = useMemo(() => {
    const counts: Record<RowState, number> = { ok: 0, warning: 0, breached: 0, snoozed: 0 };
    for (const row of rows) counts[row.state]++;
    return counts;
  }, [rows]);

  const titleOf = (row: Row) => row.thread.title.trim() || row.thread.id;

  const act = async (row: Row, index: number, action: QueueAction) => {
    setChooser(null);
    const title = titleOf(row);
    try {
      const view = await request({ type: 'thread.action', threadId: row.thread.id, action });
      const routeName = (id: string | null) => routes.find((r) => r.id === id)?.name ?? id ?? '';
      const text =
        action.kind === 'answered' ? t('doneAnswered', { title })
        : action.kind === 'no-reply' ? t('doneNoReply', { title })
        : action.kind === 'snooze'
          ? t('doneSnoozed', { title, time: formatClockTime(view.thread?.snoozedUntil ?? now, now, lang) })
          : action.routeId ? t('doneEscalated', { title, route: routeName(action.routeId) })
          : t('doneUnescalated', { title });
      setNotice({ text });
      await refresh();
      sync();
    } catch (e) {
      setNotice({ text: t('actionFailed', { error: e instanceof Error ? e.message : String(e) }), error: true });
    }
    // The row's buttons may be gone (answered) or closed (a choice list): keep the keyboard in the
    // list, on the same position — that is the next thread when this one left the queue.
    requestAnimationFrame(() => listRef.current?.focusRow(index));
  };

  const open = async (row: Row) => {
    if (!safeThreadUrl(row.thread.url)) return setNotice({ text: t('unsafeUrl'), error: true });
    try {
      await openThread(row.thread.url);
    } catch (e) {
      setNotice({ text: t('openFailed', { error: e instanceof Error ? e.message : String(e) }), error: true });
    }
  };

  return (
    <div className={`queue queue-${variant}`} lang={lang}>
      <header className="queue-header">
        <div className="queue-heading">
          <h1>{t('title')}</h1>
          {variant === 'panel' && (
            <a className="queue-tab-link" href={browser.runtime.getURL('/sidepanel.html')} target="_blank" rel="noopener">
              {t('openQueueTab')}
            </a>
          )}
        </div>
        {variant === 'embedded' && <p className="queue-lead">{t('lead')}</p>}
        {status === 'ready' && (
          <p className="queue-counts" data-testid="queue-counts">
            <span>{t('countWaiting', { n: rows.length.toLocaleString(lang) })}</span>
            <span className={stateCounts.warning + stateCounts.breached ? 'queue-count-risk' : undefined} data-testid="queue-at-risk">
              {t('countAtRisk', { n: atRiskCount(rows).toLocaleString(lang) })}
            </span>
          </p>
        )}
        {status === 'ready' && rows.length > 0 && (
          <QueueFilters filter={filter} sites={sites} stateCounts={stateCounts} onChange={setFilter} t={t} />
        )}
        <p className={notice?.error ? 'queue-notice queue-notice-error' : 'queue-notice'} role="status" aria-live="polite">
          {notice?.text}
        </p>
      </header>
      {status === 'loading' && <p className="queue-empty">{t('loading')}</p>}
      {status === 'error' && (
        <p className="queue-empty queue-notice-error" role="alert">
          {t('loadFailed', { error: error ?? '' })}
        </p>
      )}
      {status === 'ready' && rows.length === 0 && (
        <div className="queue-empty" data-testid="queue-empty">
          <p className="queue-empty-title">{t('emptyTitle')}</p>
          <p>{t('emptyText')}</p>
        </div>
      )}
      {status === 'ready' && rows.length > 0 && visible.length === 0 && (
        <div className="queue-empty" data-testid="queue-empty">
          <p>{t('emptyFiltered')}</p>
          <button type="button" className="queue-button" onClick={() => setFilter(NO_FILTER)}>
            {t('resetFilters')}
          </button>
        </div>
      )}
      {status === 'ready' && visible.length > 0 && (
        <QueueList
          ref={listRef}
          rows={visible}
          label={t('listLabel')}
          renderRow={(row, index) => (
            <QueueRow
              row={row}
              now={now}
              lang={lang}
              t={t}
              routes={routes}
              chooser={chooser?.id === row.thread.id ? chooser.kind : null}
              onChooser={(kind) => setChooser(kind ? { id: row.thread.id, kind } : null)}
              onAction={(action) => void act(row, index, action)}
              onOpen={() => void open(row)}
              tomorrowMinutes={() => minutesUntilTomorrow(policy, now)}
            />
          )}
        />
      )}
    </div>
  );
}
