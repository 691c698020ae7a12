import type { Texts } from '../../translate';
import type { popup as ru } from '../ru/popup';

/** Texts of the toolbar popup. */
export const popup: Texts<typeof ru> = {
  togglePanel: 'Show or hide the panel',
  openDashboard: 'Open the library and settings',
  openQueue: 'Queue of waiting threads',
  noPanelHere: 'The panel is not running on this page: open a supported social site.',
  shortcut: 'Shortcut: Alt+Shift+K',
  checking: 'Checking access to this site…',
  thisPage: 'This page',
  siteSupported: 'TrustOps works here. Click into the reply box to open the panel.',
  siteEnabled: 'TrustOps works here: you enabled it on {host}.',
  siteAvailable: 'Site not enabled: {host} is not on the list of supported sites. Enable TrustOps here: the browser asks for access to this site only.',
  siteUnavailable: 'TrustOps cannot work on this page: browser pages, the new tab and local files are closed to extensions. Open a site with your conversations.',
  enableHere: 'Enable on this site',
  disableHere: 'Disable on this site',
  denied: 'Access not granted: TrustOps stays off on this site.',
  enabledRunning: 'Done: click into the reply box to open the panel.',
  enabledReload: 'Enabled. Reload the page to start the panel.',
  disabledReload: 'Disabled. Reload the page to remove the panel.',
  countsLabel: 'Queue',
  countWaiting: 'Waiting',
  countAtRisk: 'At risk',
  countOverdue: 'Overdue',
  countsEmpty: 'Nobody is waiting for a reply. Open a conversation on a supported site — TrustOps starts the clock when a customer writes.',
  countsUnknown: 'Could not read the queue.',
  failed: 'That did not work: {reason}',
};
