import { ManagedLock } from '../ui/ManagedLock';
import { useRef, useState } from 'react';
import { RU_CALENDAR_2026_2027 } from '../../../lib/engine/sla';
import { t } from '../i18n';
import { useClock } from '../../queue/useClock';
import { DateListEditor } from './DateListEditor';
import { DuePreview } from './DuePreview';
import { formOfPolicy, type PolicyForm } from './policy-form';
import { PolicyFileActions } from './PolicyFileActions';
import { PolicySaveBar } from './PolicySaveBar';
import { TargetFields } from './TargetFields';
import { TimezoneField } from './TimezoneField';
import { usePolicyDraft } from './usePolicyDraft';
import { WeekHoursEditor } from './WeekHoursEditor';
import './sla.css';

/** The preview's "now" moves with the minutes it shows. */
const PREVIEW_TICK_MS = 30_000;

/** The SLA policy editor: zone, hours, calendar, targets; a live preview; save to settings. */
export function SlaSection() {
  const draft = usePolicyDraft();
  const { form, check } = draft;
  const { now } = useClock(PREVIEW_TICK_MS);
  // Errors show for fields the user has left, and for all of them after a save attempt.
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  const errors = check.ok ? {} : check.errors;
  const errorFor = (key: string) => (submitted || touched.has(key) ? errors[key] : undefined);
  // A date is never typed into the lists (a picker adds it), so its errors (a date in both lists) show at once.
  const dateError = (list: 'holidays' | 'workingDays') => (date: string) => errors[`${list}.${date}`];
  const touch = (keys: string[]) => setTouched((prev) => new Set([...prev, ...keys]));
  const update = (patch: Partial<PolicyForm>) => draft.setForm((f) => ({ ...f, ...patch }));

  const submit = async () => {
    setSubmitted(true);
    if (!check.ok) {
      // Take the keyboard to the first field to fix, once React has marked it.
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    if (await draft.save()) {
      setSubmitted(false);
      setTouched(new Set());
    }
  };

  return (
    <div className="section sla">
      <header className="section-header sla-header">
        <div>
          <h1>{t('slaTitle')}</h1>
          <p className="lead">{t('slaLead')}</p>
        </div>
        <PolicyFileActions policy={check.ok ? check.policy : null} onImport={(policy) => draft.setForm(() => formOfPolicy(policy))} />
      </header>
      {draft.status === 'loading' && <p className="empty">{t('loading')}</p>}
      {draft.status === 'error' && (
        <p className="import-result import-failed" role="alert">
          {t('slaLoadFailed', { error: draft.error ?? '' })}
        </p>
      )}
      {draft.status === 'ready' && (
        <ManagedLock keys={['slaPolicy']}>
        <form
          ref={formRef}
          className="sla-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <section className="card" aria-labelledby="sla-hours-title">
            <header className="card-header">
              <h2 id="sla-hours-title">{t('slaHoursTitle')}</h2>
            </header>
            <div className="sla-card-body">
              <TimezoneField
                value={form.timezone}
                error={errorFor('timezone')}
                onChange={(timezone) => update({ timezone })}
                onBlur={() => touch(['timezone'])}
              />
              <WeekHoursEditor
                alwaysOpen={form.alwaysOpen}
                days={form.days}
                errorFor={errorFor}
                onAlwaysOpen={(alwaysOpen) => update({ alwaysOpen })}
                onDays={(days) => update({ days })}
                onTouched={touch}
              />
            </div>
          </section>

          <section className="card" aria-labelledby="sla-calendar-title">
            <header className="card-header card-header-wrap">
              <div>
                <h2 id="sla-calendar-title">{t('slaCalendarTitle')}</h2>
                <p className="card-meta">{t('slaCalendarLead')}</p>
              </div>
              <button
                type="button"
                className="button button-small"
                onClick={() => update({ holidays: [...RU_CALENDAR_2026_2027.holidays], workingDays: [...RU_CALENDAR_2026_2027.workingDays] })}
              >
                {t('slaResetCalendar')}
              </button>
            </header>
            <div className="sla-card-body sla-calendar">
              <DateListEditor
                title={t('slaHolidays')}
                hint={t('slaHolidaysHint')}
                addLabel={t('slaHolidayNew')}
                dates={form.holidays}
                errorFor={dateError('holidays')}
                onChange={(holidays) => update({ holidays })}
                testId="sla-holidays"
              />
              <DateListEditor
                title={t('slaWorkingDays')}
                hint={t('slaWorkingDaysHint')}
                addLabel={t('slaWorkingDayNew')}
                dates={form.workingDays}
                errorFor={dateError('workingDays')}
                onChange={(workingDays) => update({ workingDays })}
                testId="sla-working-days"
              />
            </div>
          </section>

          <section className="card" aria-labelledby="sla-targets-title">
            <header className="card-header">
              <h2 id="sla-targets-title">{t('slaTargetsTitle')}</h2>
            </header>
            <div className="sla-card-body">
              <TargetFields
                form={form}
                errorFor={errorFor}
                onChange={(key, value) => update({ [key]: value })}
                onTouched={(key) => touch([key])}
              />
            </div>
          </section>

          <section className="card" aria-labelledby="sla-preview-title">
            <header className="card-header">
              <h2 id="sla-preview-title">{t('slaPreviewTitle')}</h2>
            </header>
            <div className="sla-card-body">
              <DuePreview check={check} now={now} />
            </div>
          </section>

          <PolicySaveBar
            dirty={draft.dirty}
            saving={draft.saving}
            showFormError={submitted && !check.ok}
            onRevert={() => {
              draft.revert();
              setSubmitted(false);
              setTouched(new Set());
            }}
          />
        </form>
        </ManagedLock>
      )}
    </div>
  );
}
