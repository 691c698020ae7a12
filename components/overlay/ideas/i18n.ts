import { useMemo } from 'react';
import { ideaPanelTranslator } from '../../../lib/i18n/idea-panel';
import { useOverlay } from '../useOverlay';

/** The panel's ideas texts, in the panel's language. */
export function useIdeaT() {
  const lang = useOverlay((s) => s.lang);
  return useMemo(() => ideaPanelTranslator(lang), [lang]);
}
