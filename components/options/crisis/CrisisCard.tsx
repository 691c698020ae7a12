import { useEffect, useState } from 'react';
import { crisisInForce, crisisSlaPolicy } from '../../../lib/crisis/state';
import { crisisLogToCsv } from '../../../lib/crisis/csv';
import { DEFAULT_POLICY } from '../../../lib/engine/sla';
import { CRISIS_SCENARIOS, type CrisisScenario, type CrisisState } from '../../../lib/schema/crisis';
import { watchChanges } from '../../../lib/storage/broadcast';
import { countCrisisLog, listCrisisLog } from '../../../lib/storage/crisis-log';
import { downloadText } from '../library/download';
import { lang, t } from '../i18n';
import { useSettingsStore } from '../settings/store';
import { Field } from '../ui/Field';
import { showToast } from '../ui/toast-store';
import { fromLocalInput, parseContacts, toLocalInput } from './crisis-form';
import './crisis.css';

const SCENARIO_LABEL = {
  outage: 'crisisScenarioOutage',
  'data-leak': 'crisisScenarioLeak',
  'viral-complaint': 'crisisScenarioViral',
  'hijacked-account': 'crisisScenarioHijack',
} as const satisfies Record<CrisisScenario, Parameters<typeof t>[0]>;

const when = (iso: string | undefined) => (iso ? new Date(iso).toLocaleString(lang, { dateStyle: 'short', timeStyle: 'short' }) : '');

/**
 * Crisis mode: switched on with a reason, an end time and the escalation contacts (a team pack may
 * declare it too); switched off; the log of replies sent during a crisis, downloaded as CSV.
 */
