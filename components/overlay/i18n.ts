import { useMemo } from 'react';
import { overlayTranslator } from '../../lib/i18n/overlay';
import { useOverlay } from './useOverlay';

/** The translator for the panel's texts, in the language the settings chose (it may change live). */
export function useT() {
  const lang = useOverlay((s) => s.lang);
  return useMemo(() => overlayTranslator(lang), [lang]);
}
