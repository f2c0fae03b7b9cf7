import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../../src/lib/build/issues';
import { parseCitiesCsv, parseReferencesCsv } from '../../../../src/lib/build/reference-tables';
import {
  createOutcomeKeyIndex,
  parseOutcomesCsv,
  validateOutcomeRecords,
  type OutcomeCatalog,
} from '../../../../src/lib/outcomes';
import { loadCatalog, readRepoFile } from './load';

const { indicators, cities } = loadCatalog();
const targets: OutcomeCatalog['targets'] = [
  {
    target_id: 'fixture-hangzhou-spot-check',
    city_id: 'hangzhou',
    indicator_id: 'product_spot_check_pass_rate',
    unit: '%',
    comparator: '>=',
  },
  {
    target_id: 'fixture-shanwei-regional-brand',
    city_id: 'shanwei',
    indicator_id: null,
    unit: 'count',
    comparator: '=',
  },
];
const catalog: OutcomeCatalog = { indicators, cities, targets };
const FILE = 'tests/fixtures/outcomes/bad-outcomes.csv';

describe('parseOutcomesCsv on a file with one problem a line', () => {
  const result = parseOutcomesCsv(readRepoFile(FILE), { file: FILE, catalog });

  it.each([
    [3, 'unknown_city', 'unknown city "beijing" (known: shijiazhuang, taiyuan, hangzhou, shanwei, linxia)'],
    [4, 'unknown_indicator', 'unknown indicator "famous_trademarks"'],
    [5, 'unit_mismatch', 'unit "件" does not match indicator provincial_famous_trademarks (count)'],
    [6, 'missing_source', 'missing source: a source_title and a source_url or quote are required'],
    [7, 'missing_source', 'missing source: a source_title and a source_url or quote are required'],
    [8, 'bad_value', 'value "44件" is not a number'],
    [9, 'duplicate', 'duplicate of line 2 (shijiazhuang, provincial_famous_trademarks, 2014, annual)'],
    [12, 'bad_period', 'period "monthly 2018-08" is not in year 2017'],
    [13, 'bad_enum', 'match "near" is not one of exact, approximate, different_definition, context'],
    [14, 'unknown_target', 'unknown target "hangzhou-2013-999"'],
    [15, 'bad_year', 'year "2014年" is not a year'],
    [16, 'missing_indicator', 'give an indicator_id or a target_id'],
    [17, 'bad_url', 'source_url "www.hebei.com.cn" is not an http(s) address'],
    [18, 'bad_date', 'as_of "June 2014" is not YYYY, YYYY-MM or YYYY-MM-DD'],
  ])('line %i: %s', (line, kind, message) => {
    const found = result.issues.filter((i) => i.line === line);
    expect(found.map((i) => [i.kind, i.message])).toEqual([[kind, message]]);
    expect(formatIssue(found[0]!)).toBe(`${FILE} line ${line}: ${message}`);
  });

  it('keeps the valid rows, with their lines, and only them', () => {
    expect(result.rows.map((r) => [r.line, r.city_id, r.indicator_id, r.year, r.value, r.unit])).toEqual([
      [2, 'shijiazhuang', 'provincial_famous_trademarks', 2014, 539, 'count'],
      [10, 'taiyuan', 'pm25_concentration', 2018, 59, 'μg/m³'],
    ]);
    expect(result.issues.map((i) => i.line)).not.toContain(11);
  });

  it('formats the message the way the brief shows it', () => {
    const issue = result.issues.find((i) => i.kind === 'unit_mismatch')!;
    expect(formatIssue(issue)).toBe(
      'tests/fixtures/outcomes/bad-outcomes.csv line 5: unit "件" does not match indicator provincial_famous_trademarks (count)',
    );
  });
});

