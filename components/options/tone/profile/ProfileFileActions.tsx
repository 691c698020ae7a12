import { useId } from 'react';
import type { BrandProfile } from '../../../../lib/schema/profile';
import { t } from '../../i18n';
import { downloadText } from '../../library/download';
import { showToast } from '../../ui/toast-store';
import { profileToJson, readProfileFile } from './profile-file';

interface ProfileFileActionsProps {
  /** The profile as in the form, or null while the form has errors. */
  current: BrandProfile | null;
  onImported: (profile: BrandProfile, fileName: string) => void;
  onRefused: (fileName: string, errors: string[]) => void;
}

/** Import a profile file into the form (to review, then save) and export the form as a file. */
export function ProfileFileActions({ current, onImported, onRefused }: ProfileFileActionsProps) {
  const inputId = useId();
  return (
    <div className="toolbar">
      <input
        id={inputId}
        type="file"
        className="visually-hidden file-input"
        accept=".json,application/json"
        onChange={async (event) => {
          const file = event.target.files?.[0];
          // Cleared so that choosing the same file again still fires a change.
          event.target.value = '';
          if (!file) return;
          const read = await readProfileFile(file);
          if (read.ok) onImported(read.profile, file.name);
          else onRefused(file.name, read.errors);
        }}
      />
      <label htmlFor={inputId} className="button button-small file-button">
        {t('profileImport')}
      </label>
      <button
        type="button"
        className="button button-small"
        onClick={() =>
          current
            ? downloadText('trustops-profile.json', profileToJson(current), 'application/json')
            : showToast({ message: t('profileExportInvalid') })
        }
      >
        {t('profileExport')}
      </button>
    </div>
  );
}
