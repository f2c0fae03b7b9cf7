/** The Target explorer's queries (rows, count, topics, total) and URL reading: every filter and view case, search, each sort both ways in both languages, the `rows` limit and the export, on the published data and with a person's plan. */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildExplorerTargetsSql,
  calcExplorerLimit,
  EXPLORER_COUNT_QUERY,
  EXPLORER_ROW_LIMIT,
  EXPLORER_ROWS_QUERY,
  EXPLORER_SORT_KEYS,
  EXPLORER_TARGETS_SQLS,
  EXPLORER_TOPICS_QUERY,
  EXPLORER_TOTAL_QUERY,
  NO_EXPLORER_PARAMS,
  parseExplorerParams,
  parseSearchTerms,
  type ExplorerSortKey,
} from '../../../../../src/lib/data/queries/explorer.ts';
import type { Lang } from '../../../../../src/lib/i18n/lang.ts';
import type { Filters } from '../../../../../src/lib/state/url.ts';
import type { NodeEngine } from '../../../../../scripts/lib/duckdb-node.ts';
import { buildState, openPublishedEngine, runQuery, runSql } from '../../../../published-data.ts';
import { FILTER_CASES } from './filter-cases.ts';
import { buildTargetWhereSql, DOMAIN_ORDER_SQL, quoteSql, readColumn, readCount } from './oracle.ts';
import { openEngineWithYourPlan, YOUR_CITY_ID, YOUR_TARGET_IDS } from './yours.ts';

let engine: NodeEngine;
let yours: NodeEngine;

beforeAll(async () => {
  [engine, yours] = await Promise.all([openPublishedEngine(), openEngineWithYourPlan()]);
});

afterAll(() => {
  engine.close();
  yours.close();
});

/** Where the oracle reads: the published tables only, or the engine's views with a person's rows. */
type Source = 'published' | 'views';

function buildFromSql(source: Source): string {
  const table = (name: string) => (source === 'published' ? `published."${name}"` : `"${name}"`);
  return `FROM ${table('targets')} t
  LEFT JOIN ${table('indicators')} i ON i.indicator_id = t.indicator_id
  LEFT JOIN ${table('cities')} c ON c.city_id = t.city_id
  LEFT JOIN ${table('documents')} d ON d.doc_id = t.doc_id`;
}

/** The explorer's own filters and search, written out in plain SQL from the URL parameters. */
function buildViewWhereSql(params: Record<string, string>): string {
  const parts = ['TRUE'];
  if (params.topic) parts.push(`t.topic = ${quoteSql(params.topic)}`);
  if (params.comparator) parts.push(`t.comparator = ${quoteSql(params.comparator)}`);
  if (params.canonical === 'with') parts.push('t.indicator_id IS NOT NULL');
  if (params.canonical === 'without') parts.push('t.indicator_id IS NULL');
  if (params.indicator) parts.push(`t.indicator_id = ${quoteSql(params.indicator)}`);
  if (params.kind === 'qualitative') parts.push(`t.comparator = 'qualitative'`);
  if (params.kind === 'quantitative') parts.push(`t.comparator <> 'qualitative'`);
  const fields = [
    't.quote',
    't.indicator_zh',
    't.indicator_en',
    'i.name_zh',
    'i.name_en',
    'coalesce(c.name_zh, d.city_zh)',
    'coalesce(c.name_en, d.city_en)',
    't.lead_department',
  ];
  for (const term of (params.q ?? '')
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== '')) {
    parts.push(
      `(${fields.map((f) => `instr(lower(coalesce(${f}, '')), ${quoteSql(term)}) > 0`).join(' OR ')})`,
    );
  }
  return parts.join(' AND ');
}

