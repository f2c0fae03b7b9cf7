import { describe, expect, it } from 'vitest';
import { DeferredHistory, type HistoryWriter } from '../../../../src/lib/state/history.ts';

type Call = ['push' | 'replace', string];

function setUp(search = '?view=overview') {
  const calls: Call[] = [];
  const history: HistoryWriter = {
    pushState: (_data, _unused, url) => calls.push(['push', String(url)]),
    replaceState: (_data, _unused, url) => calls.push(['replace', String(url)]),
  };
  const scheduled: (() => void)[] = [];
  const deferred = new DeferredHistory(history, search, (write) => scheduled.push(write));
  const runScheduled = () => scheduled.splice(0).forEach((write) => write());
  return { calls, deferred, scheduled, runScheduled };
}

describe('DeferredHistory', () => {
  it('writes nothing until the scheduled time, then every entry in order', () => {
    const { calls, deferred, scheduled, runScheduled } = setUp();
    deferred.write('?view=overview&domain=product', false);
    deferred.write('?view=overview&domain=product,service', false);
    deferred.write('?view=overview&domain=product,service&lang=en', true);
    expect(calls).toEqual([]);
    expect(scheduled).toHaveLength(1);
    expect(deferred.search).toBe('?view=overview&domain=product,service&lang=en');
    runScheduled();
    expect(calls).toEqual<Call[]>([
      ['push', '?view=overview&domain=product'],
      ['push', '?view=overview&domain=product,service'],
      ['replace', '?view=overview&domain=product,service&lang=en'],
    ]);
  });

  it.each<[string, string[], number]>([
    ['the URL it already has', ['?view=overview'], 0],
    ['the URL it was just given', ['?view=compare', '?view=compare'], 1],
    ['a change and its undoing', ['?view=compare', '?view=overview'], 2],
  ])('adds an entry only for a new URL: %s', (_case, searches, expected) => {
    const { calls, deferred, runScheduled } = setUp();
    for (const search of searches) deferred.write(search, false);
    runScheduled();
    expect(calls).toHaveLength(expected);
  });

  it('schedules again for changes made after a write', () => {
    const { calls, deferred, scheduled, runScheduled } = setUp();
    deferred.write('?view=compare', false);
    runScheduled();
    deferred.write('?view=city', false);
    expect(scheduled).toHaveLength(1);
    runScheduled();
    expect(calls.map(([, url]) => url)).toEqual(['?view=compare', '?view=city']);
  });

  it('drops queued entries after back or forward and takes the browser’s URL', () => {
    const { calls, deferred, runScheduled } = setUp();
    deferred.write('?view=compare', false);
    deferred.reset('?view=explorer');
    expect(deferred.search).toBe('?view=explorer');
    deferred.write('?view=explorer', false);
    runScheduled();
    expect(calls).toEqual([]);
  });

  it('writes at once when flushed', () => {
    const { calls, deferred, runScheduled } = setUp();
    deferred.write('?view=departments', false);
    deferred.flush();
    expect(calls).toEqual<Call[]>([['push', '?view=departments']]);
    runScheduled();
    expect(calls).toHaveLength(1);
  });
});
