import browser from 'webextension-polyfill';
import { TONE_ENGINE_FILE, TONE_ENGINE_GLOBAL, type ToneEngine } from './engine-contract';

let loading: Promise<ToneEngine> | undefined;

/**
 * Loads the tone engine once per page. A module imported from a content script runs in the
 * content script's isolated world, so the engine publishes itself on that world's globals.
 */
export function loadToneEngine(): Promise<ToneEngine> {
  loading ??= import(/* @vite-ignore */ browser.runtime.getURL(TONE_ENGINE_FILE)).then(() => {
    const engine = (globalThis as Record<string, unknown>)[TONE_ENGINE_GLOBAL] as ToneEngine | undefined;
    if (!engine) throw new Error('tone engine did not load');
    return engine;
  });
  loading.catch(() => (loading = undefined)); // a later attempt may succeed (e.g. after a reload)
  return loading;
}
