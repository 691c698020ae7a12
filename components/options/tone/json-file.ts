import { describeJsonError } from '../../../lib/engine/pack/json-error';
import { formatMegabytes, t } from '../i18n';

/** Profiles and exception lists are small; a bigger file is refused before reading it. */
export const MAX_JSON_FILE_BYTES = 5 * 1024 * 1024;

/** Reads a chosen file as JSON; the error names the file and, for bad syntax, the line and column. */
export async function readJsonFile(file: File): Promise<{ ok: true; value: unknown } | { ok: false; error: string }> {
  if (file.size > MAX_JSON_FILE_BYTES)
    return {
      ok: false,
      error: t('fileTooLarge', { file: file.name, size: formatMegabytes(file.size), limit: formatMegabytes(MAX_JSON_FILE_BYTES) }),
    };
  const text = await file.text();
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, error: t('fileNotJson', { file: file.name, reason: describeJsonError(text, error) }) };
  }
}
