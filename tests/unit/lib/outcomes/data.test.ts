import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsvTable } from '../../../../src/lib/build/read-csv';
import { formatIssue } from '../../../../src/lib/build/issues';
import { parseReferencesCsv } from '../../../../src/lib/build/reference-tables';
import {
  createOutcomeKeyIndex,
  parseOutcomesCsv,
  validateOutcomeRecords,
} from '../../../../src/lib/outcomes';
import { ROOT, listOutcomeCsvs, loadCatalog, readRepoFile } from './load';

const catalog = loadCatalog();
const outcomeCatalog = { indicators: catalog.indicators, cities: catalog.cities, targets: [] };
const seen = createOutcomeKeyIndex();
const outcomes = listOutcomeCsvs().map((file) =>
  parseOutcomesCsv(readRepoFile(file), { file, catalog: outcomeCatalog, seen }),
);
const outcomeRows = outcomes.flatMap((r) => r.rows);
const references = parseReferencesCsv(readRepoFile('data/references.csv'), {
  file: 'data/references.csv',
  catalog: outcomeCatalog,
});

/** Indicators added for outcomes only: no plan target may map to them. */
const CONTEXT_INDICATORS = [
  'surface_water_good_section_share',
  'air_quality_rank_province',
  'provincial_spot_check_pass_rate',
  'key_services_satisfaction',
];

