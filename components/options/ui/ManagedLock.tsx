import { useEffect, useState, type ReactNode } from 'react';
import { request } from '../../../lib/messaging/client';
import type { ResponseMap } from '../../../lib/schema/messages';
import { t } from '../i18n';

type ManagedStatus = ResponseMap['managed.status'];

let status: Promise<ManagedStatus> | undefined;
/** The policy does not change while a dashboard is open often enough to ask more than once a load. */
const managedStatus = () => (status ??= request({ type: 'managed.status' }).catch(() => ({ managed: [], locked: [], problem: null })));

export function useManagedStatus(): ManagedStatus {
  const [value, setValue] = useState<ManagedStatus>({ managed: [], locked: [], problem: null });
  useEffect(() => {
    let live = true;
    void managedStatus().then((next) => live && setValue(next));
    return () => {
      live = false;
    };
  }, []);
  return value;
}

/**
 * Settings the administrator's policy decides: a note says so, and locked ones are read-only (a
 * disabled fieldset: every input, button and file action inside it).
 */
export function ManagedLock({ keys, className, children }: { keys: string[]; className?: string; children: ReactNode }) {
  const { managed, locked } = useManagedStatus();
  const isLocked = keys.some((key) => locked.includes(key));
  const isManaged = isLocked || keys.some((key) => managed.includes(key));
  return (
    <fieldset className={className ? `managed-lock ${className}` : 'managed-lock'} disabled={isLocked} data-locked={isLocked ? 'true' : undefined}>
      {isManaged && (
        <p className="managed-note" data-testid="trustops-managed-badge">
          {t(isLocked ? 'managedLockedNote' : 'managedSetNote')}
        </p>
      )}
      {children}
    </fieldset>
  );
}

/** An invalid policy, said where every section shows it (the background keeps the last valid one). */
export function ManagedPolicyProblem() {
  const { problem } = useManagedStatus();
  if (!problem) return null;
  return (
    <section className="storage-problem storage-problem-error" role="alert" data-testid="trustops-managed-problem">
      <h2>{t('managedInvalidTitle')}</h2>
      <p>{t('managedInvalid', { problem })}</p>
    </section>
  );
}
