/**
 * "Latest request wins", for answers that may come back out of order (the background handles
 * requests concurrently). Each request takes a ticket when it is sent; when its answer arrives:
 * - `isLatest(ticket)`: no request was sent after it — an answer to an older question is dropped
 *   even when the newer one has not been answered yet;
 * - `settle(ticket)`: no request sent after it has been answered already — the newest answer shown
 *   so far stays, and a slower, older one never replaces it. A true result marks it as shown.
 */
export interface Latest {
  /** A ticket for a request about to be sent. */
  next(): number;
  isLatest(ticket: number): boolean;
  settle(ticket: number): boolean;
}

export function createLatest(): Latest {
  let sent = 0;
  let settled = 0;
  return {
    next: () => ++sent,
    isLatest: (ticket) => ticket === sent,
    settle(ticket) {
      if (ticket < settled) return false;
      settled = ticket;
      return true;
    },
  };
}
