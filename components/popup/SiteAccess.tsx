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

const STATUS_TEXT = {
  supported: 'siteSupported',
  enabled: 'siteEnabled',
  available: 'siteAvailable',
  unavailable: 'siteUnavailable',
} as const;

/** Where TrustOps runs: a supported site, one the user enabled, or one they may enable here. */
export function SiteAccess({ url, status, notice, busy, onEnable, onDisable }: Props) {
  const host = hostOf(url);
  return (
    <section data-testid="site-access" data-access={status?.access ?? 'checking'} style={{ margin: '0 0 8px' }}>
      <p style={{ margin: '0 0 6px' }}>{status ? t(STATUS_TEXT[status.access], { host }) : t('checking')}</p>
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
