import { useT } from '../i18n';
import { useOverlay } from '../useOverlay';
import { useCrisis } from './store';

/**
 * The crisis banner at the top of the panel: why, until when, and who to call. Text only — the
 * reason and contacts come from the user or a team pack and are never rendered as HTML.
 */
export function CrisisBanner() {
  const t = useT();
  const lang = useOverlay((s) => s.lang);
  const banner = useCrisis((s) => s.banner);
  if (!banner) return null;
  const endsAt = banner.endsAt ? new Date(banner.endsAt) : null;
  return (
    <div className="crisis-banner" role="status" data-testid="trustops-crisis-banner">
      <strong className="crisis-title">{t(banner.source === 'pack' ? 'crisisTitleTeam' : 'crisisTitle')}</strong>
      {banner.reason && <span className="crisis-reason" data-testid="trustops-crisis-banner-reason">{banner.reason}</span>}
      {endsAt && !Number.isNaN(endsAt.getTime()) && (
        <span className="crisis-until" data-testid="trustops-crisis-banner-until">
          {t('crisisUntil', { time: endsAt.toLocaleString(lang, { dateStyle: 'short', timeStyle: 'short' }) })}
        </span>
      )}
      {banner.contacts.length > 0 && (
        <span className="crisis-contacts" data-testid="trustops-crisis-banner-contacts">
          {t('crisisContacts', { contacts: banner.contacts.join(', ') })}
        </span>
      )}
      <span className="crisis-hint">{t('crisisHint')}</span>
    </div>
  );
}
