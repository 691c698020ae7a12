import type { SiteStatus } from '../../lib/schema/messages';
import { t } from './i18n';
import { buttonStyle, noticeStyle, primaryButtonStyle } from './styles';
import type { Notice } from './useSiteAccess';

interface Props {
  url: string | undefined;
  status: SiteStatus | null;
  notice: Notice | null;
  busy: boolean;
  onEnable: () => void;
  onDisable: () => void;
}

const hostOf = (url: string | undefined) => {
  try {
    return new URL(url ?? '').hostname;
  } catch {
    return '';
  }
};

/** Green where the panel runs, amber where one click enables it, grey where it never can (AA on white). */
const STATUS_COLOUR = { supported: '#067647', enabled: '#067647', available: '#93370d', unavailable: '#475467' } as const;

const STATUS_TEXT = {
  supported: 'siteSupported',
  enabled: 'siteEnabled',
  available: 'siteAvailable',
  unavailable: 'siteUnavailable',
} as const;

/**
 * The current tab in plain words: TrustOps works here (a supported site, or one the user
 * enabled), the site is not enabled (with the Enable button), or the page is closed to extensions.
 */
export function SiteAccess({ url, status, notice, busy, onEnable, onDisable }: Props) {
  const host = hostOf(url);
  return (
    <section data-testid="site-access" data-access={status?.access ?? 'checking'} style={{ margin: '0 0 8px' }}>
      <p style={{ margin: '0 0 2px', fontSize: 12, color: '#475467' }}>
        {t('thisPage')}
        {host && ` · ${host}`}
      </p>
      <p data-testid="site-access-status" style={{ margin: '0 0 6px', display: 'flex', gap: 6 }}>
        {status && (
          <span aria-hidden="true" style={{ color: STATUS_COLOUR[status.access] }}>
            ●
          </span>
        )}
        <span>{status ? t(STATUS_TEXT[status.access], { host }) : t('checking')}</span>
      </p>
      {status?.access === 'available' && (
        <button data-testid="site-access-enable" style={primaryButtonStyle} disabled={busy} onClick={onEnable}>
          {t('enableHere')}
        </button>
      )}
      {status?.access === 'enabled' && (
        <button data-testid="site-access-disable" style={buttonStyle} disabled={busy} onClick={onDisable}>
          {t('disableHere')}
        </button>
      )}
      {notice && (
        <p role="status" data-testid="site-access-notice" style={noticeStyle}>
          {t(notice.key, notice.vars)}
        </p>
      )}
    </section>
  );
}
