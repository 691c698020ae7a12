import type { CSSProperties } from 'react';
import { siteRow } from '../../lib/sites/site-info';
import type { Lang } from '../../lib/i18n/translate';
import type { QueueTranslate } from '../../lib/i18n/queue';
import type { EscalationRoute } from '../../lib/schema/settings';
import type { QueueRow as Row } from './queue-model';
import { RowActions, type ChooserKind, type QueueAction } from './RowActions';
import { describeLeft, formatClockTime } from './time-text';

interface QueueRowProps {
  row: Row;
  now: number;
  lang: Lang;
  t: QueueTranslate;
  routes: readonly EscalationRoute[];
  chooser: ChooserKind | null;
  onChooser: (kind: ChooserKind | null) => void;
  onAction: (action: QueueAction) => void;
  onOpen: () => void;
  tomorrowMinutes: () => number;
}

/** The catalog colour of a supported site's dot; other sites keep the neutral one. */
function siteColorStyle(siteKey: string): CSSProperties | undefined {
  const color = siteRow(siteKey)?.icon.color;
  return color ? ({ '--site-color': color } as CSSProperties) : undefined;
}

/** One waiting conversation. Page texts are rendered as React text only, never as HTML. */
export function QueueRow({ row, now, lang, t, routes, chooser, onChooser, onAction, onOpen, tomorrowMinutes }: QueueRowProps) {
  const { thread } = row;
  const title = thread.title.trim() || thread.id;
  const route = thread.escalatedTo ? (routes.find((r) => r.id === thread.escalatedTo)?.name ?? thread.escalatedTo) : null;
  return (
    <div className="queue-row-body">
      <div className="queue-row-top">
        <span className="queue-site" style={siteColorStyle(row.siteKey)} title={thread.url}>
          {row.siteLabel}
        </span>
        <button type="button" className="queue-open" aria-label={t('openThread', { title })} onClick={onOpen}>
          <span className="queue-title">{title}</span>
          <span className="queue-open-icon" aria-hidden="true">
            ↗
          </span>
        </button>
        <span className="queue-left" data-testid="queue-time-left">
          {describeLeft(row.leftMs, t, lang)}
        </span>
      </div>
      {/* One line: the facts first (they are short), then the customer's words cut with an ellipsis. */}
      <p className="queue-line">
        {thread.pendingSince !== null && (
          <span className="queue-meta">{t('waitingSince', { time: formatClockTime(thread.pendingSince, now, lang) })}</span>
        )}
        {row.state === 'snoozed' && thread.snoozedUntil !== null && (
          <span className="queue-meta queue-meta-snoozed">{t('snoozedUntil', { time: formatClockTime(thread.snoozedUntil, now, lang) })}</span>
        )}
        {route && <span className="queue-meta queue-meta-route">{t('escalatedTo', { route })}</span>}
        <span
          className={thread.lastCustomerText ? 'queue-text' : 'queue-text queue-text-none'}
          title={`${t(thread.target === 'next' ? 'targetNext' : 'targetFirst')}${thread.lastCustomerText ? `: ${thread.lastCustomerText}` : ''}`}
        >
          {thread.lastCustomerText || t('noText')}
        </span>
      </p>
      <RowActions
        threadId={thread.id}
        title={title}
        escalatedTo={thread.escalatedTo}
        routes={routes}
        chooser={chooser}
        onChooser={onChooser}
        onAction={onAction}
        tomorrowMinutes={tomorrowMinutes}
        t={t}
      />
    </div>
  );
}
