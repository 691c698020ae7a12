import type { OptionsKey } from '../../lib/i18n/options';
import { t } from './i18n';

/** A placeholder section until its real component is registered in sections.ts. */
export function comingSoon(label: OptionsKey) {
  function ComingSoon() {
    return (
      <div className="section">
        <header className="section-header">
          <h1>{t(label)}</h1>
        </header>
        <p className="card empty">{t('comingSoon', { name: t(label) })}</p>
      </div>
    );
  }
  return ComingSoon;
}
