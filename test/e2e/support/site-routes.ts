import type { BrowserContext } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const SITES_DIR = resolve('test/fixtures/sites');

export function siteFixtureHtml(name: string): string {
  return readFileSync(resolve(SITES_DIR, name), 'utf8');
}

/** Routes registered per origin, so a second fixture on the same host replaces the first. */
const routed = new WeakMap<BrowserContext, Map<string, string>>();

/**
 * Serves `html` for every request to `url`'s origin, so that `page.goto(url)` opens the fixture at
 * the real site address and the content script registered for that host runs on it (nothing
 * leaves the machine). Returns the body served, after `transform` (to stamp times before load).
 */
export async function routeSite(
  context: BrowserContext,
  url: string,
  fixture: string,
  transform: (html: string) => string = (html) => html,
): Promise<string> {
  const { origin } = new URL(url);
  const body = transform(siteFixtureHtml(fixture));
  const byOrigin = routed.get(context) ?? new Map<string, string>();
  routed.set(context, byOrigin);
  const pattern = `${origin}/**`;
  if (byOrigin.has(origin)) await context.unroute(pattern);
  byOrigin.set(origin, fixture);
  await context.route(pattern, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
  return body;
}

/**
 * Shifts every `data-timestamp` (unix seconds, Telegram Web K) by the same amount so that the newest
 * message of chat `peerId` is stamped `nowMs`: that chat reads as if its last message had just arrived.
 */
export function stampTelegramTimesNow(html: string, peerId: string, nowMs: number): string {
  const ofPeer = new RegExp(`data-peer-id="${peerId}" data-timestamp="(\\d+)"`, 'g');
  const newest = Math.max(...[...html.matchAll(ofPeer)].map((m) => Number(m[1])));
  if (!Number.isFinite(newest)) throw new Error(`no message of chat ${peerId} in the fixture`);
  const shift = Math.floor(nowMs / 1000) - newest;
  return html.replace(/data-timestamp="(\d+)"/g, (_, s: string) => `data-timestamp="${Number(s) + shift}"`);
}
