/** The Departments view's queries: records per lead department, city and domain, and the records of a selected cell (including "no lead department"), under every filter case and with a person's plan. */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEPARTMENT_COUNTS_QUERY,
  DEPARTMENT_TARGETS_QUERY,
  NO_DEPARTMENT,
  parseDepartmentCell,
  type DepartmentCountRow,
} from '../../../../../src/lib/data/queries/departments.ts';
import { DOMAINS, type Domain } from '../../../../../src/lib/extract/types.ts';
import type { Filters } from '../../../../../src/lib/state/url.ts';
import type { NodeEngine } from '../../../../../scripts/lib/duckdb-node.ts';
import { buildState, openPublishedEngine, runQuery, runSql } from '../../../../published-data.ts';
import { FILTER_CASES } from './filter-cases.ts';
import { buildTargetWhereSql } from './oracle.ts';
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

interface DepartmentRecord {
  targetId: string;
  cityId: string;
  domain: Domain;
  isQualitative: boolean;
  departments: string[];
}

/** The filtered records, read in plain SQL, their lead department split into bodies here, as a reader would. */
async function readRecords(
  db: NodeEngine,
  filters: Filters,
  table = 'published.targets',
): Promise<DepartmentRecord[]> {
  const rows = await runSql(
    db,
    `SELECT target_id, city_id, domain, comparator, lead_department FROM ${table}
    WHERE ${buildTargetWhereSql(filters)} ORDER BY city_id, doc_id, quote_start, target_id`,
  );
  return rows.map((r) => ({
    targetId: String(r.target_id),
    cityId: String(r.city_id),
    domain: r.domain as Domain,
    isQualitative: r.comparator === 'qualitative',
    departments: String(r.lead_department ?? '')
      .split(/[、，,;；]/)
      .map((d) => d.trim())
      .filter((d) => d !== ''),
  }));
}

/** The matrix cells, counted here: a record once per body it names, or once under none. */
function calcExpectedCounts(records: readonly DepartmentRecord[]): DepartmentCountRow[] {
  const cells = new Map<string, DepartmentCountRow>();
  for (const record of records) {
    for (const department of record.departments.length === 0 ? [null] : record.departments) {
      const key = JSON.stringify([department, record.cityId, record.domain]);
      const cell = cells.get(key) ?? {
        department,
        cityId: record.cityId,
        domain: record.domain,
        recordCount: 0,
        qualitativeCount: 0,
      };
      cell.recordCount += 1;
      if (record.isQualitative) cell.qualitativeCount += 1;
      cells.set(key, cell);
    }
  }
  const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...cells.values()].sort(
    (a, b) =>
      (a.department === null ? 1 : 0) - (b.department === null ? 1 : 0) ||
      text(a.department ?? '', b.department ?? '') ||
      text(a.cityId, b.cityId) ||
      DOMAINS.indexOf(a.domain) - DOMAINS.indexOf(b.domain),
  );
}

describe('DEPARTMENT_COUNTS_QUERY', () => {
  it.each(FILTER_CASES)(
    'counts each record once per department it names, or once under none, under %s; none last',
    async (_name, filters) => {
      const expected = calcExpectedCounts(await readRecords(engine, filters));
      expect(await runQuery(engine, DEPARTMENT_COUNTS_QUERY, buildState(filters))).toEqual(expected);
    },
  );

  it.each([
    ['Hangzhou’s plan names none for any of its 23 records', 'hangzhou', { none: 23, named: 0 }],
    ['Taiyuan’s action plan names one for all 11', 'taiyuan', { none: 0, named: 11 }],
    ['Shanwei’s action plan names one for 31 of its 39', 'shanwei', { none: 8, named: 31 }],
  ])('finds that %s', async (_name, city, expected) => {
    const counts = await runQuery(engine, DEPARTMENT_COUNTS_QUERY, buildState({ cities: [city] }));
    const sum = (rows: DepartmentCountRow[]) => rows.reduce((n, c) => n + c.recordCount, 0);
    expect({
      none: sum(counts.filter((c) => c.department === null)),
      named: sum(counts.filter((c) => c.department !== null)),
    }).toEqual(expected);
  });

  it('counts a person’s record naming 市工商局 and 市质监局 under each, and their records naming none once', async () => {
    const counts = await runQuery(yours, DEPARTMENT_COUNTS_QUERY, buildState({ cities: [YOUR_CITY_ID] }));
    expect(counts).toEqual([
      {
        department: '市发改委',
        cityId: YOUR_CITY_ID,
        domain: 'environment',
        recordCount: 2,
        qualitativeCount: 1,
      },
      {
        department: '市工商局',
        cityId: YOUR_CITY_ID,
        domain: 'product',
        recordCount: 1,
        qualitativeCount: 0,
      },
      {
        department: '市质监局',
        cityId: YOUR_CITY_ID,
        domain: 'product',
        recordCount: 1,
        qualitativeCount: 0,
      },
      { department: null, cityId: YOUR_CITY_ID, domain: 'product', recordCount: 2, qualitativeCount: 0 },
    ]);
    expect(await runQuery(yours, DEPARTMENT_COUNTS_QUERY, buildState())).toEqual(
      calcExpectedCounts(await readRecords(yours, buildState().filters, 'targets')),
    );
  });
});

