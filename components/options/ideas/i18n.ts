import { createIdeasTranslator } from '../../../lib/i18n/ideas';
import { lang } from '../i18n';

/** The Ideas section's texts, in the dashboard's language. */
export const { t, plural } = createIdeasTranslator(lang);
export { lang };
