import { browserLanguages, resolveLang } from '../../lib/i18n/lang';
import { request } from '../../lib/messaging/client';
import { setOverlay } from './store';

/**
 * The user's overlay settings: auto-open, how many suggestions, the panel's language. Read at
 * start and again when the settings change; without an answer the defaults stay.
 */
export async function loadOverlaySettings(): Promise<{ autoOpenPanel: boolean } | null> {
  try {
    const { autoOpenPanel, suggestionsCount, language, escalationRoutes } = await request({ type: 'overlay.settings' });
    setOverlay({ autoOpenPanel, suggestionsCount, lang: resolveLang(language, browserLanguages()), escalationRoutes });
    return { autoOpenPanel };
  } catch (error) {
    console.warn('[TrustOps] overlay settings unavailable; using defaults', error);
    return null;
  }
}
