import type { RequestInput } from '../schema/messages';

/**
 * The content script's outbox for records that must not be lost: picks and "send anyway" audit
 * records. The MV3 service worker may stop in the middle of a request, and the extension may be
 * reloaded under an open page; so each record is first written to `storage.local` under its own
 * key (with the client-made id it carries), then sent, and its key removed only once the background
 * confirmed. The background stores a record with a known id once (lib/storage: `&clientId`), so a
 * record sent twice, by two tabs, or by the background's own drain at start is harmless.
 *
 * This file has no browser API in it: the storage area and the sender are given (lib/outbox/content.ts
 * wires the real ones), so the logic runs in unit tests.
 */
export type OutboxRequest = Extract<RequestInput, { type: 'pick' | 'tone.sendAnyway' | 'tone.sent' }>;

export const OUTBOX_PREFIX = 'trustops.outbox.';
export const outboxKey = (clientId: string) => `${OUTBOX_PREFIX}${clientId}`;

/** What is kept per record: the request as it will be sent, where and when it was made. */
export interface OutboxEntry {
  request: OutboxRequest;
  origin: string;
  queuedAt: number;
}

/** The part of `storage.local` the outbox needs. */
export interface OutboxArea {
  get(keys: null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface OutboxOptions {
  area: OutboxArea;
  /** Resolves once the background answered that it stored the record; rejects otherwise. */
  send: (request: OutboxRequest) => Promise<unknown>;
  /** The page's origin: a tab flushes only records made on its own site (the background takes the rest). */
  origin: string;
  /** False once the extension context is gone (reloaded extension): no attempt can succeed then. */
  alive?: () => boolean;
  now?: () => number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
  /** Each attempt gives up after this long (a stopped worker may never answer). */
  attemptMs?: number;
  /** Periodic retries while records wait: doubling from `retryMs` up to `maxRetryMs`. */
  retryMs?: number;
  maxRetryMs?: number;
  /** Records older than this are dropped on a flush (the background refused them all along). */
  maxAgeMs?: number;
}

/** Why a record could not be confirmed: the extension is gone (reload the page), or no answer in time. */
export type NotConfirmed = 'gone' | 'timeout' | 'refused';

/** The record is not in the outbox: the extension context is gone, or storage refused the write. */
export class OutboxWriteError extends Error {}

const DAY = 24 * 60 * 60 * 1000;
/** A refusal by the background's validation is final; any other failure may pass on a retry. */
const isRefusal = (error: unknown) => error instanceof Error && /^invalid request/.test(error.message);
const isGone = (error: unknown) => error instanceof Error && /context invalidated/i.test(error.message);

export class Outbox {
  private readonly o: Required<Omit<OutboxOptions, 'area' | 'send' | 'origin'>> & Pick<OutboxOptions, 'area' | 'send' | 'origin'>;
  private timer: unknown = null;
  private retryDelay: number;
  private flushing: Promise<void> | null = null;
  private stopped = false;

  constructor(options: OutboxOptions) {
    this.o = {
      alive: () => true,
      now: () => Date.now(),
      setTimer: (run, ms) => setTimeout(run, ms),
      clearTimer: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
      attemptMs: 4000,
      retryMs: 1000,
      maxRetryMs: 60_000,
      maxAgeMs: 7 * DAY,
      ...options,
    };
    this.retryDelay = this.o.retryMs;
  }

  /** Writes the record to storage before anything is sent; throws OutboxWriteError when it cannot. */
  async put(request: OutboxRequest): Promise<void> {
    const entry: OutboxEntry = { request, origin: this.o.origin, queuedAt: this.o.now() };
    try {
      if (!this.o.alive()) throw new Error('Extension context invalidated.');
      await this.o.area.set({ [outboxKey(request.clientId)]: entry });
    } catch (error) {
      throw new OutboxWriteError(error instanceof Error ? error.message : String(error));
    }
  }

  /**
   * Keeps the record and sends it once now; on failure it stays queued for the periodic retries.
   * Throws OutboxWriteError when the extension is gone; when only storage refused (quota), the
   * record is still sent once, unkept.
   */
  async post(request: OutboxRequest): Promise<boolean> {
    const kept = await this.keep(request);
    const outcome = await this.attempt(request, this.o.attemptMs);
    if (outcome === true) return true;
    if (outcome === 'timeout' && kept) this.schedule();
    return false;
  }

  /**
   * Keeps the record and tries until the background confirms it or `withinMs` has passed (a worker
   * stopped mid-request is started again by the next attempt). True once confirmed; otherwise why not.
   * A record that timed out stays queued, so it is still stored later; 'gone' means nothing was kept.
   */
  async confirm(request: OutboxRequest, withinMs: number): Promise<true | NotConfirmed> {
    let kept: boolean;
    try {
      kept = await this.keep(request);
    } catch {
      return 'gone';
    }
    const deadline = this.o.now() + withinMs;
    let pause = 100;
    for (;;) {
      const left = deadline - this.o.now();
      // A request that hangs (a worker stopped before it could answer) is not waited for to the end.
      const outcome = await this.attempt(request, Math.max(1, Math.min(left, this.o.attemptMs)));
      if (outcome === true || outcome === 'refused' || outcome === 'gone') return outcome;
      if (deadline - this.o.now() <= pause) break;
      await new Promise<void>((resolve) => this.o.setTimer(resolve, pause));
      pause = Math.min(pause * 2, 1000);
    }
    if (kept) this.schedule();
    return 'timeout';
  }

  /** put(), except that a storage failure of a live extension only means "not kept": false. */
  private async keep(request: OutboxRequest): Promise<boolean> {
    try {
      await this.put(request);
      return true;
    } catch (error) {
      if (!this.o.alive() || isGone(error)) throw error;
      console.warn('[TrustOps] the outbox could not keep a record; it is sent unkept', error);
      return false;
    }
  }

  /** Sends every queued record of this origin; what fails stays for the next, later, flush. */
  flush(): Promise<void> {
    this.flushing ??= this.flushOnce().finally(() => (this.flushing = null));
    return this.flushing;
  }

  /** Stops the periodic retries (the content script's context ended). */
  stop(): void {
    this.stopped = true;
    if (this.timer !== null) this.o.clearTimer(this.timer);
    this.timer = null;
  }

  private async flushOnce(): Promise<void> {
    if (!this.o.alive()) return this.stop();
    let items: Record<string, unknown>;
    try {
      items = await this.o.area.get(null);
    } catch {
      return this.schedule();
    }
    let failed = false;
    for (const [key, value] of Object.entries(items)) {
      if (!key.startsWith(OUTBOX_PREFIX)) continue;
      const entry = value as Partial<OutboxEntry> | undefined;
      if (entry?.origin !== this.o.origin || !entry.request) continue;
      if (this.o.now() - (entry.queuedAt ?? 0) > this.o.maxAgeMs) {
        console.warn('[TrustOps] dropping an undelivered record older than a week', entry.request.type);
        await this.o.area.remove(key).catch(() => {});
        continue;
      }
      const outcome = await this.attempt(entry.request, this.o.attemptMs);
      if (outcome === 'gone') return this.stop();
      if (outcome === 'timeout') failed = true;
    }
    if (failed) this.schedule();
    else this.retryDelay = this.o.retryMs;
  }

  /** One send with a time limit; the key goes once the background confirmed (or refused for good). */
  private async attempt(request: OutboxRequest, withinMs: number): Promise<true | NotConfirmed> {
    if (!this.o.alive()) return 'gone';
    let timer: unknown = null;
    const timeout = new Promise<'timeout'>((resolve) => (timer = this.o.setTimer(() => resolve('timeout'), withinMs)));
    const sent = this.o.send(request).then(
      () => true as const,
      (error: unknown): NotConfirmed => (isRefusal(error) ? 'refused' : isGone(error) || !this.o.alive() ? 'gone' : 'timeout'),
    );
    const outcome = await Promise.race([sent, timeout]);
    this.o.clearTimer(timer);
    if (outcome === true || outcome === 'refused') {
      if (outcome === 'refused') console.warn('[TrustOps] the background refused a queued record', request.type);
      await this.o.area.remove(outboxKey(request.clientId)).catch(() => {});
    }
    if (outcome === true) this.connected();
    return outcome;
  }

  /** The background answers again: whatever else waits goes now rather than at the next retry. */
  private connected(): void {
    this.retryDelay = this.o.retryMs;
    if (this.timer === null || this.flushing) return;
    this.o.clearTimer(this.timer);
    this.timer = null;
    void this.flush();
  }

  private schedule(): void {
    if (this.stopped || this.timer !== null) return;
    const delay = this.retryDelay;
    this.retryDelay = Math.min(this.retryDelay * 2, this.o.maxRetryMs);
    this.timer = this.o.setTimer(() => {
      this.timer = null;
      void this.flush();
    }, delay);
  }
}
