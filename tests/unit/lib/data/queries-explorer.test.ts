import type { DuckDBConnection } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../../../src/lib/data/parquet.ts';
import type { QueryRunner } from '../../../../src/lib/data/queries.ts';
import {
  EXPLORER_SORT_KEYS,
  EXPLORER_TARGETS_SQLS,
  EXPLORER_TOPICS_SQL,
  EXPLORER_TOTAL_SQL,
  buildExplorerParams,
  buildExplorerTargetsSql,
  parseSearchTerms,
  queryExplorerTargets,
  queryExplorerTopics,
  queryExplorerTotal,
  type ExplorerQuery,
} from '../../../../src/lib/data/queries-explorer.ts';
import {
  calcExplorerTargets,
  calcExplorerTopics,
  calcExplorerTotal,
} from '../../../../src/lib/data/rows-explorer.ts';
import { NO_FILTERS } from '../../../../src/lib/state/url.ts';
import { createNodeRunner, openPublishedData, readPublishedDataset } from '../../../published-data.ts';
import { FILTER_CASES } from './filter-cases.ts';

let connection: DuckDBConnection;
let db: QueryRunner;
let data: Dataset;

beforeAll(async () => {
  connection = await openPublishedData();
  db = createNodeRunner(connection);
  data = await readPublishedDataset();
});

/** Runs a plain SQL string written in the test, independent of the app's queries. */
async function column(sql: string): Promise<unknown[]> {
  const rows = (await connection.runAndReadAll(sql)).getRowObjectsJS();
  return rows.map((row) => Object.values(row)[0]);
}

const ALL: ExplorerQuery = {
  filters: NO_FILTERS,
  topic: null,
  comparator: null,
  canonical: null,
  indicatorId: null,
  kind: null,
  search: '',
  sort: null,
  descending: false,
  lang: 'en',
};

/** View filters the tests combine with the global filter cases. */
const VIEW_CASES: [string, Partial<ExplorerQuery>][] = [
  ['no view filter', {}],
  ['a topic', { topic: 'brands' }],
  ['a comparator', { comparator: '>=' }],
  ['with a canonical indicator', { canonical: 'with' }],
  ['without a canonical indicator', { canonical: 'without' }],
  ['qualitative only', { kind: 'qualitative' }],
  ['quantitative only', { kind: 'quantitative' }],
  ['one canonical indicator', { indicatorId: 'agrifood_pass_rate' }],
  ['a Chinese search', { search: '合格率' }],
  ['an English search in capitals', { search: 'PASS Rate' }],
  ['a search for a city name', { search: 'hangzhou' }],
  ['a search nothing matches', { search: 'zzzz-no-such-word' }],
  [
    'everything at once',
    { topic: 'agri-food safety', kind: 'quantitative', canonical: 'with', search: '率' },
  ],
];

describe('every explorer query', () => {
  it.each([
    ...EXPLORER_TARGETS_SQLS.map((sql, i) => [`explorer targets SQL #${i}`, sql, 10] as const),
    ['EXPLORER_TOPICS_SQL', EXPLORER_TOPICS_SQL, 4] as const,
    ['EXPLORER_TOTAL_SQL', EXPLORER_TOTAL_SQL, 0] as const,
  ])('%s binds and plans with EXPLAIN against the published tables', async (_name, sql, paramCount) => {
    const params = buildExplorerParams({ ...ALL, search: 'rate' }).slice(0, paramCount);
    const plan = await connection.runAndReadAll(`EXPLAIN ${sql}`, params);
    expect(plan.currentRowCount).toBeGreaterThan(0);
  });

  it('has one SQL string per sort key and direction, and none for unknown keys', () => {
    // Document order, each key both ways, and indicator names sorted in the other language both ways.
    expect(EXPLORER_TARGETS_SQLS.length).toBe(1 + 2 * EXPLORER_SORT_KEYS.length + 2);
    expect(() => buildExplorerTargetsSql('quote' as never, false, 'en')).toThrow(/no explorer query/);
  });
});

describe('parseSearchTerms', () => {
  it.each([
    ['', []],
    ['  ', []],
    ['合格率', ['合格率']],
    ['Pass  RATE', ['pass', 'rate']],
    [' 抽查 90% ', ['抽查', '90%']],
  ])('reads %j as %j', (text, terms) => {
    expect(parseSearchTerms(text)).toEqual(terms);
  });
});

