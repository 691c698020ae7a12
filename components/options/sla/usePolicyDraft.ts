import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { DEFAULT_POLICY, type SlaPolicy } from '../../../lib/engine/sla';
import { request } from '../../../lib/messaging/client';
import { watchChanges } from '../../../lib/storage/broadcast';
import { loadSettings } from '../../../lib/storage/settings';
import { t } from '../i18n';
import { showToast } from '../ui/toast-store';
import { formOfPolicy, validatePolicyForm, type PolicyCheck, type PolicyForm } from './policy-form';
import { lockedRefusalText } from '../ui/managed-texts';

export interface PolicyDraft {
  status: 'loading' | 'ready' | 'error';
  error?: string;
  form: PolicyForm;
  check: PolicyCheck;
  dirty: boolean;
  saving: boolean;
  setForm: (update: (form: PolicyForm) => PolicyForm) => void;
  /** Validates and saves; false (and nothing written) when the form has errors. */
  save: () => Promise<boolean>;
  revert: () => void;
}

const sameForm = (a: PolicyForm, b: PolicyForm) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The policy being edited: loaded from settings (the default policy when none is stored), checked
 * on every change, saved to settings.slaPolicy. A change made elsewhere (another tab, a settings
 * sync) replaces the form only while it has no unsaved edits.
 */
export function usePolicyDraft(): PolicyDraft {
  const [status, setStatus] = useState<PolicyDraft['status']>('loading');
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState<PolicyForm>(() => formOfPolicy(DEFAULT_POLICY));
  const [form, setFormState] = useState<PolicyForm>(saved);
  const [saving, setSaving] = useState(false);
  const dirtyRef = useRef(false);
  const dirty = !sameForm(form, saved);
  dirtyRef.current = dirty;

  const load = useCallback(async () => {
    try {
      const stored = formOfPolicy((await loadSettings()).slaPolicy ?? DEFAULT_POLICY);
      setSaved(stored);
      if (!dirtyRef.current) setFormState(stored);
      setStatus('ready');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setStatus('error');
    }
  }, []);

  useEffect(() => {
    void load();
    return watchChanges((topic) => {
      if (topic === 'settings') void load();
    });
  }, [load]);

  const check = useMemo(() => validatePolicyForm(form), [form]);

  const save = async (): Promise<boolean> => {
    if (!check.ok || saving) return false;
    setSaving(true);
    try {
      // Saved by the background, whose `settings` change recomputes every clock and the badge.
      await request({ type: 'settings.save', changes: { slaPolicy: check.policy satisfies SlaPolicy } });
      const stored = formOfPolicy(check.policy);
      setSaved(stored);
      setFormState(stored);
      showToast({ message: t('slaSaved') });
      return true;
    } catch (e) {
      const error = e instanceof Error ? e.message : String(e);
      showToast({ message: lockedRefusalText(error) ?? t('actionFailed', { error }) });
      return false;
    } finally {
      setSaving(false);
    }
  };

  return {
    status,
    error,
    form,
    check,
    dirty,
    saving,
    setForm: (update) => setFormState(update),
    save,
    revert: () => setFormState(saved),
  };
}
