/** The coordinator between views and the engine: batching, sharing, caching, waiting, seeding, staleness. */

import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE } from '../../../../src/lib/data/answers.ts';
import { QueryCoordinator, StaleQueryError } from '../../../../src/lib/data/coordinator.ts';
import type { RawRow } from '../../../../src/lib/data/fields.ts';
import {
  defineQuery,
  listUserTablesRead,
  type Statement,
  type StatementRunner,
  type ViewState,
} from '../../../../src/lib/data/query.ts';

/** A runner that records every batch and answers each statement with one row echoing its parameters. */
function createRunner(answer: (statement: Statement) => RawRow[] = (s) => [{ params: s.params }]) {
  const batches: Statement[][] = [];
  const runner: StatementRunner = {
    runBatch(statements) {
      batches.push([...statements]);
      return statements.map((statement) => Promise.resolve(answer(statement)));
    },
  };
  return { runner, batches };
}

const CITY_COUNT = defineQuery({
  name: 'test.cityCount',
  sql: 'SELECT count(*) AS n FROM targets WHERE city_id = $1',
  bind: ({ filters }) => [filters.cities.join(',')],
  decode: (rows) => rows.map((row) => row['params']),
});

const INDICATORS = defineQuery({
  name: 'test.indicators',
  sql: 'SELECT indicator_id FROM indicators',
  bind: () => [],
  decode: (rows) => rows.length,
});

const OUTCOME_COUNT = defineQuery({
  name: 'test.outcomeCount',
  sql: 'SELECT count(*) FROM outcomes WHERE city_id = $1',
  bind: ({ filters }) => [filters.cities.join(',')],
  decode: (rows) => rows.map((row) => row['params']),
});

function state(...cities: string[]): ViewState {
  return { ...DEFAULT_VIEW_STATE, filters: { ...DEFAULT_VIEW_STATE.filters, cities } };
}

