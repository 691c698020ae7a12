import { useCallback, useEffect, useState } from 'react';
import browser from 'webextension-polyfill';
import { checkDatabase } from '../../lib/storage/db-health';
import { DB_NAME } from '../../lib/storage/db';
import { skippedRows, watchSkippedRows, type SkippedRow } from '../../lib/storage/skipped-rows';
import { clearLastStorageError, readLastStorageError, STORAGE_ERROR_KEY, type StorageError } from '../../lib/storage/storage-errors';

export interface StorageProblems {
  /** The database cannot be opened: the underlying error, named. */
  unavailable?: string;
  skipped: SkippedRow[];
  /** The last write the browser refused (quota), from any context, until dismissed. */
  lastError?: StorageError;
  recheck: () => void;
  dismissError: () => void;
}

/**
 * What is wrong with the database, for the dashboard's banner: a health check once the page is
 * drawn (every table read through the row guard), rows skipped by the sections' own reads as
 * they happen, and the last refused write kept by any context in `storage.local`.
 */
export function useStorageProblems(): StorageProblems {
  const [unavailable, setUnavailable] = useState<string>();
  const [skipped, setSkipped] = useState<SkippedRow[]>(() => skippedRows(DB_NAME));
  const [lastError, setLastError] = useState<StorageError>();

  const recheck = useCallback(() => {
    void checkDatabase().then((health) => {
      if (health.state === 'unavailable') setUnavailable(health.error);
      else {
        setUnavailable(undefined);
        setSkipped(health.skipped);
      }
    });
  }, []);

  useEffect(() => {
    const stopSkipped = watchSkippedRows(DB_NAME, setSkipped);
    // After the first paint: the sections' own reads come first.
    const timer = setTimeout(recheck, 300);
    const readError = () => void readLastStorageError(browser.storage.local).then(setLastError, () => {});
    readError();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && STORAGE_ERROR_KEY in changes) readError();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      stopSkipped();
      clearTimeout(timer);
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, [recheck]);

  const dismissError = useCallback(() => {
    setLastError(undefined);
    void clearLastStorageError(browser.storage.local).catch(() => {});
  }, []);

  return { unavailable, skipped, lastError, recheck, dismissError };
}
