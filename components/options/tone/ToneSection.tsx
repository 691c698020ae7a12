import { useEffect } from 'react';
import { watchChanges } from '../../../lib/storage/broadcast';
import { t } from '../i18n';
import { useLiveSettings, useSettingsStore } from '../settings/store';
import { AuditTrail } from './exceptions/AuditTrail';
import { ExceptionsPanel } from './exceptions/ExceptionsPanel';
import { ProfileEditor } from './profile/ProfileEditor';
import { ManagedLock } from '../ui/ManagedLock';
import { RulesPanel } from './rules/RulesPanel';
import { useTone, type ToneTab } from './store';
import { panelId, tabId, Tabs } from './Tabs';
import './tone.css';

/** Tone of voice: the brand profile, the packs' custom rules, and the team's exceptions. */
export function ToneSection() {
  useLiveSettings();
  const status = useSettingsStore((s) => s.status);
  const error = useSettingsStore((s) => s.error);
  const tab = useTone((s) => s.tab);
  const setTab = useTone((s) => s.setTab);
  const dirty = useTone((s) => s.profileDraft !== null);

  useEffect(() => {
    const { refreshRules, refreshAudit } = useTone.getState();
    void refreshRules();
    void refreshAudit();
    // Packs change in the Library or by subscription; "send anyway" records announce `audit`.
    return watchChanges((topic) => {
      if (topic === 'library') void useTone.getState().refreshRules();
      if (topic === 'audit') void useTone.getState().refreshAudit();
    });
  }, []);

  const tabs: { id: ToneTab; label: string }[] = [
    { id: 'profile', label: dirty ? `${t('toneTabProfile')} •` : t('toneTabProfile') },
    { id: 'rules', label: t('toneTabRules') },
    { id: 'exceptions', label: t('toneTabExceptions') },
  ];

  return (
    <div className="section tone">
      <header className="section-header">
        <h1>{t('toneTitle')}</h1>
        <p className="lead">{t('toneLead')}</p>
      </header>
      {status === 'loading' && <p className="empty">{t('loading')}</p>}
      {status === 'error' && (
        <p className="import-result import-failed" role="alert">
          {t('settingsLoadFailed', { error: error ?? '' })}
        </p>
      )}
      {status === 'ready' && (
        <>
          <Tabs label={t('toneTabsLabel')} tabs={tabs} active={tab} onChange={setTab} />
          {/* Panels stay mounted while hidden, so a half-written sample or form survives a tab switch. */}
          <div role="tabpanel" id={panelId('profile')} aria-labelledby={tabId('profile')} hidden={tab !== 'profile'} className="tab-panel">
            <ManagedLock keys={['profile']}>
              <ProfileEditor />
            </ManagedLock>
          </div>
          <div role="tabpanel" id={panelId('rules')} aria-labelledby={tabId('rules')} hidden={tab !== 'rules'} className="tab-panel">
            <RulesPanel />
          </div>
          <div role="tabpanel" id={panelId('exceptions')} aria-labelledby={tabId('exceptions')} hidden={tab !== 'exceptions'} className="tab-panel">
            <ExceptionsPanel />
            <AuditTrail />
          </div>
        </>
      )}
    </div>
  );
}
