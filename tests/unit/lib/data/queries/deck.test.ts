/** The deck's findings and sources, on the published data, against answers worked out in plain SQL. */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ATTAINMENT_FINDING_QUERY,
  DEPARTMENTS_FINDING_QUERY,
  INDICATOR_FINDING_QUERY,
  MATRIX_FINDING_QUERY,
  SLIDE_SOURCES,
  SPECIFICITY_FINDING_QUERY,
  TIMELINE_FINDING_QUERY,
} from '../../../../../src/lib/data/queries/deck.ts';
import type { NodeEngine } from '../../../../../scripts/lib/duckdb-node.ts';
import { buildState, openPublishedEngine, runQuery, runSql } from '../../../../published-data.ts';
import { FILTER_CASES } from './filter-cases.ts';
import { buildTargetWhereSql } from './oracle.ts';

let engine: NodeEngine;

beforeAll(async () => {
  engine = await openPublishedEngine();
});

afterAll(() => engine.close());

describe.each(FILTER_CASES)('under %s', (_name, filters) => {
  const state = buildState(filters);
  const where = buildTargetWhereSql(filters);

  it('the matrix finding is the largest city × domain cell of quantitative targets', async () => {
    const cells = await runSql(
      engine,
      `SELECT city_id, domain, count(*)::INTEGER AS n FROM published.targets
       WHERE ${where} AND comparator <> 'qualitative' GROUP BY ALL ORDER BY n DESC, city_id, domain`,
    );
    const finding = await runQuery(engine, MATRIX_FINDING_QUERY, state);
    if (cells.length === 0) expect(finding).toBeNull();
    else
      expect(finding).toMatchObject({
        cityId: cells[0]?.['city_id'],
        domain: cells[0]?.['domain'],
        quantitativeCount: cells[0]?.['n'],
      });
  });

  it('the attainment finding counts each status as the published attainment does', async () => {
    const [counts] = await runSql(
      engine,
      `SELECT count(*)::INTEGER AS total, count(*) FILTER (WHERE status = 'met')::INTEGER AS met,
         count(*) FILTER (WHERE status IN ('met', 'partly_met', 'missed'))::INTEGER AS judged
       FROM published.attainment WHERE ${where}`,
    );
    const finding = await runQuery(engine, ATTAINMENT_FINDING_QUERY, state);
    expect(finding).toMatchObject({
      quantitativeCount: counts?.['total'],
      metCount: counts?.['met'],
      judgedCount: counts?.['judged'],
    });
  });

  it('the departments finding names the department of the most records and counts those naming none', async () => {
    const [none] = await runSql(
      engine,
      `SELECT count(*)::INTEGER AS n, count(*) FILTER (WHERE len(lead_departments) = 0)::INTEGER AS none
       FROM published.targets WHERE ${where}`,
    );
    const finding = await runQuery(engine, DEPARTMENTS_FINDING_QUERY, state);
    expect(finding.recordCount).toBe(none?.['n']);
    expect(finding.noneCount).toBe(none?.['none']);
    if (finding.department !== null) {
      const led = await runSql(
        engine,
        `SELECT count(*)::INTEGER AS n FROM published.targets WHERE ${where}
         AND list_contains(lead_departments, '${finding.department.replaceAll("'", "''")}')`,
      );
      expect(finding.departmentCount).toBe(led[0]?.['n']);
    }
  });

  it('record sources name exactly the plans with a record under the filters', async () => {
    const plans = await runSql(
      engine,
      `SELECT DISTINCT d.title FROM published.targets t JOIN published.documents d USING (doc_id)
       WHERE ${buildTargetWhereSql(filters, 't.')} ORDER BY 1`,
    );
    const sources = await runQuery(engine, SLIDE_SOURCES['overview.matrix'], state);
    expect([...sources.plans].sort()).toEqual(plans.map((p) => p['title']));
    expect(sources.datasetDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('findings with no filter', () => {
  const state = buildState();

  it('the timeline finding spans every plan', async () => {
    const [plans] = await runSql(
      engine,
      'SELECT count(*)::INTEGER AS n, max(horizon_year) AS last FROM published.documents',
    );
    expect(await runQuery(engine, TIMELINE_FINDING_QUERY, state)).toMatchObject({
      planCount: plans?.['n'],
      lastHorizonYear: plans?.['last'],
    });
  });

  it('the specificity finding names the plan with the highest share of specific records', async () => {
    const shares = await runSql(
      engine,
      `SELECT doc_id, count(*) FILTER (WHERE is_specific) / count(*) AS share FROM published.targets
       GROUP BY doc_id ORDER BY share DESC, doc_id`,
    );
    const finding = await runQuery(engine, SPECIFICITY_FINDING_QUERY, state);
    expect(finding?.top.share).toBeCloseTo(Number(shares[0]?.['share']));
    expect(finding?.bottom?.share).toBeCloseTo(Number(shares.at(-1)?.['share']));
  });

  it('the indicator finding spans the levels cities set for the indicator asked', async () => {
    const [levels] = await runSql(
      engine,
      `SELECT t.indicator_id, min(t.value) AS low, max(t.value) AS high, count(DISTINCT t.city_id)::INTEGER AS cities
       FROM published.targets t JOIN published.indicators i USING (indicator_id)
       WHERE t.value IS NOT NULL AND NOT t.is_new_count AND t.comparator IN ('>=', '=', '<=', '~') AND t.unit = i.unit
       GROUP BY t.indicator_id ORDER BY cities DESC, t.indicator_id LIMIT 1`,
    );
    const indicator = String(levels?.['indicator_id']);
    const finding = await runQuery(engine, INDICATOR_FINDING_QUERY, buildState({}, { indicator }));
    expect(finding?.cityCount).toBe(levels?.['cities']);
    expect(finding?.lowest?.value).toBe(levels?.['low']);
    expect(finding?.highest?.value).toBe(levels?.['high']);
  });
});
