import { t } from '../../i18n';
import { siteName } from '../../../queue/queue-model';
import { percentText } from './format';

export function platformLabel(id: string): string {
  return id === 'generic' ? t('platformGeneric') : (siteName(id) ?? id);
}

/** Replies per platform with a proportional bar; the numbers are the content, the bar is decoration. */
export function PlatformTable({ perPlatform }: { perPlatform: Record<string, number> }) {
  const rows = Object.entries(perPlatform).sort(([, a], [, b]) => b - a);
  const total = rows.reduce((sum, [, n]) => sum + n, 0);
  const max = Math.max(1, ...rows.map(([, n]) => n));
  return (
    <table className="metrics-table" data-testid="metrics-platforms">
      <thead>
        <tr>
          <th scope="col">{t('metricsPlatform')}</th>
          <th scope="col" className="num">
            {t('metricsReplies')}
          </th>
          <th scope="col" className="num">
            {t('metricsShare')}
          </th>
          <th scope="col" aria-hidden="true" />
        </tr>
      </thead>
      <tbody>
        {rows.map(([platform, count]) => (
          <tr key={platform} data-platform={platform}>
            <th scope="row">{platformLabel(platform)}</th>
            <td className="num">{count.toLocaleString()}</td>
            <td className="num">{percentText(count / total)}</td>
            <td className="metrics-bar-cell" aria-hidden="true">
              <span className="metrics-bar" style={{ width: `${(count / max) * 100}%` }} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
