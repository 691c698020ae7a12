import { t } from '../i18n';

interface PolicySaveBarProps {
  dirty: boolean;
  saving: boolean;
  /** A save was attempted with errors in the form. */
  showFormError: boolean;
  onRevert: () => void;
}

/** Sticky bottom bar: what is unsaved, Discard and Save (the form's submit button). */
export function PolicySaveBar({ dirty, saving, showFormError, onRevert }: PolicySaveBarProps) {
  return (
    <div className="sla-savebar">
      <p className={showFormError ? 'form-error' : 'sla-save-state'} role={showFormError ? 'alert' : 'status'}>
        {showFormError ? t('formHasErrors') : dirty ? t('slaUnsaved') : t('slaAllSaved')}
      </p>
      <button type="button" className="button" disabled={!dirty} onClick={onRevert}>
        {t('slaRevert')}
      </button>
      <button type="submit" className="button button-primary" disabled={saving}>
        {t('save')}
      </button>
    </div>
  );
}
