import { useState } from 'react';
import browser from 'webextension-polyfill';
import { sendToActiveTab } from '../../lib/messaging/tabs';
import { t } from './i18n';

const button: React.CSSProperties = {
  display: 'block', width: '100%', margin: '6px 0', padding: '8px 10px', border: '1px solid #d0d5dd',
  borderRadius: 8, background: '#fff', font: 'inherit', textAlign: 'left', cursor: 'pointer',
};

/** The toolbar popup: quick access to the panel on the current tab and to the dashboard. */
export function Popup() {
  const [notice, setNotice] = useState('');
  const toggle = async () => {
    if (await sendToActiveTab({ type: 'overlay.toggle' })) window.close();
    else setNotice(t('noPanelHere'));
  };
  return (
    <main style={{ width: 280, padding: 12, font: '13px/1.4 system-ui, sans-serif', color: '#1d2433' }}>
      <h1 style={{ fontSize: 15, margin: '0 0 8px' }}>TrustOps</h1>
      <button style={button} onClick={toggle}>{t('togglePanel')}</button>
      <button style={button} onClick={() => browser.runtime.openOptionsPage()}>{t('openDashboard')}</button>
      {notice && <p role="status" style={{ color: '#9a3412' }}>{notice}</p>}
      <p style={{ color: '#667085', margin: '8px 0 0' }}>{t('shortcut')}</p>
    </main>
  );
}
