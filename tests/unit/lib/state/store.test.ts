/** The browser storage of a person's plans and outcome files, on a fake IndexedDB. */
// idb tells requests by the globals' classes: the fake's, here.
import 'fake-indexeddb/auto';
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { wrap, type IDBPDatabase } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createUserStore,
  STORE_DATABASE,
  StorageFullError,
  StorageUnavailableError,
} from '../../../../src/lib/state/store.ts';

const asText = (value: unknown) => (typeof value === 'string' ? value : null);

afterEach(() => vi.restoreAllMocks());

describe('createUserStore', () => {
  it('keeps one record per key, oldest first, and removes them', async () => {
    const store = createUserStore({ indexedDB: new IDBFactory(), openChannel: null });
    await store.put([{ store: 'outcome-files', key: 'a.csv', value: 'first' }]);
    await store.put([{ store: 'outcome-files', key: 'b.csv', value: 'second' }]);
    await store.put([{ store: 'plans', key: 'p1', value: 'plan' }]);
    const listed = await store.list('outcome-files', asText);
    expect(listed.entries.map((e) => [e.key, e.value])).toEqual([
      ['a.csv', 'first'],
      ['b.csv', 'second'],
    ]);
    expect(await store.get('plans', 'p1', asText)).toBe('plan');
    await store.remove([{ store: 'outcome-files', key: 'a.csv' }]);
    expect((await store.list('outcome-files', asText)).entries.map((e) => e.key)).toEqual(['b.csv']);
    expect(await store.get('plans', 'missing', asText)).toBeNull();
  });

  it('keeps a record it cannot read, reports it, and never drops it on the next write', async () => {
    const indexedDB = new IDBFactory();
    const store = createUserStore({ indexedDB, openChannel: null });
    await store.put([{ store: 'outcome-files', key: 'good.csv', value: 'rows' }]);
    const db = (await wrap(indexedDB.open(STORE_DATABASE, 1))) as IDBPDatabase;
    await db.put('outcome-files', { key: 'old.csv', stuff: 42 });
    await db.put('outcome-files', { key: 'odd.csv', savedAt: 1, value: { not: 'text' } });
    db.close();
    await store.put([{ store: 'outcome-files', key: 'new.csv', value: 'more rows' }]);
    const listed = await store.list('outcome-files', asText);
    expect(listed.entries.map((e) => e.key)).toEqual(['good.csv', 'new.csv']);
    expect(listed.unreadable).toEqual([
      { key: 'odd.csv', reason: 'its contents are not what this version expects' },
      { key: 'old.csv', reason: 'not a record this version wrote' },
    ]);
  });

  it('writes several records all or none', async () => {
    const store = createUserStore({ indexedDB: new IDBFactory(), openChannel: null });
    await expect(
      store.put([
        { store: 'plans', key: 'p', value: 'plan' },
        { store: 'plan-files', key: 'p', value: () => 'a function cannot be stored' },
      ]),
    ).rejects.toBeInstanceOf(StorageUnavailableError);
    expect((await store.list('plans', asText)).entries).toEqual([]);
  });

  it('calls a full quota a full quota, and keeps nothing of that write', async () => {
    const store = createUserStore({ indexedDB: new IDBFactory(), openChannel: null });
    await store.put([{ store: 'plans', key: 'kept', value: 'plan' }]);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(store.put([{ store: 'plans', key: 'big', value: 'plan' }])).rejects.toBeInstanceOf(
      StorageFullError,
    );
    vi.restoreAllMocks();
    expect((await store.list('plans', asText)).entries.map((e) => e.key)).toEqual(['kept']);
  });

  it('says when the browser keeps nothing', async () => {
    const store = createUserStore({ indexedDB: null, openChannel: null });
    await expect(store.list('plans', asText)).rejects.toBeInstanceOf(StorageUnavailableError);
  });

  it('tells the other tabs which kind of record changed', async () => {
    const indexedDB = new IDBFactory();
    const name = `store-test-${Date.now()}`;
    const channels: BroadcastChannel[] = [];
    const tab = () =>
      createUserStore({
        indexedDB,
        openChannel: () => {
          const channel = new BroadcastChannel(name);
          channels.push(channel);
          return channel;
        },
      });
    const first = tab();
    const second = tab();
    const heard = new Promise<string>((resolve) => second.subscribe('outcome-files', () => resolve('heard')));
    await first.put([{ store: 'outcome-files', key: 'a.csv', value: 'rows' }]);
    expect(await heard).toBe('heard');
    expect((await second.list('outcome-files', asText)).entries.map((e) => e.key)).toEqual(['a.csv']);
    for (const channel of channels) channel.close();
  });
});
