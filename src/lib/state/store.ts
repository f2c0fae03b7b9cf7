/**
 * A person's own data kept in this browser (IndexedDB, never uploaded): the plans they added, those plans'
 * original files, and their outcome files, one record per plan or file. A record that cannot be read is kept
 * and reported, never dropped or overwritten by another; a full quota is its own error; other tabs hear of
 * every change (BroadcastChannel), so two tabs keep both their files.
 */

import { wrap, type IDBPDatabase, type IDBPTransaction } from 'idb';

/** The database's name and version (a new version adds stores; records are never rewritten in place). */
export const STORE_DATABASE = 'city-quality-targets';
const STORE_VERSION = 1;

/** The kinds of record kept: plans (text, records, review), their original files, and outcome files. */
export const STORE_NAMES = ['plans', 'plan-files', 'outcome-files'] as const;

/** One kind of record kept. */
export type StoreName = (typeof STORE_NAMES)[number];

/** The channel tabs tell each other about changes on. */
export const STORE_CHANNEL = 'city-quality-targets.store';

/** What is written for each record: its key, when it was saved (for a stable order), and its value. */
interface StoredRecord {
  key: string;
  savedAt: number;
  value: unknown;
}

/** A record that was read. */
export interface StoredEntry<T> {
  key: string;
  /** Milliseconds since 1970, when it was last saved. */
  savedAt: number;
  value: T;
}

/** A record that is there but cannot be read (another version wrote it, or it is damaged): kept as it is. */
export interface UnreadableEntry {
  key: string;
  reason: string;
}

/** Every record of one kind, oldest first, and those that cannot be read. */
export interface StoreListing<T> {
  entries: StoredEntry<T>[];
  unreadable: UnreadableEntry[];
}

/** The browser refused to keep more: the quota for this site is used up. Nothing of the write was kept. */
export class StorageFullError extends Error {
  override name = 'StorageFullError';
}

/** This browser keeps nothing for the site (IndexedDB is missing, blocked or failing). */
export class StorageUnavailableError extends Error {
  override name = 'StorageUnavailableError';
}

/** Reads a stored value into its type; throws (or returns null) when it is not one. */
export type StoredValueParser<T> = (value: unknown) => T | null;

/** The storage: read, write and remove records of a kind, and hear of other tabs' changes. */
export interface UserStore {
  /** Every record of a kind, oldest first; a record `parse` refuses is listed as unreadable, and kept. */
  list<T>(store: StoreName, parse: StoredValueParser<T>): Promise<StoreListing<T>>;
  /** One record, or null when there is none (or it cannot be read). */
  get<T>(store: StoreName, key: string, parse: StoredValueParser<T>): Promise<T | null>;
  /** Writes records of several kinds in one transaction: all are kept, or (on any error) none. */
  put(writes: readonly { store: StoreName; key: string; value: unknown }[]): Promise<void>;
  /** Removes records of several kinds in one transaction. */
  remove(removals: readonly { store: StoreName; key: string }[]): Promise<void>;
  /** Calls `onChange` when another tab changes records of this kind; returns the unsubscribe. */
  subscribe(store: StoreName, onChange: () => void): () => void;
}

/** What the storage is built on; the browser's own by default (tests pass a fake IndexedDB). */
export interface UserStoreOptions {
  indexedDB?: IDBFactory | null;
  /** Opens the channel tabs talk on; null where there is none. */
  openChannel?: (() => BroadcastChannel | null) | null;
}

function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED')
  );
}

