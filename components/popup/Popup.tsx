import { useState } from 'react';
import browser from 'webextension-polyfill';
import { sendToActiveTab } from '../../lib/messaging/tabs';
import { t } from './i18n';
import { openQueue } from './open-queue';
import { QueueCounts } from './QueueCounts';
import { SiteAccess } from './SiteAccess';
import { buttonStyle, noteStyle, noticeStyle } from './styles';
import { useQueueCounts } from './useQueueCounts';
import { useSiteAccess } from './useSiteAccess';

/** The toolbar popup: where TrustOps runs, quick access to the panel on the current tab, the dashboard. */
export function Popup() {
  const [notice, setNotice] = useState('');
  const site = useSiteAccess();
  const counts = useQueueCounts();
  const toggle = async () => {
    if (await sendToActiveTab({ type: 'overlay.toggle' })) window.close();
    else setNotice(t('noPanelHere'));
  };
  // The panel can only be toggled where the overlay may run.
  const panelPossible = site.status?.access !== 'available' && site.status?.access !== 'unavailable';
  return (
    <main style={{ width: 280, padding: 12, font: '13px/1.4 system-ui, sans-serif', color: '#1d2433', background: '#fff' }}>
      <h1 style={{ fontSize: 15, margin: '0 0 8px' }}>TrustOps</h1>
      <QueueCounts counts={counts} />
      <SiteAccess
        url={site.tab?.url}
        status={site.status}
        notice={site.notice}
        busy={site.busy}
        onEnable={site.enable}
        onDisable={site.disable}
      />
      {panelPossible && <button style={buttonStyle} onClick={toggle}>{t('togglePanel')}</button>}
      <button style={buttonStyle} onClick={() => void openQueue().then(() => window.close())}>{t('openQueue')}</button>
      <button style={buttonStyle} onClick={() => browser.runtime.openOptionsPage()}>{t('openDashboard')}</button>
      {notice && <p role="status" style={noticeStyle}>{notice}</p>}
      <p style={noteStyle}>{t('shortcut')}</p>
    </main>
  );
}
