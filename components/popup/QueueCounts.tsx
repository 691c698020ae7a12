import type { CSSProperties } from 'react';
import { t } from './i18n';
import type { QueueCounts as Counts } from './useQueueCounts';

const rowStyle: CSSProperties = { display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', gap: 6, margin: '0 0 10px', padding: 0, listStyle: 'none' };
const tileStyle: CSSProperties = { padding: '6px 8px', border: '1px solid #d0d5dd', borderRadius: 8, background: '#fff' };
const numberStyle: CSSProperties = { display: 'block', fontSize: 18, fontWeight: 650, lineHeight: 1.2 };
const labelStyle: CSSProperties = { display: 'block', fontSize: 12, color: '#475467' };
// AA on white: each colour reaches at least 4.5:1.
const COLOURS = { waiting: '#1d2433', atRisk: '#93370d', overdue: '#b42318' } as const;

/** Waiting / at risk / overdue counts, or one sentence on what to do when nobody is waiting. */
export function QueueCounts({ counts }: { counts: Counts | null | undefined }) {
  if (counts === undefined) return null;
  if (counts === null) return <p style={{ margin: '0 0 10px', color: '#9a3412' }}>{t('countsUnknown')}</p>;
  if (counts.waiting === 0)
    return (
      <p data-testid="popup-counts-empty" style={{ margin: '0 0 10px', color: '#344054' }}>
        {t('countsEmpty')}
      </p>
    );
  const tiles = [
    { key: 'waiting', label: t('countWaiting'), value: counts.waiting },
    { key: 'atRisk', label: t('countAtRisk'), value: counts.atRisk },
    { key: 'overdue', label: t('countOverdue'), value: counts.overdue },
  ] as const;
  return (
    <ul aria-label={t('countsLabel')} data-testid="popup-counts" style={rowStyle}>
      {tiles.map((tile) => (
        <li key={tile.key} data-testid={`popup-count-${tile.key}`} style={tileStyle}>
          <span style={{ ...numberStyle, color: tile.value > 0 ? COLOURS[tile.key] : '#1d2433' }}>{tile.value}</span>
          <span style={labelStyle}>{tile.label}</span>
        </li>
      ))}
    </ul>
  );
}
