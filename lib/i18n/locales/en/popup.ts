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
  siteSupported: 'TrustOps runs on this site.',
  siteEnabled: 'You enabled TrustOps on {host}.',
  siteAvailable: '{host} is not on the list of supported sites. Enable TrustOps here: the browser asks for access to this site only.',
  siteUnavailable: 'TrustOps cannot run on this page.',
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
