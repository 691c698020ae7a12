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
  const until = endsAt && !Number.isNaN(endsAt.getTime()) ? endsAt.toLocaleString(lang, { dateStyle: 'short', timeStyle: 'short' }) : null;
  // Two short lines: the panel docks beside the composer, and every line here is one less suggestion
  // in view. The rules are told by the findings as the draft is typed; the hint is on hover and read out.
  const hint = t('crisisHint');
  return (
    <div className="crisis-banner" role="status" title={hint} data-testid="trustops-crisis-banner">
      <p className="crisis-line">
        <strong className="crisis-title">{t(banner.source === 'pack' ? 'crisisTitleTeam' : 'crisisTitle')}</strong>
        {banner.reason && <span className="crisis-reason" data-testid="trustops-crisis-banner-reason">{banner.reason}</span>}
      </p>
      {(until || banner.contacts.length > 0) && (
        <p className="crisis-line crisis-meta">
          {until && (
            <span className="crisis-until" data-testid="trustops-crisis-banner-until">
              {t('crisisUntil', { time: until })}
            </span>
          )}
          {banner.contacts.length > 0 && (
            <span className="crisis-contacts" data-testid="trustops-crisis-banner-contacts">
              {t('crisisContacts', { contacts: banner.contacts.join(', ') })}
            </span>
          )}
        </p>
      )}
      <span className="visually-hidden">{hint}</span>
    </div>
  );
}
