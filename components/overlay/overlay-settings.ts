import { browserLanguages, resolveLang } from '../../lib/i18n/lang';
import { request } from '../../lib/messaging/client';
import { setCrisisBanner } from './crisis/store';
import { getOverlay, setOverlay } from './store';
import { refreshSuggestions } from './suggest/suggest-actions';

/**
 * The user's overlay settings: auto-open, how many suggestions, the panel's language. Read at
 * start and again when the settings change; without an answer the defaults stay.
 */
export async function loadOverlaySettings(): Promise<{ autoOpenPanel: boolean } | null> {
  try {
    const { autoOpenPanel, suggestionsCount, language, escalationRoutes, crisis } = await request({ type: 'overlay.settings' });
    setOverlay({ autoOpenPanel, suggestionsCount, lang: resolveLang(language, browserLanguages()), escalationRoutes });
    // Crisis mode switched on or off: the holding statements lead (or leave) the suggestions.
    if (setCrisisBanner(crisis) && getOverlay().composer) void refreshSuggestions();
    return { autoOpenPanel };
  } catch (error) {
    console.warn('[TrustOps] overlay settings unavailable; using defaults', error);
    return null;
  }
}
