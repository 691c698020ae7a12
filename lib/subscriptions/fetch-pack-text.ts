import type { SubscriptionFailure } from '../schema/subscription';

/** What one conditional request for a subscribed pack returned. */
export type FetchedPackText =
  | { kind: 'not-modified' }
  | { kind: 'text'; text: string; etag?: string; lastModified?: string }
  | { kind: 'failed'; failure: Omit<SubscriptionFailure, 'at'> };

export interface FetchPackOptions {
  /** The validators of the version we hold; omitted on a forced refresh. */
  etag?: string;
  lastModified?: string;
  maxBytes: number;
  timeoutMs: number;
  /** Injected for tests; the global fetch otherwise. */
  fetch?: typeof fetch;
}

/**
 * GET with If-None-Match / If-Modified-Since, a time limit and a size limit enforced while the
 * body streams in (a Content-Length that lies or is missing cannot fill the memory). No cookies
 * or credentials are sent: a pack is public data on the team's static host.
 */
export async function fetchPackText(url: string, opts: FetchPackOptions): Promise<FetchedPackText> {
  const doFetch = opts.fetch ?? fetch;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), opts.timeoutMs);
  try {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (opts.etag) headers['if-none-match'] = opts.etag;
    if (opts.lastModified) headers['if-modified-since'] = opts.lastModified;
    const response = await doFetch(url, { headers, signal: controller.signal, credentials: 'omit', cache: 'no-cache', redirect: 'follow' });
    if (response.status === 304) return { kind: 'not-modified' };
    if (!response.ok) return failed('http', `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (Number.isFinite(declared) && declared > opts.maxBytes) return tooLarge(declared, opts.maxBytes);
    const body = await readLimited(response, opts.maxBytes);
    if (body.kind === 'too-large') return tooLarge(body.bytes, opts.maxBytes);
    return {
      kind: 'text',
      text: body.text,
      etag: response.headers.get('etag') ?? undefined,
      lastModified: response.headers.get('last-modified') ?? undefined,
    };
  } catch (error) {
    if (controller.signal.aborted) return failed('timeout', `no answer within ${Math.round(opts.timeoutMs / 1000)} s`);
    return failed('network', error instanceof Error ? error.message : String(error));
  } finally {
    clearTimeout(timer);
  }
}

async function readLimited(response: Response, maxBytes: number): Promise<{ kind: 'text'; text: string } | { kind: 'too-large'; bytes: number }> {
  if (!response.body) return { kind: 'text', text: await response.text() };
  const reader = response.body.getReader();
  const decoder = new TextDecoder('utf-8');
  let bytes = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return { kind: 'too-large', bytes };
    }
    text += decoder.decode(value, { stream: true });
  }
  return { kind: 'text', text: text + decoder.decode() };
}

const failed = (code: SubscriptionFailure['code'], detail: string): FetchedPackText => ({ kind: 'failed', failure: { code, detail } });

const tooLarge = (bytes: number, maxBytes: number) =>
  failed('too-large', `${(bytes / 1024 / 1024).toFixed(1)} MB, over the ${(maxBytes / 1024 / 1024).toFixed(0)} MB limit`);
