import { loadToneEngine } from './engine-loader';
import type { ToneChecker } from '../../../lib/engine/tone/types';
import { request } from '../../../lib/messaging/client';
import { getTone, setTone } from './store';
import { currentThreadId } from './thread-id';

/**
 * The tone checker for this page, compiled once per tone context (brand profile, pack rules,
 * ignored findings) and rebuilt only when the context is fetched again: after a library or
 * settings change, or when the page moved to another thread. Its state lives in the tone store.
 */

/** After a failure (background restarting, extension reloaded) keystrokes do not each ask again. */
const RETRY_AFTER_MS = 5000;

export { currentThreadId };
export const toneVersion = () => getTone().version;

/** The checker or what is ignored changed: the ignore set is recomputed and the same text checked again. */
const changed = (): Pick<ReturnType<typeof getTone>, 'ignoreSet' | 'version'> => ({ ignoreSet: null, version: getTone().version + 1 });

/** Fetches the context; `onReady` runs once the new checker is in place. Errors leave the old one. */
export async function loadToneContext(onReady: () => void): Promise<void> {
  const threadId = currentThreadId();
  const { contextRequests } = getTone();
  const ticket = contextRequests.next();
  setTone({ lastAttemptAt: Date.now() });
  if (!getTone().loaded) setTone({ context: 'loading' });
  try {
    const [{ profile, rules, ignored }, engine] = await Promise.all([request({ type: 'tone.context', threadId }), loadToneEngine()]);
    if (!contextRequests.isLatest(ticket)) return;
    const loaded = { threadId, checker: engine.createTrustedToneChecker(profile, rules), ignored: new Set(ignored) };
    for (const { ruleId, error } of loaded.checker.ruleErrors) console.warn(`[TrustOps] tone rule ${ruleId} skipped: ${error}`);
    setTone({ loaded, ...changed() });
    setTone({ context: 'ready' });
    onReady();
  } catch (error) {
    if (!contextRequests.isLatest(ticket)) return;
    console.warn('[TrustOps] tone rules unavailable; drafts are not checked', error);
    if (!getTone().loaded) setTone({ context: 'error' });
  }
}

/** Loads the context when there is none yet, or when the page now shows another thread. */
export function ensureToneContext(onReady: () => void): void {
  const { context, lastAttemptAt, loaded } = getTone();
  if (context === 'loading' || (context === 'error' && Date.now() - lastAttemptAt < RETRY_AFTER_MS)) return;
  if (!loaded || loaded.threadId !== currentThreadId()) void loadToneContext(onReady);
}

export function toneChecker(): ToneChecker | null {
  return getTone().loaded?.checker ?? null;
}

/** Every key the checker must skip right now. */
export function ignoredKeys(): ReadonlySet<string> {
  const { ignoreSet, loaded, ignoredOnce, ignoredHere } = getTone();
  if (ignoreSet) return ignoreSet;
  const thread = currentThreadId();
  const keys = new Set([...(loaded?.ignored ?? []), ...ignoredOnce]);
  for (const [key, scope] of ignoredHere) if (scope === 'always' || scope === thread) keys.add(key);
  setTone({ ignoreSet: keys });
  return keys;
}

export function ignoreLocally(key: string, scope: 'once' | 'thread' | 'always'): void {
  const { ignoredOnce, ignoredHere } = getTone();
  if (scope === 'once') setTone({ ignoredOnce: new Set([...ignoredOnce, key]), ...changed() });
  else setTone({ ignoredHere: new Map([...ignoredHere, [key, scope === 'always' ? 'always' : currentThreadId()]]), ...changed() });
}

/** A new draft starts: "ignore now" choices belonged to the previous one. */
export function forgetIgnoredOnce(): void {
  if (!getTone().ignoredOnce.size) return;
  setTone({ ignoredOnce: new Set(), ...changed() });
}
