import browser from 'webextension-polyfill';
import { applyRetention } from '../../lib/storage/retention';
import { loadSettings } from '../../lib/storage/settings';
import { currentNow } from './sla';

const ALARM = 'trustops-retention';

let running: Promise<unknown> | undefined;

/** One pass at a time: a start-up pass and the daily alarm may meet. */
export function runRetention(): Promise<unknown> {
  running ??= (async () => {
    try {
      const outcome = await applyRetention((await loadSettings()).retention, await currentNow());
      if (outcome.picks || outcome.threads || outcome.threadEvents || outcome.audit) console.info('[TrustOps] retention', outcome);
    } catch (error) {
      console.error('[TrustOps] retention failed', error);
    } finally {
      running = undefined;
    }
  })();
  return running;
}

/**
 * Trims old history once when the browser starts or the extension is installed/updated, and
 * daily after that. The alarm is created only when missing: the service worker starts often,
 * and re-creating it each time would keep pushing the daily run away.
 */
export function watchRetention(): void {
  browser.alarms.onAlarm.addListener(async (alarm) => {
    if (alarm.name === ALARM) await runRetention();
  });
  browser.runtime.onStartup.addListener(() => void runRetention());
  browser.runtime.onInstalled.addListener(() => void runRetention());
  void browser.alarms.get(ALARM).then((alarm) => {
    if (!alarm) return browser.alarms.create(ALARM, { delayInMinutes: 1, periodInMinutes: 24 * 60 });
  });
}
