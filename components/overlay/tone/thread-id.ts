import { genericThreadId } from '../thread/generic-id';
import { getThread } from '../thread/store';

/**
 * The thread a draft belongs to, for "ignore in this thread" and the audit trail: the open
 * conversation as the site adapter names it (`vk:convo_42`), else the page address.
 */
export function currentThreadId(): string {
  return getThread().threadId || genericThreadId();
}
