import { loadToneEngine } from './engine-loader';
import type { ToneChecker } from '../../../lib/engine/tone/types';
import { request } from '../../../lib/messaging/client';
import { getTone, setTone } from './store';
import { currentThreadId } from './thread-id';

/**
 * The tone checker for this page, compiled once per tone context (brand profile, pack rules,
 * ignored findings) and rebuilt only when the context is fetched again: after a library or
 * settings change, or when the page moved to another thread.
 */
interface Loaded {
  threadId: string;
  checker: ToneChecker;
  /** Ignored always, or in this thread, as the background knew it. */
  ignored: ReadonlySet<string>;
}

let loaded: Loaded | null = null;
let latestTicket = 0;
let lastAttemptAt = 0;
/** After a failure (background restarting, extension reloaded) keystrokes do not each ask again. */
const RETRY_AFTER_MS = 5000;
/** Ignored from this page since: scope 'always' or the thread id. Kept until the page goes. */
const ignoredHere = new Map<string, string>();
/** "Ignore now": for the current draft only; forgotten once the draft is emptied (sent). */
const ignoredOnce = new Set<string>();
let ignoreSet: Set<string> | null = null;
/** Bumps whenever the checker or what is ignored changes: the same text must be checked again. */
let version = 0;

export { currentThreadId };
export const toneVersion = () => version;

function changed(): void {
  ignoreSet = null;
  version++;
}

/** Fetches the context; `onReady` runs once the new checker is in place. Errors leave the old one. */
export async function loadToneContext(onReady: () => void): Promise<void> {
  const threadId = currentThreadId();
  const ticket = ++latestTicket;
  lastAttemptAt = Date.now();
  if (!loaded) setTone({ context: 'loading' });
  try {
    const [{ profile, rules, ignored }, engine] = await Promise.all([request({ type: 'tone.context', threadId }), loadToneEngine()]);
    if (ticket !== latestTicket) return;
    loaded = { threadId, checker: engine.createTrustedToneChecker(profile, rules), ignored: new Set(ignored) };
    for (const { ruleId, error } of loaded.checker.ruleErrors) console.warn(`[TrustOps] tone rule ${ruleId} skipped: ${error}`);
    changed();
    setTone({ context: 'ready' });
    onReady();
  } catch (error) {
    if (ticket !== latestTicket) return;
    console.warn('[TrustOps] tone rules unavailable; drafts are not checked', error);
    if (!loaded) setTone({ context: 'error' });
  }
}

/** Loads the context when there is none yet, or when the page now shows another thread. */
export function ensureToneContext(onReady: () => void): void {
  const { context } = getTone();
  if (context === 'loading' || (context === 'error' && Date.now() - lastAttemptAt < RETRY_AFTER_MS)) return;
  if (!loaded || loaded.threadId !== currentThreadId()) void loadToneContext(onReady);
}

export function toneChecker(): ToneChecker | null {
  return loaded?.checker ?? null;
}

/** Every key the checker must skip right now. */
export function ignoredKeys(): ReadonlySet<string> {
  if (!ignoreSet) {
    const thread = currentThreadId();
    ignoreSet = new Set([...(loaded?.ignored ?? []), ...ignoredOnce]);
    for (const [key, scope] of ignoredHere) if (scope === 'always' || scope === thread) ignoreSet.add(key);
  }
  return ignoreSet;
}

export function ignoreLocally(key: string, scope: 'once' | 'thread' | 'always'): void {
  if (scope === 'once') ignoredOnce.add(key);
  else ignoredHere.set(key, scope === 'always' ? 'always' : currentThreadId());
  changed();
}

/** A new draft starts: "ignore now" choices belonged to the previous one. */
export function forgetIgnoredOnce(): void {
  if (!ignoredOnce.size) return;
  ignoredOnce.clear();
  changed();
}