export function CrisisCard() {
  const crisis = useSettingsStore((s) => s.settings.crisis);
  const slaPolicy = useSettingsStore((s) => s.settings.slaPolicy);
  const save = useSettingsStore((s) => s.save);
  const on = crisisInForce(crisis, Date.now());
  const [reason, setReason] = useState(crisis.reason);
  const [endsAt, setEndsAt] = useState(toLocalInput(crisis.endsAt));
  const [contacts, setContacts] = useState(crisis.contacts.join('\n'));
  const [scenario, setScenario] = useState<CrisisScenario | ''>(crisis.scenario ?? '');
  const [error, setError] = useState<{ field: 'reason' | 'endsAt'; text: string } | null>(null);
  const logCount = useLogCount();
  const policy = crisisSlaPolicy(slaPolicy ?? DEFAULT_POLICY, crisis);

  // Another tab or a team pack changed the crisis: the form shows what is stored. Keyed by value,
  // not identity: a settings refresh that changes nothing must not wipe what the user is typing.
  const stored = JSON.stringify(crisis);
  useEffect(() => {
    setReason(crisis.reason);
    setEndsAt(toLocalInput(crisis.endsAt));
    setContacts(crisis.contacts.join('\n'));
    setScenario(crisis.scenario ?? '');
  }, [stored]);

  const switchOn = async () => {
    const end = fromLocalInput(endsAt);
    if (!reason.trim()) return setError({ field: 'reason', text: t('crisisNeedsReason') });
    if (end === null || (end !== undefined && Date.parse(end) <= Date.now())) return setError({ field: 'endsAt', text: t('crisisBadEnd') });
    setError(null);
    const next: CrisisState = {
      active: true,
      reason: reason.trim(),
      startsAt: new Date().toISOString(),
      contacts: parseContacts(contacts),
      source: 'user',
      ...(end ? { endsAt: end } : {}),
      ...(scenario ? { scenario } : {}),
    };
    if (await save({ crisis: next })) showToast({ message: t('crisisTurnedOn') });
  };

  const switchOff = async () => {
    // The reason and contacts stay, ready for the next time.
    if (await save({ crisis: { ...crisis, active: false } })) showToast({ message: t('crisisTurnedOff') });
  };

  const exportLog = async () => {
    const records = await listCrisisLog();
    if (!records.length) return showToast({ message: t('crisisExportEmpty') });
    downloadText(`trustops-crisis-log-${new Date().toISOString().slice(0, 10)}.csv`, crisisLogToCsv(records), 'text/csv');
  };

  return (
    <section className={on ? 'card settings-card crisis-card crisis-on' : 'card settings-card crisis-card'} aria-labelledby="crisis-title" data-testid="trustops-crisis-card">
      <header className="card-header">
        <h2 id="crisis-title">{t('crisisCardTitle')}</h2>
      </header>
      <div className="card-body">
        <p className="field-hint">{t('crisisCardLead')}</p>
        <p role="status" data-testid="trustops-crisis-status" className="crisis-status">
          {!on
            ? t('crisisOff')
            : crisis.endsAt
              ? t('crisisOnUntil', { start: when(crisis.startsAt), end: when(crisis.endsAt) })
              : t('crisisOnSince', { time: when(crisis.startsAt) })}
          {on && crisis.source === 'pack' && <> {t('crisisByTeam', { pack: crisis.packId ?? '' })}</>}
        </p>
        <Field label={t('crisisReason')} hint={t('crisisReasonHint')} error={error?.field === 'reason' ? error.text : undefined}>
          {({ id, describedBy, invalid }) => (
            <input id={id} type="text" maxLength={500} value={reason} disabled={on} aria-describedby={describedBy} aria-invalid={invalid}
              data-testid="trustops-crisis-reason" onChange={(e) => setReason(e.target.value)} />
          )}
        </Field>
        <Field label={t('crisisEndsAt')} hint={t('crisisEndsAtHint')} error={error?.field === 'endsAt' ? error.text : undefined}>
          {({ id, describedBy, invalid }) => (
            <input id={id} type="datetime-local" value={endsAt} disabled={on} aria-describedby={describedBy} aria-invalid={invalid}
              data-testid="trustops-crisis-ends" onChange={(e) => setEndsAt(e.target.value)} />
          )}
        </Field>
        <Field label={t('crisisContactsLabel')} hint={t('crisisContactsHint')}>
          {({ id, describedBy }) => (
            <textarea id={id} rows={3} value={contacts} disabled={on} aria-describedby={describedBy}
              data-testid="trustops-crisis-contacts" onChange={(e) => setContacts(e.target.value)} />
          )}
        </Field>
        <Field label={t('crisisScenario')}>
          {({ id }) => (
            <select id={id} value={scenario} disabled={on} data-testid="trustops-crisis-scenario" onChange={(e) => setScenario(e.target.value as CrisisScenario | '')}>
              <option value="">{t('crisisScenarioAny')}</option>
              {CRISIS_SCENARIOS.map((s) => (
                <option key={s} value={s}>{t(SCENARIO_LABEL[s])}</option>
              ))}
            </select>
          )}
        </Field>
        <p className="field-hint">{t('crisisSlaNote', { first: policy.firstReplyMinutes, next: policy.nextReplyMinutes })}</p>
        <div className="crisis-actions">
          <button type="button" className={on ? 'button' : 'button button-danger'} aria-pressed={on} data-testid="trustops-crisis-toggle"
            onClick={() => void (on ? switchOff() : switchOn())}>
            {on ? t('crisisSwitchOff') : t('crisisSwitchOn')}
          </button>
          <button type="button" className="button" data-testid="trustops-crisis-export" onClick={() => void exportLog()}>
            {t('crisisExport')}
          </button>
          <span className="field-hint" data-testid="trustops-crisis-log-count">{t('crisisLogCount', { n: logCount })}</span>
        </div>
      </div>
    </section>
  );
}

/** How many replies the crisis log holds; read again when threads change (the log grows with them). */
function useLogCount(): number {
  const [count, setCount] = useState(0);
  useEffect(() => {
    const read = () =>
      void countCrisisLog().then(setCount, (error: unknown) => console.warn('[TrustOps] the crisis log could not be read', error));
    read();
    // Also when the dashboard is shown again: replies are sent from other tabs meanwhile.
    document.addEventListener('visibilitychange', read);
    const stop = watchChanges((topic) => {
      if (topic === 'threads' || topic === 'settings') read();
    });
    return () => {
      stop();
      document.removeEventListener('visibilitychange', read);
    };
  }, []);
  return count;
}
