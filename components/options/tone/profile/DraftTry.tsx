import { useId, useMemo, useState } from 'react';
import { createToneChecker } from '../../../../lib/engine/tone';
import type { BrandProfile } from '../../../../lib/schema/profile';
import { lang, t } from '../../i18n';
import { FindingList } from '../FindingList';
import { siteIds } from '../../../../lib/sites/site-info';
import { platformName } from '../labels';
import { useTone } from '../store';
import { useDebouncedValue } from '../useDebouncedValue';

/** Longer than any platform's limit (YouTube: 10,000), so length findings can be tried too. */
const MAX_DRAFT_CHARS = 12_000;
/** '' = any other page (generic), then every catalog site. */
const PLATFORMS = ['', ...siteIds()];

/**
 * Runs the checker the overlay would run — this profile (as edited, unsaved) plus the active pack
 * rules — on a sample draft, so the effect of a change shows before saving it. Finding texts
 * follow the dashboard's language, as they follow the interface language in the panel.
 */
export function DraftTry({ profile, usingSaved }: { profile: BrandProfile; usingSaved: boolean }) {
  const rules = useTone((s) => s.activeRules);
  const [text, setText] = useState('');
  const [platform, setPlatform] = useState<string>('');
  const [kind, setKind] = useState<'reply' | 'post'>('reply');
  const id = useId();

  const checker = useMemo(() => createToneChecker(profile, rules), [profile, rules]);
  const draft = useDebouncedValue(text, 150);
  const findings = useMemo(
    () => (draft.trim() ? checker.check(draft, { platform: platform || undefined, kind, messageLang: lang }) : []),
    [checker, draft, platform, kind],
  );

  return (
    <section className="card try-card" aria-labelledby={`${id}-title`}>
      <header className="card-header">
        <div>
          <h2 id={`${id}-title`}>{t('tryTitle')}</h2>
          <p className="card-meta">{t('tryLead', { rules: rules.length })}</p>
        </div>
      </header>
      <div className="card-body">
        <div className="try-options">
          <label className="inline-field">
            {t('tryPlatform')}
            <select value={platform} onChange={(event) => setPlatform(event.target.value)}>
              {PLATFORMS.map((p) => (
                <option key={p} value={p}>
                  {p ? platformName(p) : t('platformGeneric')}
                </option>
              ))}
            </select>
          </label>
          <label className="inline-field">
            {t('tryKind')}
            <select value={kind} onChange={(event) => setKind(event.target.value as 'reply' | 'post')}>
              <option value="reply">{t('tryKindReply')}</option>
              <option value="post">{t('tryKindPost')}</option>
            </select>
          </label>
        </div>
        <label htmlFor={`${id}-draft`} className="field-label">
          {t('tryDraft')}
        </label>
        <textarea
          id={`${id}-draft`}
          rows={4}
          maxLength={MAX_DRAFT_CHARS}
          value={text}
          placeholder={t('tryPlaceholder')}
          onChange={(event) => setText(event.target.value)}
        />
        {usingSaved && <p className="field-hint try-note">{t('tryUsingSaved')}</p>}
        {checker.ruleErrors.length > 0 && (
          <p className="field-hint try-note">{t('trySkippedRules', { ids: checker.ruleErrors.map((e) => e.ruleId).join(', ') })}</p>
        )}
        <div className="try-results" aria-live="polite" data-testid="try-findings">
          {draft.trim() && <FindingList text={draft} findings={findings} emptyText={t('tryClean')} />}
        </div>
      </div>
    </section>
  );
}
