import { createKpiTranslator } from '../../../../lib/i18n/kpi';
import { lang } from '../../i18n';

/** The dialogue KPI texts, in the dashboard's language. */
export const { t: kt, plural: kplural } = createKpiTranslator(lang);