describe('QueryCoordinator', () => {
  it('sends the queries asked in one task to the engine in one batch', async () => {
    const { runner, batches } = createRunner();
    const coordinator = new QueryCoordinator();
    coordinator.connect(runner);
    await Promise.all([
      coordinator.ask(CITY_COUNT, state('a')),
      coordinator.ask(INDICATORS, state('a')),
      coordinator.ask(OUTCOME_COUNT, state('a')),
    ]);
    expect(batches).toHaveLength(1);
    expect(batches[0]?.map((s) => s.sql)).toEqual([CITY_COUNT.sql, INDICATORS.sql, OUTCOME_COUNT.sql]);
  });

  it('runs a statement once when two views ask for it at the same time, and both get the answer', async () => {
    const { runner, batches } = createRunner();
    const coordinator = new QueryCoordinator();
    coordinator.connect(runner);
    const [first, second] = await Promise.all([
      coordinator.ask(CITY_COUNT, state('a')),
      coordinator.ask(CITY_COUNT, state('a')),
    ]);
    expect(batches.flat()).toHaveLength(1);
    expect(second).toBe(first);
  });

  it('answers from its cache, with the same object, once a statement has run', async () => {
    const { runner, batches } = createRunner();
    const coordinator = new QueryCoordinator();
    coordinator.connect(runner);
    expect(coordinator.peek(CITY_COUNT, state('a'))).toBeUndefined();
    const answer = await coordinator.ask(CITY_COUNT, state('a'));
    expect(coordinator.peek(CITY_COUNT, state('a'))).toBe(answer);
    expect(await coordinator.ask(CITY_COUNT, state('a'))).toBe(answer);
    expect(batches.flat()).toHaveLength(1);
  });

  it('keys answers by the statement: other parameters run again', async () => {
    const { runner, batches } = createRunner();
    const coordinator = new QueryCoordinator();
    coordinator.connect(runner);
    expect(await coordinator.ask(CITY_COUNT, state('a'))).toEqual([['a']]);
    expect(await coordinator.ask(CITY_COUNT, state('b'))).toEqual([['b']]);
    expect(batches.flat()).toHaveLength(2);
  });

  it('waits for the engine, then sends everything that waited in one batch', async () => {
    const { runner, batches } = createRunner();
    const coordinator = new QueryCoordinator();
    const answers = Promise.all([
      coordinator.ask(CITY_COUNT, state('a')),
      coordinator.ask(INDICATORS, state()),
    ]);
    await Promise.resolve();
    expect(batches).toHaveLength(0);
    coordinator.connect(runner);
    expect(await answers).toEqual([[['a']], 1]);
    expect(batches).toHaveLength(1);
  });

  it('answers a waiting ask from the build-time answers of the default state, without the engine', async () => {
    const coordinator = new QueryCoordinator();
    const waiting = coordinator.ask(INDICATORS, DEFAULT_VIEW_STATE);
    coordinator.seed([INDICATORS], { answers: [{ name: INDICATORS.name, params: [], rows: [{}, {}, {}] }] });
    expect(await waiting).toBe(3);
    expect(coordinator.peek(INDICATORS, DEFAULT_VIEW_STATE)).toBe(3);
  });

  it('never takes a build-time answer for another state than the one the query binds now', () => {
    const coordinator = new QueryCoordinator();
    coordinator.seed([CITY_COUNT], {
      answers: [{ name: CITY_COUNT.name, params: ['somewhere'], rows: [{ params: ['somewhere'] }] }],
    });
    expect(coordinator.peek(CITY_COUNT, DEFAULT_VIEW_STATE)).toBeUndefined();
    expect(coordinator.peek(CITY_COUNT, state('somewhere'))).toBeUndefined();
  });

  it('ignores build-time answers of queries it was not given', () => {
    const coordinator = new QueryCoordinator();
    coordinator.seed([INDICATORS], { answers: [{ name: CITY_COUNT.name, params: [''], rows: [] }] });
    expect(coordinator.peek(CITY_COUNT, DEFAULT_VIEW_STATE)).toBeUndefined();
  });

  it('fails the asks that wait for an engine that could not start, and keeps answering from its cache', async () => {
    const coordinator = new QueryCoordinator();
    coordinator.seed([INDICATORS], { answers: [{ name: INDICATORS.name, params: [], rows: [{}] }] });
    const waiting = coordinator.ask(CITY_COUNT, state('a'));
    coordinator.fail(new Error('the worker script failed'));
    await expect(waiting).rejects.toThrow('the worker script failed');
    await expect(coordinator.ask(CITY_COUNT, state('b'))).rejects.toThrow('the worker script failed');
    expect(await coordinator.ask(INDICATORS, DEFAULT_VIEW_STATE)).toBe(1);
  });

  it('runs again once an engine connects after a failure', async () => {
    const { runner } = createRunner();
    const coordinator = new QueryCoordinator();
    coordinator.fail(new Error('no engine'));
    coordinator.connect(runner);
    expect(await coordinator.ask(CITY_COUNT, state('a'))).toEqual([['a']]);
  });

  it('drops a statement not sent yet when every ask for it has gone stale', async () => {
    const { runner, batches } = createRunner();
    const coordinator = new QueryCoordinator();
    const stale = new AbortController();
    const old = coordinator.ask(CITY_COUNT, state('old'), stale.signal);
    const current = coordinator.ask(CITY_COUNT, state('new'));
    stale.abort();
    coordinator.connect(runner);
    await expect(old).rejects.toBeInstanceOf(StaleQueryError);
    expect(await current).toEqual([['new']]);
    expect(batches.flat().map((s) => s.params)).toEqual([['new']]);
  });

  it('still sends a stale ask’s statement when another view waits for the same one', async () => {
    const { runner, batches } = createRunner();
    const coordinator = new QueryCoordinator();
    const stale = new AbortController();
    const first = coordinator.ask(CITY_COUNT, state('a'), stale.signal);
    const second = coordinator.ask(CITY_COUNT, state('a'));
    stale.abort();
    coordinator.connect(runner);
    expect(await second).toEqual([['a']]);
    expect(await first).toEqual([['a']]);
    expect(batches.flat()).toHaveLength(1);
  });

  it('forgets the answers of queries that read a table a person’s own rows changed, and only those', async () => {
    const { runner, batches } = createRunner();
    const coordinator = new QueryCoordinator();
    coordinator.connect(runner);
    await coordinator.ask(OUTCOME_COUNT, state('a'));
    await coordinator.ask(INDICATORS, state());
    coordinator.invalidate(['outcomes'], () => true);
    expect(coordinator.peek(OUTCOME_COUNT, state('a'))).toBeUndefined();
    expect(coordinator.peek(INDICATORS, state())).toBe(1);
    await coordinator.ask(OUTCOME_COUNT, state('a'));
    expect(batches.flat()).toHaveLength(3);
  });

  it('does not take build-time answers for a query that reads a table holding a person’s rows', () => {
    const coordinator = new QueryCoordinator();
    coordinator.invalidate(['outcomes'], () => true);
    coordinator.seed([OUTCOME_COUNT, INDICATORS], {
      answers: [
        { name: OUTCOME_COUNT.name, params: [''], rows: [] },
        { name: INDICATORS.name, params: [], rows: [] },
      ],
    });
    expect(coordinator.peek(OUTCOME_COUNT, DEFAULT_VIEW_STATE)).toBeUndefined();
    expect(coordinator.peek(INDICATORS, DEFAULT_VIEW_STATE)).toBe(0);
  });

  it('holds statements that read a table whose stored rows are not written yet, and sends them on release', async () => {
    const { runner, batches } = createRunner();
    const coordinator = new QueryCoordinator();
    coordinator.hold(['targets']);
    coordinator.connect(runner);
    const held = coordinator.ask(CITY_COUNT, state('a'));
    const free = coordinator.ask(INDICATORS, state());
    expect(await free).toBe(1);
    await Promise.resolve();
    expect(batches.flat().map((s) => s.sql)).toEqual([INDICATORS.sql]);
    coordinator.release(['targets']);
    expect(await held).toEqual([['a']]);
    expect(batches.flat().map((s) => s.sql)).toEqual([INDICATORS.sql, CITY_COUNT.sql]);
  });

  it.each([
    ['SELECT * FROM targets t', ['targets']],
    ['SELECT * FROM published.targets t JOIN documents d USING (doc_id)', ['documents']],
    ['SELECT any_value(dataset_date) FROM published.attainment', []],
    ['SELECT * FROM published."outcomes" o', []],
  ])('reads a person’s tables by name, not published.<table>: %s', (sql, tables) => {
    expect(listUserTablesRead(sql)).toEqual(tables);
  });

  it('keeps at most maxEntries answers, forgetting the least recently used first', async () => {
    const { runner } = createRunner();
    const coordinator = new QueryCoordinator({ maxEntries: 2 });
    coordinator.connect(runner);
    await coordinator.ask(CITY_COUNT, state('a'));
    await coordinator.ask(CITY_COUNT, state('b'));
    coordinator.peek(CITY_COUNT, state('a'));
    await coordinator.ask(CITY_COUNT, state('c'));
    expect(coordinator.peek(CITY_COUNT, state('a'))).toBeDefined();
    expect(coordinator.peek(CITY_COUNT, state('b'))).toBeUndefined();
    expect(coordinator.peek(CITY_COUNT, state('c'))).toBeDefined();
  });

  it('rejects an ask whose rows do not decode, and caches nothing for it', async () => {
    const strict = defineQuery({
      name: 'test.strict',
      sql: 'SELECT 1',
      bind: () => [],
      decode: () => {
        throw new TypeError('column n: expected a number, got string');
      },
    });
    const { runner } = createRunner();
    const coordinator = new QueryCoordinator();
    coordinator.connect(runner);
    await expect(coordinator.ask(strict, state())).rejects.toThrow('expected a number');
    expect(coordinator.peek(strict, state())).toBeUndefined();
  });

  it('passes an engine error to the ask and runs the statement again next time', async () => {
    let calls = 0;
    const runner: StatementRunner = {
      runBatch: (statements) =>
        statements.map(() =>
          ++calls === 1 ? Promise.reject(new Error('Binder Error')) : Promise.resolve([]),
        ),
    };
    const coordinator = new QueryCoordinator();
    coordinator.connect(runner);
    await expect(coordinator.ask(INDICATORS, state())).rejects.toThrow('Binder Error');
    expect(await coordinator.ask(INDICATORS, state())).toBe(0);
  });
});