/** The sort of each column, written out. */
function buildOrderSql(sort: ExplorerSortKey | null, descending: boolean, lang: Lang): string {
  if (sort === null) return 't.target_id';
  const expressions: Record<ExplorerSortKey, string> = {
    city: 't.city_id',
    domain: DOMAIN_ORDER_SQL.replace('CASE domain', 'CASE t.domain'),
    topic: 't.topic',
    // The column shows the canonical indicator where there is one, else the plan's wording.
    indicator:
      lang === 'zh'
        ? 'CASE WHEN i.name_zh IS NOT NULL THEN i.name_zh ELSE t.indicator_zh END'
        : 'lower(CASE WHEN i.name_en IS NOT NULL THEN i.name_en ELSE t.indicator_en END)',
    comparator: `CASE t.comparator WHEN '>=' THEN 1 WHEN '=' THEN 2 WHEN '<=' THEN 3 WHEN '~' THEN 4
      WHEN 'range' THEN 5 WHEN 'increase_by' THEN 6 WHEN 'decrease_by' THEN 7 ELSE 8 END`,
    value: 't.value',
    year: 't.target_year',
    department: `CASE WHEN t.lead_department <> '' THEN t.lead_department END`,
    review: `CASE t.review WHEN 'auto' THEN 1 WHEN 'reviewed' THEN 2 ELSE 3 END`,
  };
  return `${expressions[sort]} ${descending ? 'DESC' : 'ASC'} NULLS LAST, t.target_id`;
}

/** The ids the explorer should list, in order, and how many match. */
async function readExpected(
  db: NodeEngine,
  source: Source,
  filters: Filters,
  params: Record<string, string> = {},
  lang: Lang = 'zh',
): Promise<string[]> {
  const sort = (EXPLORER_SORT_KEYS as readonly string[]).includes(params.sort ?? '')
    ? (params.sort as ExplorerSortKey)
    : null;
  const ids = await readColumn(
    db,
    `SELECT t.target_id ${buildFromSql(source)}
    WHERE ${buildTargetWhereSql(filters, 't.')} AND ${buildViewWhereSql(params)}
    ORDER BY ${buildOrderSql(sort, sort !== null && params.dir === 'desc', lang)}`,
  );
  return ids.map(String);
}

/** The explorer's own filters and searches, as URL parameters. */
const VIEW_CASES: [string, Record<string, string>][] = [
  ['no view filter', {}],
  ['a topic', { topic: 'brands' }],
  ['a comparator', { comparator: '>=' }],
  ['records with a canonical indicator', { canonical: 'with' }],
  ['records without a canonical indicator', { canonical: 'without' }],
  ['commitments only', { kind: 'qualitative' }],
  ['targets only', { kind: 'quantitative' }],
  ['one canonical indicator', { indicator: 'agrifood_pass_rate' }],
  ['a Chinese search', { q: '合格率' }],
  ['an English search in capitals', { q: 'PASS Rate' }],
  ['a search for a city’s English name', { q: 'hangzhou' }],
  ['a search for a lead department', { q: '市发改委' }],
  ['a search with a percent sign', { q: '90%' }],
  ['a search nothing matches', { q: 'zzzz-no-such-word' }],
  ['everything at once', { topic: 'agri-food safety', kind: 'quantitative', canonical: 'with', q: '率' }],
];