describe('validateOutcomeRecords on already-split rows (as from a spreadsheet)', () => {
  const base = {
    city_id: 'linxia',
    indicator_id: 'scenic_4a_plus',
    year: 2020,
    period: 'annual',
    value: 7,
    unit: 'count',
    as_of: new Date(Date.UTC(2020, 10, 27)),
    source_title: '甘肅臨夏州:叫響“花兒臨夏”品牌 實現文旅產業高質量發展 (人民網-甘肅頻道, 2020-11-27)',
    source_url: 'http://gs.people.com.cn/BIG5/n2/2020/1127/c183348-34441885.html',
    quote: null,
    match: 'approximate',
  };

  it('accepts numbers, dates and empty cells', () => {
    const { rows, issues } = validateOutcomeRecords([{ line: 2, values: base }], {
      file: 'upload.xlsx',
      catalog,
    });
    expect(issues).toEqual([]);
    expect(rows[0]).toMatchObject({
      year: 2020,
      value: 7,
      as_of: '2020-11-27',
      quote: null,
      file: 'upload.xlsx',
    });
  });

  it.each([
    [{ value: '7 家' }, 'bad_value', 'value "7 家" is not a number'],
    [{ value: Number.NaN }, 'bad_value', 'value "NaN" is not a number'],
    [{ unit: '家' }, 'unit_mismatch', 'unit "家" does not match indicator scenic_4a_plus (count)'],
    [{ unit: '' }, 'missing_field', 'unit is empty'],
    [{ city_id: '' }, 'missing_field', 'city_id is empty'],
    [
      { source_title: '' },
      'missing_source',
      'missing source: a source_title and a source_url or quote are required',
    ],
    [
      { period: 'yearly' },
      'bad_period',
      'period "yearly" is not annual, monthly YYYY-MM or quarterly YYYY-Qn',
    ],
    [
      { source_kind: 'blog' },
      'bad_enum',
      'source_kind "blog" is not one of official, mirror, reprint, forum',
    ],
    [{ as_of: '2019-11-27' }, 'bad_date', 'as_of "2019-11-27" is not in year 2020'],
    [{ year: 2020.5 }, 'bad_year', 'year "2020.5" is not a year'],
  ])('reports %j as %s', (change, kind, message) => {
    const { rows, issues } = validateOutcomeRecords([{ line: 7, values: { ...base, ...change } }], {
      file: 'upload.xlsx',
      catalog,
    });
    expect(rows).toEqual([]);
    expect(issues.map(formatIssue)).toEqual([`upload.xlsx line 7: ${message}`]);
    expect(issues[0]?.kind).toBe(kind);
  });

  it('accepts a row filed under a city-specific target, in the target unit', () => {
    const values = {
      ...base,
      city_id: 'shanwei',
      indicator_id: '',
      target_id: 'fixture-shanwei-regional-brand',
    };
    const { rows, issues } = validateOutcomeRecords([{ line: 3, values: { ...values, as_of: '' } }], {
      file: 'upload.xlsx',
      catalog,
    });
    expect(issues).toEqual([]);
    expect(rows[0]).toMatchObject({ indicator_id: null, target_id: 'fixture-shanwei-regional-brand' });
  });

  it.each([
    [
      { city_id: 'taiyuan', indicator_id: '', target_id: 'fixture-hangzhou-spot-check', unit: '%' },
      'target fixture-hangzhou-spot-check belongs to hangzhou, not taiyuan',
    ],
    [
      {
        city_id: 'hangzhou',
        indicator_id: 'provincial_spot_check_pass_rate',
        target_id: 'fixture-hangzhou-spot-check',
        unit: '%',
      },
      'target fixture-hangzhou-spot-check maps to product_spot_check_pass_rate, not provincial_spot_check_pass_rate',
    ],
    [
      { city_id: 'shanwei', indicator_id: '', target_id: 'fixture-shanwei-regional-brand', unit: '%' },
      'unit "%" does not match target fixture-shanwei-regional-brand (count)',
    ],
  ])('checks rows filed under a target: %j', (change, message) => {
    const { issues } = validateOutcomeRecords([{ line: 4, values: { ...base, as_of: '', ...change } }], {
      file: 'upload.xlsx',
      catalog,
    });
    expect(issues.map((i) => i.message)).toEqual([message]);
  });

  it('reports a row longer than the header', () => {
    const { issues } = validateOutcomeRecords([{ line: 9, values: base, cellCount: 14 }], {
      file: 'u.csv',
      catalog,
    });
    expect(issues.map(formatIssue)).toEqual(['u.csv line 9: row has 14 cells but the header has 11 columns']);
  });

  it('finds duplicates across files when they share an index', () => {
    const seen = createOutcomeKeyIndex();
    const options = { catalog, seen };
    validateOutcomeRecords([{ line: 2, values: base }], { ...options, file: 'a.csv' });
    const { issues } = validateOutcomeRecords([{ line: 5, values: base }], { ...options, file: 'b.csv' });
    expect(issues.map(formatIssue)).toEqual([
      'b.csv line 5: duplicate of a.csv line 2 (linxia, scenic_4a_plus, 2020, annual)',
    ]);
  });

  it('keeps monthly and annual values of one year apart', () => {
    const rows = [
      {
        line: 2,
        values: {
          ...base,
          indicator_id: 'pm25_concentration',
          unit: 'μg/m³',
          as_of: '',
          period: 'monthly 2020-08',
        },
      },
      {
        line: 3,
        values: { ...base, indicator_id: 'pm25_concentration', unit: 'μg/m³', as_of: '', period: 'annual' },
      },
    ];
    expect(validateOutcomeRecords(rows, { file: 'u.csv', catalog }).issues).toEqual([]);
  });
});

