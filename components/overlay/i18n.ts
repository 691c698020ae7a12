import { createContext, useContext } from 'react';
import { overlayTranslator, type OverlayTranslate } from '../../lib/i18n/overlay';

/** The translator for the panel's texts, provided once at the root. */
export const TranslateContext = createContext<OverlayTranslate>(overlayTranslator());

export const useT = () => useContext(TranslateContext);
