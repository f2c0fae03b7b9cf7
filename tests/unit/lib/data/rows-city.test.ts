import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../../../src/lib/data/parquet.ts';
import { queryCityPlans, queryPlanDocument, queryPlanTargets } from '../../../../src/lib/data/queries-city.ts';
import { queryDepartmentCounts, queryDepartmentTargets } from '../../../../src/lib/data/queries-departments.ts';
import type { QueryRunner } from '../../../../src/lib/data/queries.ts';
import {
  calcCityPlans,
  calcDepartmentCounts,
  calcDepartmentTargets,
  calcPlanDocument,
  calcPlanTargets,
  parseDepartments,
} from '../../../../src/lib/data/rows-city.ts';
import { createNodeRunner, openPublishedData, readPublishedDataset } from '../../../published-data.ts';
import { FILTER_CASES } from './filter-cases.ts';

let data: Dataset;
let db: QueryRunner;

beforeAll(async () => {
  data = await readPublishedDataset();
  db = createNodeRunner(await openPublishedData());
});

const DOC_IDS = [null, 'hangzhou-2013', 'linxia-2013', 'shanwei-2017', 'shijiazhuang-2011', 'taiyuan-2014'];

describe('the City profile rows answers equal their SQL', () => {
  it.each(FILTER_CASES)('calcCityPlans (%s)', async (_name, filters) => {
    expect(calcCityPlans(data, filters)).toEqual(await queryCityPlans(db, filters));
  });

  it.each(FILTER_CASES)('calcPlanDocument for every way of naming a plan (%s)', async (_name, filters) => {
    for (const docId of [...DOC_IDS, 'nowhere-2000']) {
      for (const targetId of [null, 'linxia-2013-005', 'nowhere-2000-001']) {
        const choice = { docId, targetId, filters };
        expect(calcPlanDocument(data, choice)).toEqual(await queryPlanDocument(db, choice));
      }
    }
  });

  it.each(FILTER_CASES)('calcPlanTargets for every plan (%s)', async (_name, filters) => {
    for (const docId of DOC_IDS) {
      expect(calcPlanTargets(data, { docId, filters })).toEqual(
        await queryPlanTargets(db, { docId, filters }),
      );
    }
  });
});

describe('the Departments rows answers equal their SQL', () => {
  it.each(FILTER_CASES)('calcDepartmentCounts (%s)', async (_name, filters) => {
    expect(calcDepartmentCounts(data, filters)).toEqual(await queryDepartmentCounts(db, filters));
  });

  it.each(FILTER_CASES)('calcDepartmentTargets for every cell (%s)', async (_name, filters) => {
    const cells = [
      null,
      { department: null, cityId: null },
      { department: '市质监局', cityId: null },
      ...calcDepartmentCounts(data, filters).map((c) => ({ department: c.department, cityId: c.cityId })),
    ];
    for (const cell of cells) {
      expect(calcDepartmentTargets(data, { filters, cell })).toEqual(
        await queryDepartmentTargets(db, { filters, cell }),
      );
    }
  });
});

describe('parseDepartments', () => {
  it.each([
    [null, []],
    ['', []],
    ['市质监局', ['市质监局']],
    ['市质监局、市商务局', ['市质监局', '市商务局']],
    ['市发改委，市环保局; 市住建委', ['市发改委', '市环保局', '市住建委']],
    ['市质监局、', ['市质监局']],
  ])('reads %j as %j', (text, departments) => {
    expect(parseDepartments(text)).toEqual(departments);
  });
});
