import { useId, useState } from 'react';
import type { SlaPolicy } from '../../../lib/schema/policy';
import { t } from '../i18n';
import { downloadText } from '../library/download';
import { showToast } from '../ui/toast-store';
import { POLICY_FILE_NAME, policyFileText, readPolicyFile } from './policy-file';

interface PolicyFileActionsProps {
  /** The form's policy when it is valid (what Export writes). */
  policy: SlaPolicy | null;
  /** A valid imported policy: it replaces the form, unsaved. */
  onImport: (policy: SlaPolicy) => void;
}

/** Import and export of the policy as the JSON file the CLI reads; a bad file changes nothing. */
export function PolicyFileActions({ policy, onImport }: PolicyFileActionsProps) {
  const inputId = useId();
  const [failure, setFailure] = useState<{ file: string; errors: string[] } | null>(null);

  const importFile = async (file: File) => {
    const result = await readPolicyFile(file);
    if (!result.ok) return setFailure({ file: file.name, errors: result.errors });
    setFailure(null);
    onImport(result.policy);
    showToast({ message: t('slaImported', { file: file.name }) });
  };

  return (
    <>
      <div className="toolbar">
        <input
          id={inputId}
          type="file"
          accept=".json,application/json"
          className="visually-hidden sla-file-input"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = ''; // choosing the same file again must fire again
            if (file) void importFile(file);
          }}
        />
        <label htmlFor={inputId} className="button button-small sla-file-button">
          {t('slaImport')}
        </label>
        <button
          type="button"
          className="button button-small"
          disabled={!policy}
          title={policy ? undefined : t('slaExportInvalid')}
          onClick={() => policy && downloadText(POLICY_FILE_NAME, policyFileText(policy), 'application/json')}
        >
          {t('slaExport')}
        </button>
      </div>
      {failure && (
        <div className="import-result import-failed sla-import-failed" role="alert">
          <p className="import-result-title">{t('slaImportFailed', { file: failure.file })}</p>
          <ul className="issue-list">
            {failure.errors.slice(0, 50).map((error, i) => (
              <li key={i}>{error}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
