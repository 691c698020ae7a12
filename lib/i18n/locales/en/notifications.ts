import type { Texts } from '../../translate';
import type { notifications as ru } from '../ru/notifications';

/** Titles of the SLA notifications. */
export const notifications: Texts<typeof ru> = {
  warning: 'Reply due soon',
  breach: 'Reply is overdue',
  left: '{d} left',
  overdue: 'Overdue by {d}',
};
