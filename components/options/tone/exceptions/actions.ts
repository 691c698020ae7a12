import type { ToneException } from '../../../../lib/schema/settings';
import { t } from '../../i18n';
import { downloadText } from '../../library/download';
import { useSettingsStore } from '../../settings/store';
import { showToast } from '../../ui/toast-store';
import { readJsonFile } from '../json-file';
import { exceptionsToJson, mergeExceptions, parseExceptionsFile } from './exceptions-file';

const updateExceptions = (change: (list: ToneException[]) => ToneException[]) =>
  useSettingsStore.getState().update((current) => ({ toneExceptions: change(current.toneExceptions) }));

/** Removes an exception (the finding shows again); Undo puts it back where it was. */
export async function removeExceptionWithUndo(exception: ToneException) {
  let index = -1;
  const saved = await updateExceptions((list) => {
    index = list.findIndex((e) => e.key === exception.key);
    return list.filter((e) => e.key !== exception.key);
  });
  if (!saved || index < 0) return;
  showToast({
    message: t('exceptionRemoved', { text: exception.text || exception.ruleId }),
    action: {
      label: t('undo'),
      run: () => updateExceptions((list) => (list.some((e) => e.key === exception.key) ? list : list.toSpliced(index, 0, exception))),
    },
  });
}

export function exportExceptions(list: readonly ToneException[]) {
  downloadText('trustops-exceptions.json', exceptionsToJson(list), 'application/json');
}

/** Adds a file's exceptions to the list; returns the reasons when the file is refused. */
export async function importExceptions(file: File): Promise<string[] | null> {
  const read = await readJsonFile(file);
  if (!read.ok) return [read.error];
  const parsed = parseExceptionsFile(read.value);
  if (!parsed.ok) return parsed.errors;
  let counts = { added: 0, known: 0 };
  const saved = await updateExceptions((list) => {
    const { merged, ...rest } = mergeExceptions(list, parsed.exceptions);
    counts = rest;
    return merged;
  });
  if (saved) showToast({ message: t('exceptionsImported', counts) });
  return null;
}
