/**
 * The database exactly as stored, read with the plain IndexedDB API: no Dexie, no schema, no
 * upgrade. It works when the schema does not (malformed rows, a failed upgrade, a newer
 * version), so the user can always take the data out as JSON and hand it to whoever repairs it.
 */
export interface RawStore {
  keyPath: string | string[] | null;
  autoIncrement: boolean;
  indexes: string[];
  rows: { key: unknown; value: unknown }[];
}
export interface RawDatabase {
  format: 'trustops-raw-database';
  name: string;
  version: number;
  exportedAt: string;
  stores: Record<string, RawStore>;
}

/** = DB_NAME of db.ts, not imported: this reader must load neither Dexie nor the schema. */
export const RAW_DB_NAME = 'trustops';

const promised = <T>(request: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

/** Opens the existing database at whatever version it has; never creates or upgrades one. */
function openAsIs(name: string, factory: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const open = factory.open(name);
    // Only a database that does not exist yet gets an upgrade without a version: refuse to create it.
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error ?? new Error(`no database "${name}"`));
    open.onblocked = () => reject(new Error(`database "${name}" is blocked by another tab`));
  });
}

export async function readRawDatabase(name = RAW_DB_NAME, factory: IDBFactory = indexedDB): Promise<RawDatabase> {
  const database = await openAsIs(name, factory).catch((error: unknown) => {
    throw new Error(`cannot open "${name}": ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
  });
  try {
    const stores: Record<string, RawStore> = {};
    for (const storeName of Array.from(database.objectStoreNames)) {
      const store = database.transaction(storeName, 'readonly').objectStore(storeName);
      // Keys and values in one transaction come in the same order.
      const [keys, values] = await Promise.all([promised(store.getAllKeys()), promised(store.getAll())]);
      stores[storeName] = {
        keyPath: store.keyPath,
        autoIncrement: store.autoIncrement,
        indexes: Array.from(store.indexNames),
        rows: keys.map((key, i) => ({ key, value: values[i] })),
      };
    }
    return { format: 'trustops-raw-database', name, version: database.version, exportedAt: new Date().toISOString(), stores };
  } finally {
    database.close();
  }
}

/** The raw database as indented JSON (what the "export raw data" button downloads). */
export async function rawDatabaseJson(name = RAW_DB_NAME, factory: IDBFactory = indexedDB): Promise<string> {
  return JSON.stringify(await readRawDatabase(name, factory), null, 2);
}
