import { Component, type ReactNode } from 'react';
import { browserLanguages, resolveLang, type Lang } from '../../lib/i18n/lang';
import { describeDatabaseError } from '../../lib/storage/describe-error';
import { RawExportButton } from './RawExportButton';
import { createStorageTranslator } from './storage-texts';

interface Props {
  /** The page's language when it knows it; otherwise the browser's. */
  lang?: Lang;
  children: ReactNode;
}

const box = { maxWidth: 560, margin: '24px auto', padding: 16, font: '14px/1.45 system-ui, sans-serif', color: '#1c2230' };
const button = { marginRight: 8, marginTop: 8, padding: '6px 12px', font: 'inherit', cursor: 'pointer' };

/**
 * Every extension page's root (dashboard, popup, side panel): a rendering error leaves a message
 * naming the error, a reload and the raw-data export — not a blank page.
 */
export class RootErrorBoundary extends Component<Props, { error: unknown; failed: boolean }> {
  override state = { error: undefined as unknown, failed: false };

  static getDerivedStateFromError(error: unknown) {
    return { error, failed: true };
  }

  override componentDidCatch(error: unknown) {
    console.error('[TrustOps] the page failed to render', error);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    const lang = this.props.lang ?? resolveLang(new URLSearchParams(globalThis.location?.search).get('lang'), browserLanguages());
    const { t } = createStorageTranslator(lang);
    return (
      <div role="alert" style={box} data-testid="root-error">
        <h1 style={{ fontSize: 18, margin: '0 0 8px' }}>{t('crashTitle')}</h1>
        <p style={{ margin: '0 0 8px' }}>{t('crashLead')}</p>
        <p style={{ margin: '0 0 8px', fontFamily: 'ui-monospace, monospace', wordBreak: 'break-word' }}>
          {t('crashError', { error: describeDatabaseError(this.state.error) })}
        </p>
        <button type="button" style={button} onClick={() => location.reload()}>
          {t('crashReload')}
        </button>
        <RawExportButton lang={lang} style={button} />
      </div>
    );
  }
}