/** The error a failed write becomes: a full quota says so; anything else is storage that does not work. */
function toStorageError(error: unknown): Error {
  if (error instanceof StorageFullError || error instanceof StorageUnavailableError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return isQuotaError(error) ? new StorageFullError(message) : new StorageUnavailableError(message);
}

function isStoredRecord(value: unknown): value is StoredRecord {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record.key === 'string' && typeof record.savedAt === 'number' && 'value' in record;
}

/** Reads one stored record, or says why it cannot be read. */
function readRecord<T>(
  key: string,
  raw: unknown,
  parse: StoredValueParser<T>,
): StoredEntry<T> | UnreadableEntry {
  if (!isStoredRecord(raw)) return { key, reason: 'not a record this version wrote' };
  try {
    const value = parse(raw.value);
    if (value === null) return { key, reason: 'its contents are not what this version expects' };
    return { key: raw.key, savedAt: raw.savedAt, value };
  } catch (error) {
    return { key, reason: error instanceof Error ? error.message : String(error) };
  }
}

function defaultChannel(): BroadcastChannel | null {
  try {
    return typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(STORE_CHANNEL);
  } catch {
    return null;
  }
}

/** Opens the storage lazily: nothing is opened until the first read or write. */
export function createUserStore(options: UserStoreOptions = {}): UserStore {
  const factory = options.indexedDB === undefined ? globalThis.indexedDB : options.indexedDB;
  let opened: Promise<IDBPDatabase> | null = null;
  const open = (): Promise<IDBPDatabase> => {
    if (factory === null || factory === undefined)
      return Promise.reject(new StorageUnavailableError('this browser keeps no data for the site'));
    opened ??= (async () => {
      const request = factory.open(STORE_DATABASE, STORE_VERSION);
      request.onupgradeneeded = () => {
        const db = request.result;
        for (const name of STORE_NAMES)
          if (!db.objectStoreNames.contains(name)) db.createObjectStore(name, { keyPath: 'key' });
      };
      return (await wrap(request)) as IDBPDatabase;
    })().catch((error: unknown) => {
      opened = null;
      throw toStorageError(error);
    });
    return opened;
  };

  const listeners = new Map<StoreName, Set<() => void>>();
  let channel: BroadcastChannel | null | undefined;
  const getChannel = (): BroadcastChannel | null => {
    if (channel !== undefined) return channel;
    channel = (options.openChannel === undefined ? defaultChannel : (options.openChannel ?? (() => null)))();
    channel?.addEventListener('message', (event: MessageEvent<{ stores?: unknown }>) => {
      const stores = Array.isArray(event.data?.stores) ? event.data.stores : [];
      for (const store of stores) for (const listener of listeners.get(store as StoreName) ?? []) listener();
    });
    return channel;
  };
  const announce = (stores: readonly StoreName[]) => {
    getChannel()?.postMessage({ stores: [...new Set(stores)] });
  };

  /** Runs the requests in one transaction: all of them are kept, or (on any error) none. */
  const inTransaction = async (
    stores: StoreName[],
    send: (tx: IDBPTransaction<unknown, StoreName[], 'readwrite'>) => Iterable<Promise<unknown>>,
  ): Promise<void> => {
    const db = await open();
    const tx = db.transaction(stores, 'readwrite');
    const requests: Promise<unknown>[] = [];
    try {
      // Each request is awaited (one may throw before the next is sent), so a failed one is never unhandled.
      for (const request of send(tx)) requests.push(request);
      await Promise.all([...requests, tx.done]);
    } catch (error) {
      for (const request of requests) request.catch(() => undefined);
      try {
        tx.abort();
      } catch {
        // Already finished (it failed as a whole).
      }
      tx.done.catch(() => undefined);
      throw toStorageError(error);
    }
    announce(stores);
  };

  return {
    async list<T>(store: StoreName, parse: StoredValueParser<T>): Promise<StoreListing<T>> {
      const db = await open();
      const [keys, values] = await Promise.all([db.getAllKeys(store), db.getAll(store)]);
      const entries: StoredEntry<T>[] = [];
      const unreadable: UnreadableEntry[] = [];
      values.forEach((raw, i) => {
        const read = readRecord(String(keys[i]), raw, parse);
        if ('reason' in read) unreadable.push(read);
        else entries.push(read);
      });
      entries.sort((a, b) => a.savedAt - b.savedAt || a.key.localeCompare(b.key));
      return { entries, unreadable };
    },

    async get<T>(store: StoreName, key: string, parse: StoredValueParser<T>): Promise<T | null> {
      const db = await open();
      const raw: unknown = await db.get(store, key);
      if (raw === undefined) return null;
      const read = readRecord(key, raw, parse);
      return 'reason' in read ? null : read.value;
    },

    async put(writes): Promise<void> {
      if (writes.length === 0) return;
      const savedAt = Date.now();
      const stores = [...new Set(writes.map((w) => w.store))];
      await inTransaction(stores, function* (tx) {
        for (const write of writes) {
          const record: StoredRecord = { key: write.key, savedAt, value: write.value };
          yield tx.objectStore(write.store).put(record);
        }
      });
    },

    async remove(removals): Promise<void> {
      if (removals.length === 0) return;
      const stores = [...new Set(removals.map((r) => r.store))];
      await inTransaction(stores, function* (tx) {
        for (const removal of removals) yield tx.objectStore(removal.store).delete(removal.key);
      });
    },

    subscribe(store: StoreName, onChange: () => void): () => void {
      getChannel();
      let set = listeners.get(store);
      if (set === undefined) listeners.set(store, (set = new Set()));
      set.add(onChange);
      return () => set.delete(onChange);
    },
  };
}

/** Settles when `promise` does, or after `ms` milliseconds, whichever comes first (never rejects). */
export function waitAtMost(promise: Promise<unknown>, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    promise.then(done, done);
  });
}

let browserStore: UserStore | null = null;

/** The page's one storage (opened on first use), shared by outcome files and plans. */
export function getBrowserStore(): UserStore {
  browserStore ??= createUserStore();
  return browserStore;
}
