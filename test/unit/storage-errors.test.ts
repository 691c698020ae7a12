import Dexie, { type DBCore, type Middleware } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TrustOpsDb } from '../../lib/storage/db';
import { watchQuota } from '../../lib/storage/row-guard';
import { recordPick } from '../../lib/storage/library';
import {
  clearLastStorageError, persistStorageErrors, quotaErrorOf, readLastStorageError, STORAGE_ERROR_KEY, watchStorageErrors,
  type LocalArea, type StorageError,
} from '../../lib/storage/storage-errors';

/** Below the row guard: the browser's refusal, as IndexedDB reports it when the disk quota is reached. */
const fullDisk = (how: 'reject' | 'failures'): Middleware<DBCore> => ({
  stack: 'dbcore',
  name: 'FullDisk',
  level: 5,
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return {
        ...table,
        mutate: (req) =>
          how === 'reject'
            ? Promise.reject(quota())
            : Promise.resolve({ numFailures: req.type === 'deleteRange' ? 0 : 1, failures: { 0: quota() }, lastResult: undefined, results: [] }),
      };
    },
  }),
});

function memoryArea(): LocalArea & { items: Record<string, unknown> } {
  const items: Record<string, unknown> = {};
  return {
    items,
    get: async (key) => (key in items ? { [key]: items[key] } : {}),
    set: async (values) => void Object.assign(items, values),
    remove: async (key) => void delete items[key],
  };
}

let database: TrustOpsDb;
beforeEach(() => {
  database = new TrustOpsDb(`quota-${Math.random().toString(36).slice(2)}`);
});
afterEach(async () => {
  database.close();
  await Dexie.delete(database.name);
});

describe('a write refused for lack of space', () => {
  for (const how of ['reject', 'failures'] as const) {
    it(`is reported (tables, error name) and kept as the last storage error (${how})`, async () => {
      database.use(fullDisk(how));
      const heard: StorageError[] = [];
      const stopWatch = watchStorageErrors((e) => heard.push(e));
      const area = memoryArea();
      const stopPersist = persistStorageErrors(area);

      await expect(recordPick({ packId: 'p', replyId: 'r', text: 't', platform: 'generic', at: 1 }, database)).rejects.toBeTruthy();
      stopWatch();
      stopPersist();

      expect(heard).toEqual([expect.objectContaining({ name: 'QuotaExceededError', tables: ['picks'] })]);
      await expect(readLastStorageError(area)).resolves.toMatchObject({ name: 'QuotaExceededError', tables: ['picks'] });
      await clearLastStorageError(area);
      expect(area.items[STORAGE_ERROR_KEY]).toBeUndefined();
    });
  }

  it('is reported when the transaction aborts with it at commit', () => {
    const heard: StorageError[] = [];
    const stop = watchStorageErrors((e) => heard.push(e));
    for (const error of [new DOMException('The quota has been exceeded.', 'QuotaExceededError'), new DOMException('aborted', 'AbortError')]) {
      const trans = Object.assign(new EventTarget(), { error }) as unknown as IDBTransaction;
      watchQuota(trans, ['threads', 'threadEvents']);
      trans.dispatchEvent(new Event('abort'));
    }
    stop();
    expect(heard).toEqual([expect.objectContaining({ name: 'QuotaExceededError', tables: ['threads', 'threadEvents'] })]);
  });

  it('other write errors (a duplicate key) are not reported as storage problems', async () => {
    const heard: StorageError[] = [];
    const stop = watchStorageErrors((e) => heard.push(e));
    await database.packs.add({ id: 'a', name: 'A', updatedAt: 'x', source: 'local', enabled: true, rules: [] });
    await expect(database.packs.add({ id: 'a', name: 'A', updatedAt: 'x', source: 'local', enabled: true, rules: [] })).rejects.toThrow();
    stop();
    expect(heard).toEqual([]);
  });

  it('finds the quota error inside Dexie wrappers and ignores a malformed stored value', async () => {
    expect(quotaErrorOf({ name: 'AbortError', inner: { name: 'QuotaExceededError', message: 'full' } })).toEqual({ name: 'QuotaExceededError', message: 'full' });
    expect(quotaErrorOf(new Error('other'))).toBeUndefined();
    const area = memoryArea();
    area.items[STORAGE_ERROR_KEY] = { name: 1 };
    await expect(readLastStorageError(area)).resolves.toBeUndefined();
  });
});