describe('data/indicators.csv and data/cities.csv', () => {
  it('parse without issues', () => {
    expect(catalog.issues.map(formatIssue)).toEqual([]);
    expect(catalog.cities.map((c) => c.city_id)).toEqual([
      'shijiazhuang',
      'taiyuan',
      'hangzhou',
      'shanwei',
      'linxia',
    ]);
  });

  it('give every city sourced coordinates', () => {
    for (const city of catalog.cities) {
      expect(city.lat, city.city_id).not.toBeNull();
      expect(city.coord_source, city.city_id).toMatch(/^https?:\/\//);
    }
  });

  it.each(CONTEXT_INDICATORS)('%s has empty wordings, so no plan target maps to it', (id) => {
    const indicator = catalog.indicators.find((i) => i.indicator_id === id);
    expect(indicator).toMatchObject({ wordings: [], exclude: [] });
  });
});

describe('data/outcomes', () => {
  it('every row passes validation against data/indicators.csv and data/cities.csv', () => {
    expect(outcomes.flatMap((r) => r.issues).map(formatIssue)).toEqual([]);
    expect(outcomeRows).toHaveLength(24);
  });

  it('every row has a source title and an address or a quote, and a match', () => {
    for (const row of outcomeRows) {
      expect(row.source_title, `line ${row.line}`).not.toBe('');
      expect(row.source_url ?? row.quote, `line ${row.line}`).toBeTruthy();
      expect(row.caveat, `line ${row.line}: the caveat is kept as data`).toBeTruthy();
      expect(row.source_kind, `line ${row.line}`).not.toBeNull();
    }
  });

  it('every value is printed in its quote (ranks are read from the order or 第一)', () => {
    const fromRank = outcomeRows.filter((r) => r.indicator_id === 'air_quality_rank_province');
    expect(fromRank).toHaveLength(2);
    for (const row of outcomeRows.filter((r) => !fromRank.includes(r)))
      expect(row.quote, `line ${row.line}`).toContain(String(row.value));
  });

  it('maps the rows to indicators as documented in data/outcomes/README.md', () => {
    const count: Record<string, number> = {};
    for (const row of outcomeRows) count[row.indicator_id!] = (count[row.indicator_id!] ?? 0) + 1;
    expect(count).toEqual({
      pm25_concentration: 5,
      good_air_days_share: 4,
      drinking_water_source_compliance: 1,
      surface_water_good_section_share: 1,
      air_quality_rank_province: 2,
      manufacturing_quality_competitiveness_index: 1,
      brand_products: 1,
      service_brands: 1,
      product_spot_check_pass_rate: 3,
      provincial_spot_check_pass_rate: 1,
      china_well_known_trademarks: 1,
      provincial_famous_trademarks: 1,
      agri_standardization_zones: 1,
      scenic_4a_plus: 1,
    });
  });

  it('keeps monthly values monthly and never lets them or context indicators assess', () => {
    const monthly = outcomeRows.filter((r) => r.period !== 'annual');
    expect(monthly.map((r) => [r.period, r.value, r.match])).toEqual([
      ['monthly 2017-08', 16, 'context'],
      ['monthly 2017-09', 20, 'context'],
    ]);
    for (const row of outcomeRows.filter((r) => CONTEXT_INDICATORS.includes(r.indicator_id!)))
      expect(row.match, `line ${row.line}`).toBe('context');
  });

  it('keeps the status row out of the numeric outcomes, with its source', () => {
    const table = parseCsvTable(readRepoFile('data/outcomes/status-notes.csv'));
    expect(table.records).toHaveLength(1);
    const status = table.records[0]!.values;
    expect(status).toMatchObject({
      city_id: 'hangzhou',
      year: '2016',
      doc_id: 'hangzhou-2013',
      source_kind: 'official',
    });
    expect(status['source_url']).toMatch(/^http:\/\/www\.hangzhou\.gov\.cn\//);
    expect(status['quote']).toContain('全国质量强市示范城市');
    expect(readRepoFile('data/sources/hangzhou-2013.txt')).toContain(status['plan_quote']);
    // As an outcome row it would be rejected: its value is not a number.
    const asOutcome = validateOutcomeRecords(
      [
        {
          line: 2,
          values: { ...status, indicator_id: 'quality_award_winners', unit: 'count', match: 'context' },
        },
      ],
      { file: 'data/outcomes/status-notes.csv', catalog: outcomeCatalog },
    );
    expect(asOutcome.issues.map((i) => i.kind)).toContain('bad_value');
  });

  it('describes every file of data/outcomes in its README', () => {
    const readme = readRepoFile('data/outcomes/README.md');
    for (const file of readdirSync(ROOT + 'data/outcomes').filter((f) => f !== 'README.md'))
      expect(readme, file).toContain(`\`${file}\``);
  });
});

describe('data/references.csv', () => {
  it('every row passes validation and has a title, an address and a quote', () => {
    expect(references.issues.map(formatIssue)).toEqual([]);
    expect(references.rows).toHaveLength(50);
    for (const row of references.rows) {
      expect(row.source_title && row.source_url && row.quote, row.reference_id).toBeTruthy();
    }
  });

  it('every numeric value is printed in its quote', () => {
    for (const row of references.rows.filter((r) => r.value !== null))
      expect(row.quote, row.reference_id).toContain(String(row.value));
  });

  it('holds no national engineering acceptance target (unverified)', () => {
    const engineering = references.rows.filter(
      (r) => r.scope === 'national' && /works_acceptance_rate$/.test(r.indicator_id ?? ''),
    );
    expect(engineering).toEqual([]);
  });

  it('counts', () => {
    const count = (f: (r: (typeof references.rows)[number]) => boolean) => references.rows.filter(f).length;
    expect({
      nationalTargets: count((r) => r.scope === 'national' && r.kind === 'target'),
      nationalOutcomes: count((r) => r.scope === 'national' && r.kind === 'outcome'),
      provincialTargets: count((r) => r.scope === 'provincial' && r.kind === 'target'),
      provincialOutcomes: count((r) => r.scope === 'provincial' && r.kind === 'outcome'),
      qualitative: count((r) => r.comparator === 'qualitative'),
    }).toEqual({
      nationalTargets: 14,
      nationalOutcomes: 9,
      provincialTargets: 16,
      provincialOutcomes: 11,
      qualitative: 4,
    });
  });
});

describe('src/lib/outcomes stays pure (it runs in the browser too)', () => {
  const files = readdirSync(ROOT + 'src/lib/outcomes').filter((f) => f.endsWith('.ts'));
  it.each(files)('%s imports no Node module and touches no DOM or Node global', (file) => {
    const text = readRepoFile(`src/lib/outcomes/${file}`);
    expect(text).not.toMatch(/from ['"](node:|fs|path|url|svelte)/);
    expect(text).not.toMatch(/\b(window|document|process|Buffer|require)\b/);
  });
});