describe('parseDepartmentCell', () => {
  it.each([
    [
      'a department and a city',
      { department: '市质监局', department_city: 'taiyuan' },
      { department: '市质监局', cityId: 'taiyuan' },
    ],
    [
      '"no lead department" and a city',
      { department: NO_DEPARTMENT, department_city: 'hangzhou' },
      { department: null, cityId: 'hangzhou' },
    ],
    ['nothing without a city', { department: '市质监局' }, null],
    ['nothing without a department', { department_city: 'taiyuan' }, null],
    ['nothing for empty values', { department: '', department_city: '' }, null],
  ])('reads %s', (_name, params, cell) => {
    expect(parseDepartmentCell(params)).toEqual(cell);
  });
});

describe('DEPARTMENT_TARGETS_QUERY', () => {
  it('lists nothing when no cell is selected', async () => {
    expect(await runQuery(engine, DEPARTMENT_TARGETS_QUERY, buildState())).toEqual([]);
  });

  it.each(FILTER_CASES)(
    'lists exactly the records each cell counts under %s, in plan order',
    async (_name, filters) => {
      const records = await readRecords(engine, filters);
      const cells = new Set(calcExpectedCounts(records).map((c) => JSON.stringify([c.department, c.cityId])));
      for (const cell of cells) {
        const [department, cityId] = JSON.parse(cell) as [string | null, string];
        const listed = await runQuery(
          engine,
          DEPARTMENT_TARGETS_QUERY,
          buildState(filters, { department: department ?? NO_DEPARTMENT, department_city: cityId }),
        );
        const expected = records.filter(
          (r) =>
            r.cityId === cityId &&
            (department === null ? r.departments.length === 0 : r.departments.includes(department)),
        );
        expect(
          listed.map((t) => t.targetId),
          cell,
        ).toEqual(expected.map((r) => r.targetId));
      }
    },
  );

  it('lists Taiyuan’s six environment records led by 市发改委, from 市区空气质量持续好转 on', async () => {
    const listed = await runQuery(
      engine,
      DEPARTMENT_TARGETS_QUERY,
      buildState({}, { department: '市发改委', department_city: 'taiyuan' }),
    );
    expect(listed.map((t) => t.targetId)).toEqual([2, 3, 4, 5, 6, 7].map((n) => `taiyuan-2014-00${n}`));
    expect(listed[0]).toMatchObject({
      domain: 'environment',
      comparator: 'qualitative',
      quote: '市区空气质量持续好转',
      leadDepartment: '市发改委',
      section: '一、加强重点领域质量安全监管 › (三)促进环境质量改善',
      origin: 'published',
    });
  });

  it('lists nothing for a department the city’s plan does not name', async () => {
    const listed = await runQuery(
      engine,
      DEPARTMENT_TARGETS_QUERY,
      buildState({}, { department: '市发改委', department_city: 'hangzhou' }),
    );
    expect(listed).toEqual([]);
  });

  it.each([
    ['市质监局, the second of two lead departments', '市质监局', [YOUR_TARGET_IDS[4]]],
    ['市发改委', '市发改委', [YOUR_TARGET_IDS[2], YOUR_TARGET_IDS[3]]],
    ['no lead department', NO_DEPARTMENT, [YOUR_TARGET_IDS[0], YOUR_TARGET_IDS[1]]],
  ])('lists a person’s records led by %s as theirs', async (_name, department, ids) => {
    const listed = await runQuery(
      yours,
      DEPARTMENT_TARGETS_QUERY,
      buildState({}, { department, department_city: YOUR_CITY_ID }),
    );
    expect(listed.map((t) => [t.targetId, t.origin])).toEqual(ids.map((id) => [id, 'yours']));
  });
});
