/** Every query the dashboard can ask (each view's, and those no view registers): unique names, SQL that binds and plans against the published database, and build-time answers equal to the engine's. */

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAnswersPath, DEFAULT_VIEW_STATE } from '../../../../../src/lib/data/answers.ts';
import * as consoleModule from '../../../../../src/lib/data/console.ts';
import { QueryCoordinator, type BuiltAnswers } from '../../../../../src/lib/data/coordinator.ts';
import { bindQuery, type Query, type ViewState } from '../../../../../src/lib/data/query.ts';
import * as explorer from '../../../../../src/lib/data/queries/explorer.ts';
import { VIEW_QUERIES } from '../../../../../src/lib/data/queries/index.ts';
import { VIEW_IDS } from '../../../../../src/lib/state/url.ts';
import type { NodeEngine } from '../../../../../scripts/lib/duckdb-node.ts';
import { buildState, openPublishedEngine, ROOT, runQuery } from '../../../../published-data.ts';
import { FILTER_CASES } from './filter-cases.ts';

/** Every query module, found by its file, so a module added later is covered without naming it here. */
const QUERY_MODULES = import.meta.glob<Record<string, unknown>>('../../../../../src/lib/data/queries/*.ts', {
  eager: true,
});

function isQuery(value: unknown): value is Query<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Query<unknown>).name === 'string' &&
    typeof (value as Query<unknown>).bind === 'function' &&
    typeof (value as Query<unknown>).decode === 'function'
  );
}

/** Every query the modules export, registered with a view or not (the outcome catalog, plan titles, …). */
const ALL_QUERIES: readonly Query<unknown>[] = [
  ...new Set(
    [...Object.values(QUERY_MODULES), consoleModule]
      .flatMap((module) => Object.values(module))
      .flatMap((value) =>
        isQuery(value) ? [value] : typeof value === 'object' && value !== null ? Object.values(value) : [],
      )
      .filter(isQuery),
  ),
];

const EVERYTHING_AT_ONCE = FILTER_CASES[FILTER_CASES.length - 1]?.[1] ?? DEFAULT_VIEW_STATE.filters;

/** A view state that sets every filter and every view parameter any query reads. */
const FILTERED_STATE: ViewState = buildState(EVERYTHING_AT_ONCE, {
  doc: 'linxia-2013',
  target: 'linxia-2013-001',
  indicator: 'agrifood_pass_rate',
  department: '市质监局',
  department_city: 'taiyuan',
  q: '合格率 90%',
  topic: 'agri-food safety',
  comparator: '>=',
  canonical: 'with',
  kind: 'quantitative',
  sort: 'value',
  dir: 'desc',
  rows: '10',
});

/** The states the explorer's SQL strings are picked by: every sort both ways in both languages, and the export. */
const EXPLORER_STATES: [string, ViewState][] = [
  ...explorer.EXPLORER_SORT_KEYS.flatMap((sort) =>
    (['zh', 'en'] as const).flatMap((lang) =>
      (['asc', 'desc'] as const).map((dir): [string, ViewState] => [
        `sorted by ${sort} ${dir} in ${lang}`,
        buildState({}, { sort, dir }, lang),
      ]),
    ),
  ),
  ['asked for every row by the export', buildState({}, { rows: '164' })],
];

let engine: NodeEngine;

beforeAll(async () => {
  engine = await openPublishedEngine();
});

afterAll(() => engine.close());

describe('the query registry', () => {
  it('registers every view of the dashboard', () => {
    expect(Object.keys(VIEW_QUERIES).sort()).toEqual([...VIEW_IDS].sort());
  });

  it('finds every registered query among the modules’ exports, and the ones no view registers', () => {
    const registered = new Set(Object.values(VIEW_QUERIES).flat());
    for (const query of registered) expect(ALL_QUERIES, query.name).toContain(query);
    const unregistered = ALL_QUERIES.filter((q) => !registered.has(q)).map((q) => q.name);
    expect(unregistered).toEqual(
      expect.arrayContaining([
        'shared.planTitles',
        'catalog.cities',
        'catalog.indicators',
        'catalog.targets',
      ]),
    );
  });

  it('gives every query its own name, written <module>.<name>', () => {
    const names = ALL_QUERIES.map((q) => q.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z][a-zA-Z]*\.[a-zA-Z]+$/);
  });
});

describe('every query’s SQL', () => {
  it.each(ALL_QUERIES.map((q) => [q.name, q] as const))(
    '%s binds and plans with EXPLAIN for the default state',
    async (_name, query) => {
      const { sql, params } = bindQuery(query, DEFAULT_VIEW_STATE);
      expect((await engine.run(`EXPLAIN ${sql}`, params)).length).toBeGreaterThan(0);
    },
  );

  it.each(ALL_QUERIES.map((q) => [q.name, q] as const))(
    '%s binds and plans with EXPLAIN with every filter and view parameter set',
    async (_name, query) => {
      const { sql, params } = bindQuery(query, FILTERED_STATE);
      expect((await engine.run(`EXPLAIN ${sql}`, params)).length).toBeGreaterThan(0);
    },
  );

  it.each(EXPLORER_STATES)('explorer.rows binds and plans when %s', async (_name, state) => {
    const { sql, params } = bindQuery(explorer.EXPLORER_ROWS_QUERY, state);
    expect((await engine.run(`EXPLAIN ${sql}`, params)).length).toBeGreaterThan(0);
  });

  it('reaches every one of the explorer’s SQL strings through those states', () => {
    const reached = new Set(
      EXPLORER_STATES.map(([, state]) => bindQuery(explorer.EXPLORER_ROWS_QUERY, state).sql),
    );
    reached.add(bindQuery(explorer.EXPLORER_ROWS_QUERY, DEFAULT_VIEW_STATE).sql);
    expect([...reached].sort()).toEqual([...explorer.EXPLORER_TARGETS_SQLS].sort());
  });
});

describe('the build-time answers', () => {
  it.each([...VIEW_IDS])(
    'of %s hold, decoded, what the engine answers for the default state',
    async (view) => {
      const file = path.join(ROOT, 'public', buildAnswersPath(view));
      const built = JSON.parse(readFileSync(file, 'utf8')) as BuiltAnswers;
      const queries = VIEW_QUERIES[view];
      expect(built.answers.map((a) => a.name).sort()).toEqual(queries.map((q) => q.name).sort());
      const coordinator = new QueryCoordinator();
      coordinator.seed(queries, built);
      for (const query of queries) {
        const answer = coordinator.peek(query, DEFAULT_VIEW_STATE);
        expect(answer, query.name).toBeDefined();
        expect(answer, query.name).toEqual(await runQuery(engine, query, DEFAULT_VIEW_STATE));
      }
    },
  );
});