describe('header checks', () => {
  it('names every missing required column on line 1', () => {
    const { rows, issues } = parseOutcomesCsv('city_id,year,value\ntaiyuan,2018,59\n', {
      file: 'x.csv',
      catalog,
    });
    expect(rows).toEqual([]);
    expect(issues.map(formatIssue)).toEqual([
      'x.csv line 1: missing column "indicator_id"',
      'x.csv line 1: missing column "period"',
      'x.csv line 1: missing column "unit"',
      'x.csv line 1: missing column "source_title"',
      'x.csv line 1: missing column "match"',
    ]);
  });
});

describe('parseReferencesCsv', () => {
  const header =
    'reference_id,indicator_id,scope,region_zh,region_en,kind,comparator,value,value_max,unit,year,quote,source_title,source_url,source_note\n';
  const good =
    'cn-2016-outcome-agrifood,agrifood_pass_rate,national,全国,China,outcome,=,97.5,,%,2016,去年全国主要农产品例行监测总体合格率为97.5%,新华网,http://news.xinhuanet.com/politics/2017-02/17/c_129482876.htm,\n';
  const parse = (text: string) => parseReferencesCsv(header + text, { file: 'refs.csv', catalog });

  it('reads a sourced row', () => {
    const { rows, issues } = parse(good);
    expect(issues).toEqual([]);
    expect(rows[0]).toMatchObject({ value: 97.5, unit: '%', comparator: '=', line: 2 });
  });

  it.each([
    [good.replace(',%,', ',score,'), 'unit "score" does not match indicator agrifood_pass_rate (%)'],
    [
      good.replace('http://news', 'news'),
      'source_url "news.xinhuanet.com/politics/2017-02/17/c_129482876.htm" is not an http(s) address',
    ],
    [good.replace(',去年全国主要农产品例行监测总体合格率为97.5%,', ',,'), 'missing source: quote is empty'],
    [good.replace(',=,97.5,', ',qualitative,97.5,'), 'a qualitative row has no value'],
    [
      good.replace(',=,', ',~~,'),
      'comparator "~~" is not one of >=, =, <=, ~, range, increase_by, decrease_by, qualitative',
    ],
    [good.replace('agrifood_pass_rate', ''), 'indicator_id may be empty only for qualitative rows'],
    [good.replace(',=,97.5,,', ',range,97,,'), 'value_max "" is not a number'],
    [
      good + good.replace('cn-2016-outcome-agrifood', 'cn-2016-again'),
      'duplicate of line 2 (agrifood_pass_rate, China, outcome, 2016)',
    ],
  ])('reports problems: %#', (text, message) => {
    expect(parse(text).issues.map((i) => i.message)).toEqual([message]);
  });

  it('allows % for a relative decrease of a concentration', () => {
    const row =
      'sx-2016-target-pm25,pm25_concentration,provincial,山西省,Shanxi,target,decrease_by,3,,%,2016,PM2.5、PM10年均浓度分别下降3%、4%,t,https://example.org/a,\n';
    expect(parse(row).issues).toEqual([]);
  });
});

describe('parseCitiesCsv', () => {
  const header = 'city_id,name_zh,name_en,province_zh,province_en,admin_level,lat,lon,coord_source\n';
  it.each([
    [
      'linxia,临夏回族自治州,Linxia,甘肃省,Gansu,autonomous prefecture,35.6018,103.2104,',
      'coordinates need a coord_source address',
    ],
    [
      'linxia,临夏回族自治州,Linxia,甘肃省,Gansu,autonomous prefecture,35.6018,,https://a.org/x',
      'give both lat and lon, or neither',
    ],
    [
      'linxia,临夏回族自治州,Linxia,甘肃省,Gansu,autonomous region,,,',
      'admin_level "autonomous region" is not prefecture-level city or autonomous prefecture',
    ],
    [
      'linxia,临夏回族自治州,Linxia,甘肃省,Gansu,autonomous prefecture,135.6,103.2,https://a.org/x',
      'lat "135.6" is not a latitude',
    ],
  ])('reports %s', (row, message) => {
    expect(parseCitiesCsv(header + row + '\n', { file: 'c.csv' }).issues.map(formatIssue)).toEqual([
      `c.csv line 2: ${message}`,
    ]);
  });

  it('accepts a city without coordinates', () => {
    expect(
      parseCitiesCsv(header + 'linxia,临夏回族自治州,Linxia,甘肃省,Gansu,autonomous prefecture,,,\n', {
        file: 'c',
      }).issues,
    ).toEqual([]);
  });
});