describe('queryExplorerTargets', () => {
  it('returns every record, quantitative and qualitative, in document order without filters', async () => {
    const rows = await queryExplorerTargets(db, ALL);
    expect(rows.map((r) => r.targetId)).toEqual(
      await column('SELECT target_id FROM targets ORDER BY target_id'),
    );
    expect(rows.some((r) => r.comparator === 'qualitative')).toBe(true);
  });

  it('applies the global filters as the Overview matrix counts them', async () => {
    const filters = { ...NO_FILTERS, cities: ['hangzhou'], domains: ['environment' as const] };
    const rows = await queryExplorerTargets(db, { ...ALL, filters });
    expect(rows.map((r) => r.targetId)).toEqual(
      await column(
        "SELECT target_id FROM targets WHERE city_id = 'hangzhou' AND domain = 'environment' ORDER BY target_id",
      ),
    );
  });

  it('finds Hangzhou’s spot-check target (90% 以上) by a word of its quote, with its offsets', async () => {
    const rows = await queryExplorerTargets(db, { ...ALL, search: '国家监督抽查合格率' });
    const target = rows.find((r) => r.targetId === 'hangzhou-2013-002');
    expect(target).toMatchObject({
      cityEn: 'Hangzhou',
      cityZh: '杭州市',
      comparator: '>=',
      value: 90,
      unit: '%',
      quote: '国家监督抽查合格率稳定在90%以上',
    });
    const [text] = await column("SELECT text FROM documents WHERE doc_id = 'hangzhou-2013'");
    expect(String(text).slice(target?.quoteStart, target?.quoteEnd)).toBe(target?.quote);
  });

  it('needs every search word to appear, in any field', async () => {
    const both = await queryExplorerTargets(db, { ...ALL, search: 'hangzhou 合格率' });
    const city = await queryExplorerTargets(db, { ...ALL, search: 'hangzhou' });
    const word = await queryExplorerTargets(db, { ...ALL, search: '合格率' });
    expect(both.length).toBeGreaterThan(0);
    expect(both.length).toBeLessThan(Math.min(city.length, word.length));
    expect(both.every((r) => r.cityId === 'hangzhou')).toBe(true);
  });

  it('counts qualitative and canonical records as plain SQL does', async () => {
    const qualitative = await queryExplorerTargets(db, { ...ALL, kind: 'qualitative' });
    expect(qualitative.length).toBe(
      Number((await column("SELECT count(*) FROM targets WHERE comparator = 'qualitative'"))[0]),
    );
    const without = await queryExplorerTargets(db, { ...ALL, canonical: 'without' });
    expect(without.length).toBe(
      Number((await column('SELECT count(*) FROM targets WHERE indicator_id IS NULL'))[0]),
    );
  });

  it.each([
    ['value', false, 'SELECT target_id FROM targets ORDER BY value ASC NULLS LAST, target_id'],
    ['value', true, 'SELECT target_id FROM targets ORDER BY value DESC NULLS LAST, target_id'],
    ['year', true, 'SELECT target_id FROM targets ORDER BY target_year DESC NULLS LAST, target_id'],
    ['topic', false, 'SELECT target_id FROM targets ORDER BY topic, target_id'],
  ] as const)('sorts by %s (descending: %s) as plain SQL does', async (sort, descending, sql) => {
    const rows = await queryExplorerTargets(db, { ...ALL, sort, descending });
    expect(rows.map((r) => r.targetId)).toEqual(await column(sql));
  });
});

describe('calcExplorerTargets', () => {
  describe.each(VIEW_CASES)('with %s', (_view, view) => {
    it.each(FILTER_CASES)('returns what its SQL twin returns, under %s', async (_case, filters) => {
      const query = { ...ALL, ...view, filters };
      expect(calcExplorerTargets(data, query)).toEqual(await queryExplorerTargets(db, query));
    });
  });

  describe.each(['zh', 'en'] as const)('in %s', (lang) => {
    it.each(EXPLORER_SORT_KEYS.flatMap((key) => [[key, false] as const, [key, true] as const]))(
      'sorts by %s (descending: %s) as its SQL twin does',
      async (sort, descending) => {
        const query = { ...ALL, sort, descending, lang };
        expect(calcExplorerTargets(data, query)).toEqual(await queryExplorerTargets(db, query));
      },
    );
  });
});

describe('queryExplorerTopics and calcExplorerTopics', () => {
  it.each(FILTER_CASES)('agree, and count what plain SQL counts, under %s', async (_case, filters) => {
    const topics = await queryExplorerTopics(db, filters);
    expect(calcExplorerTopics(data, filters)).toEqual(topics);
    const total = topics.reduce((sum, t) => sum + t.recordCount, 0);
    expect(total).toBe((await queryExplorerTargets(db, { ...ALL, filters })).length);
  });

  it('lists each topic once', async () => {
    const topics = await queryExplorerTopics(db, NO_FILTERS);
    expect(new Set(topics.map((t) => t.topic)).size).toBe(topics.length);
    expect(topics.map((t) => t.topic)).toContain('manufacturing spot-check');
  });
});

describe('queryExplorerTotal and calcExplorerTotal', () => {
  it('count every record of targets', async () => {
    const [count] = await column('SELECT count(*) FROM targets');
    expect(await queryExplorerTotal(db)).toBe(Number(count));
    expect(calcExplorerTotal(data)).toBe(Number(count));
  });
});