describe('parseExplorerParams', () => {
  it.each([
    [{}, NO_EXPLORER_PARAMS],
    [
      { q: '抽查 合格率', topic: 'brands', comparator: '>=', canonical: 'with', kind: 'quantitative' },
      {
        ...NO_EXPLORER_PARAMS,
        search: '抽查 合格率',
        topic: 'brands',
        comparator: '>=',
        canonical: 'with',
        kind: 'quantitative',
      },
    ],
    [{ indicator: 'agrifood_pass_rate' }, { ...NO_EXPLORER_PARAMS, indicatorId: 'agrifood_pass_rate' }],
    [
      { sort: 'value', dir: 'desc' },
      { ...NO_EXPLORER_PARAMS, sort: 'value', descending: true },
    ],
    [{ sort: 'year' }, { ...NO_EXPLORER_PARAMS, sort: 'year' }],
    // Invalid values are ignored, never guessed at.
    [{ comparator: 'gte', canonical: 'maybe', kind: 'all', sort: 'quote', dir: 'desc' }, NO_EXPLORER_PARAMS],
    [{ topic: ' ', indicator: '' }, NO_EXPLORER_PARAMS],
    [{ dir: 'desc' }, NO_EXPLORER_PARAMS],
  ])('reads %j', (params, expected) => {
    expect(parseExplorerParams(params)).toEqual(expected);
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

describe('calcExplorerLimit', () => {
  it.each([
    ['one step when the URL says nothing', {}, EXPLORER_ROW_LIMIT],
    ['what `rows` asks for', { rows: '4000' }, 4000],
    ['a small number as asked (the export asks for the count)', { rows: '7' }, 7],
    ['one step for zero', { rows: '0' }, EXPLORER_ROW_LIMIT],
    ['one step for a negative number', { rows: '-20' }, EXPLORER_ROW_LIMIT],
    ['one step for a fraction', { rows: '2.5' }, EXPLORER_ROW_LIMIT],
    ['one step for words', { rows: 'all' }, EXPLORER_ROW_LIMIT],
  ])('asks for %s', (_name, params, limit) => {
    expect(calcExplorerLimit(params)).toBe(limit);
  });
});

describe('buildExplorerTargetsSql', () => {
  it('has one SQL string for document order, one per sort key and direction, and the indicator sort in each language', () => {
    expect(EXPLORER_TARGETS_SQLS.length).toBe(1 + 2 * EXPLORER_SORT_KEYS.length + 2);
    expect(buildExplorerTargetsSql('indicator', false, 'zh')).not.toBe(
      buildExplorerTargetsSql('indicator', false, 'en'),
    );
    expect(buildExplorerTargetsSql('value', true, 'zh')).toBe(buildExplorerTargetsSql('value', true, 'en'));
  });

  it('refuses a sort key it does not know rather than put it in SQL', () => {
    expect(() =>
      buildExplorerTargetsSql('quote; DROP TABLE targets' as ExplorerSortKey, false, 'en'),
    ).toThrow(/no explorer query/);
  });
});

describe('EXPLORER_ROWS_QUERY and EXPLORER_COUNT_QUERY', () => {
  describe.each(VIEW_CASES)('with %s', (_view, params) => {
    it.each(FILTER_CASES)(
      'list and count what plain SQL finds under %s, in document order',
      async (_name, filters) => {
        const expected = await readExpected(engine, 'published', filters, params);
        const state = buildState(filters, params);
        const rows = await runQuery(engine, EXPLORER_ROWS_QUERY, state);
        expect(rows.map((r) => r.targetId)).toEqual(expected);
        expect(await runQuery(engine, EXPLORER_COUNT_QUERY, state)).toBe(expected.length);
      },
    );
  });

  it('finds Hangzhou’s spot-check target (90% 以上) by a word of its quote, with its offsets in the plan', async () => {
    const rows = await runQuery(engine, EXPLORER_ROWS_QUERY, buildState({}, { q: '国家监督抽查合格率' }));
    const target = rows.find((r) => r.targetId === 'hangzhou-2013-002');
    expect(target).toEqual({
      targetId: 'hangzhou-2013-002',
      docId: 'hangzhou-2013',
      cityId: 'hangzhou',
      cityZh: '杭州市',
      cityEn: 'Hangzhou',
      domain: 'product',
      topic: 'manufacturing spot-check',
      indicatorId: 'product_spot_check_pass_rate',
      indicatorZh: '国家监督抽查合格率',
      indicatorEn: 'Product quality supervisory spot-check pass rate',
      canonicalZh: '产品质量监督抽查合格率',
      canonicalEn: 'Product quality supervisory spot-check pass rate',
      comparator: '>=',
      value: 90,
      valueMax: null,
      unit: '%',
      unitZh: '%',
      isNewCount: false,
      targetYear: 2015,
      leadDepartment: null,
      quote: '国家监督抽查合格率稳定在90%以上',
      quoteStart: expect.any(Number),
      quoteEnd: expect.any(Number),
      review: 'auto',
      origin: 'published',
    });
    const [text] = await readColumn(
      engine,
      "SELECT text FROM published.documents WHERE doc_id = 'hangzhou-2013'",
    );
    expect(String(text).slice(target?.quoteStart, target?.quoteEnd)).toBe(target?.quote);
  });

  it('needs every search word somewhere in the record: Hangzhou’s records with 合格率', async () => {
    const both = await runQuery(engine, EXPLORER_ROWS_QUERY, buildState({}, { q: 'hangzhou 合格率' }));
    expect(both.length).toBeGreaterThan(0);
    expect(both.every((r) => r.cityId === 'hangzhou' && r.quote.includes('合格率'))).toBe(true);
  });
});

describe('the explorer’s sort', () => {
  const SORTS = EXPLORER_SORT_KEYS.flatMap((key) =>
    (['zh', 'en'] as const).flatMap((lang) => [[key, 'asc', lang] as const, [key, 'desc', lang] as const]),
  );

  it.each(SORTS)(
    'by %s (%s, in %s) orders as plain SQL does, records without a value last',
    async (sort, dir, lang) => {
      const params = { sort, dir };
      const rows = await runQuery(engine, EXPLORER_ROWS_QUERY, buildState({}, params, lang));
      expect(rows.map((r) => r.targetId)).toEqual(
        await readExpected(engine, 'published', buildState().filters, params, lang),
      );
    },
  );

  it.each(SORTS)(
    'by %s (%s, in %s) orders a person’s records among the published ones as plain SQL does',
    async (sort, dir, lang) => {
      const params = { sort, dir };
      const rows = await runQuery(yours, EXPLORER_ROWS_QUERY, buildState({}, params, lang));
      expect(rows.map((r) => r.targetId)).toEqual(
        await readExpected(yours, 'views', buildState().filters, params, lang),
      );
    },
  );

  it.each([
    [
      'value, descending, from Hangzhou’s 900 provincial and city brands',
      { sort: 'value', dir: 'desc' },
      'hangzhou-2013-008',
    ],
    ['year, ascending, from Taiyuan’s 2014 action plan', { sort: 'year' }, 'taiyuan-2014-001'],
  ])('by %s', async (_name, params, first) => {
    const [row] = await runQuery(engine, EXPLORER_ROWS_QUERY, buildState({}, params));
    expect(row?.targetId).toBe(first);
  });

  it('puts a person’s records without a target year last whichever way years are sorted', async () => {
    for (const dir of ['asc', 'desc']) {
      const rows = await runQuery(yours, EXPLORER_ROWS_QUERY, buildState({}, { sort: 'year', dir }));
      expect(
        rows.slice(-2).map((r) => r.targetId),
        dir,
      ).toEqual([YOUR_TARGET_IDS[0], YOUR_TARGET_IDS[1]]);
    }
  });
});

describe('the explorer’s `rows` limit', () => {
  it.each([
    ['the first 5 of the order', '5', 5],
    ['the first 40', '40', 40],
    ['every record when the limit is above the count', '4000', 164],
  ])('gives %s while the count stays the number that match', async (_name, limit, length) => {
    const params = { sort: 'value', dir: 'desc' };
    const all = await readExpected(engine, 'published', buildState().filters, params);
    const rows = await runQuery(engine, EXPLORER_ROWS_QUERY, buildState({}, { ...params, rows: limit }));
    expect(rows.map((r) => r.targetId)).toEqual(all.slice(0, length));
    expect(await runQuery(engine, EXPLORER_COUNT_QUERY, buildState({}, { ...params, rows: limit }))).toBe(
      164,
    );
  });

  it('binds the count without the limit, so raising it asks for no new count', () => {
    expect(EXPLORER_COUNT_QUERY.bind(buildState({}, { rows: '4000' }))).toEqual(
      EXPLORER_COUNT_QUERY.bind(buildState({}, {})),
    );
  });

  it('exports every matching record when the export asks for the count', async () => {
    const params = { q: '率', kind: 'quantitative' };
    const count = await runQuery(engine, EXPLORER_COUNT_QUERY, buildState({}, params));
    const rows = await runQuery(
      engine,
      EXPLORER_ROWS_QUERY,
      buildState({}, { ...params, rows: String(count) }),
    );
    expect(rows.map((r) => r.targetId)).toEqual(
      await readExpected(engine, 'published', buildState().filters, params),
    );
  });
});

describe('EXPLORER_TOPICS_QUERY', () => {
  it.each(FILTER_CASES)(
    'lists the topics under %s with their first domain and record count, by domain',
    async (_name, filters) => {
      const expected = await runSql(
        engine,
        `SELECT topic, min(${DOMAIN_ORDER_SQL})::INTEGER AS domainRank, count(*)::INTEGER AS recordCount
      FROM published.targets WHERE ${buildTargetWhereSql(filters)} GROUP BY topic ORDER BY domainRank, topic`,
      );
      expect(await runQuery(engine, EXPLORER_TOPICS_QUERY, buildState(filters))).toEqual(expected);
    },
  );

  it('counts brands, the largest topic, at 20 records', async () => {
    const topics = await runQuery(engine, EXPLORER_TOPICS_QUERY, buildState());
    expect(topics.find((t) => t.topic === 'brands')).toEqual({
      topic: 'brands',
      domainRank: 1,
      recordCount: 20,
    });
  });
});

describe('EXPLORER_TOTAL_QUERY', () => {
  it('counts every record of the published plans whatever the filters: 164', async () => {
    expect(await runQuery(engine, EXPLORER_TOTAL_QUERY, buildState({ cities: ['nowhere'] }))).toBe(164);
    expect(await readCount(engine, 'SELECT count(*) FROM published.targets')).toBe(164);
  });
});

describe('a person’s own records in the explorer', () => {
  it('are listed as theirs, found by their city’s name, and counted in the total', async () => {
    const rows = await runQuery(yours, EXPLORER_ROWS_QUERY, buildState({}, { q: '温州' }));
    expect(rows.map((r) => [r.targetId, r.origin, r.cityZh])).toEqual(
      YOUR_TARGET_IDS.map((id) => [id, 'yours', '温州市']),
    );
    expect(await runQuery(yours, EXPLORER_TOTAL_QUERY, buildState())).toBe(164 + YOUR_TARGET_IDS.length);
  });

  it.each([
    ['a record naming two lead departments, found by the second', { q: '市质监局' }, [YOUR_TARGET_IDS[4]]],
    ['their reviewed record', { sort: 'review', dir: 'desc', rows: '1' }, [YOUR_TARGET_IDS[3]]],
    ['their commitment', { kind: 'qualitative' }, [YOUR_TARGET_IDS[2]]],
  ])('include %s', async (_name, params, ids) => {
    const rows = await runQuery(yours, EXPLORER_ROWS_QUERY, buildState({ cities: [YOUR_CITY_ID] }, params));
    expect(rows.map((r) => r.targetId)).toEqual(ids);
  });

  it.each(FILTER_CASES)('are filtered as plain SQL filters them, under %s', async (_name, filters) => {
    const rows = await runQuery(yours, EXPLORER_ROWS_QUERY, buildState(filters));
    expect(rows.map((r) => r.targetId)).toEqual(await readExpected(yours, 'views', filters));
  });
});
