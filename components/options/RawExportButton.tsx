import { useState, type CSSProperties } from 'react';
import type { Lang } from '../../lib/i18n/translate';
import { rawDatabaseJson } from '../../lib/storage/raw-export';
import { downloadText } from './library/download';
import { createStorageTranslator } from './storage-texts';

interface Props {
  lang: Lang;
  className?: string;
  style?: CSSProperties;
}

/**
 * Downloads the database as stored (plain IndexedDB, no schema): the way out when the schema or
 * the upgrade is what fails. Works on any extension page (same origin as the database).
 */
export function RawExportButton({ lang, className, style }: Props) {
  const { t } = createStorageTranslator(lang);
  const [state, setState] = useState<{ busy: boolean; note?: string }>({ busy: false });
  const run = async () => {
    setState({ busy: true });
    try {
      const file = `trustops-raw-${new Date().toISOString().slice(0, 19).replace(/:/g, '-')}.json`;
      downloadText(file, await rawDatabaseJson(), 'application/json');
      setState({ busy: false, note: t('exportRawDone', { file }) });
    } catch (error) {
      setState({ busy: false, note: t('exportRawFailed', { error: error instanceof Error ? error.message : String(error) }) });
    }
  };
  return (
    <>
      <button type="button" className={className} style={style} disabled={state.busy} onClick={() => void run()} data-testid="export-raw">
        {state.busy ? t('exportRawBusy') : t('exportRaw')}
      </button>
      {state.note && (
        <span role="status" style={{ marginLeft: 8 }}>
          {state.note}
        </span>
      )}
    </>
  );
}
