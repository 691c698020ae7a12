import { useEffect, useState } from 'react';
import browser from 'webextension-polyfill';
import { request } from '../../lib/messaging/client';
import type { SiteStatus } from '../../lib/schema/messages';
import type { TextKey } from './i18n';
import { targetTab, type TargetTab } from './target-tab';

export interface Notice {
  key: TextKey;
  vars?: Record<string, string>;
}

const failed = (error: unknown): Notice => ({ key: 'failed', vars: { reason: error instanceof Error ? error.message : String(error) } });

/**
 * The popup's "Enable on this site" switch. The site's host permission is requested in the click
 * itself (the browser shows its prompt only during a user gesture); the background then registers
 * the overlay for the site and starts it in the tab.
 */
export function useSiteAccess() {
  const [tab, setTab] = useState<TargetTab | null>(null);
  const [status, setStatus] = useState<SiteStatus | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void (async () => {
      const found = await targetTab();
      setTab(found);
      setStatus(await request({ type: 'site.status', url: found?.url ?? '' }));
    })().catch((error: unknown) => setNotice(failed(error)));
  }, []);

  const enable = () => {
    if (!tab?.url || !status?.pattern) return;
    const { url, id } = tab;
    // First statement of the click handler, before any await: that keeps the user gesture.
    const asking = browser.permissions.request({ origins: [status.pattern] });
    setBusy(true);
    setNotice(null);
    void asking
      .then(async (granted) => {
        if (!granted) return setNotice({ key: 'denied' });
        const result = await request({ type: 'site.enable', url, tabId: id });
        setStatus(result);
        setNotice({ key: result.running ? 'enabledRunning' : 'enabledReload' });
      })
      .catch((error: unknown) => setNotice(failed(error)))
      .finally(() => setBusy(false));
  };

  const disable = () => {
    if (!tab?.url) return;
    setBusy(true);
    setNotice(null);
    void request({ type: 'site.disable', url: tab.url })
      .then((result) => {
        setStatus(result);
        setNotice({ key: 'disabledReload' });
      })
      .catch((error: unknown) => setNotice(failed(error)))
      .finally(() => setBusy(false));
  };

  return { tab, status, notice, busy, enable, disable };
}
