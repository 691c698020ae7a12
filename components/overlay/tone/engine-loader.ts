import { TONE_ENGINE_FILE, TONE_ENGINE_GLOBAL, type ToneEngine } from './engine-contract';
import { getTone, setTone } from './store';

// The `chrome` global (Chrome and Firefox both have it) rather than the polyfill: the Firefox add-on
// linter accepts `import(chrome.runtime.getURL(…))` as a safe dynamic import, and a bundled import's
// name would be minified out of that shape.
declare const chrome: { runtime: { getURL(path: string): string } };

/**
 * Loads the tone engine once per page. A module imported from a content script runs in the
 * content script's isolated world, so the engine publishes itself on that world's globals.
 */
export function loadToneEngine(): Promise<ToneEngine> {
  const cached = getTone().engine;
  if (cached) return cached;
  const loading = import(/* @vite-ignore */ chrome.runtime.getURL(TONE_ENGINE_FILE)).then(() => {
    const engine = (globalThis as Record<string, unknown>)[TONE_ENGINE_GLOBAL] as ToneEngine | undefined;
    if (!engine) throw new Error('tone engine did not load');
    return engine;
  });
  setTone({ engine: loading });
  // A later attempt may succeed (e.g. after a reload).
  loading.catch(() => {
    if (getTone().engine === loading) setTone({ engine: undefined });
  });
  return loading;
}
