/** The queries of "Check a draft" (peers' targets and outcomes, the extraction's indicators, the example paragraph) under every filter case, against the gold list, indicators.csv and plain SQL, and with a person's plan. */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DRAFT_EXAMPLE_QUERY,
  EXTRACTION_INDICATORS_QUERY,
  PEER_OUTCOMES_QUERY,
  PEER_TARGETS_QUERY,
} from '../../../../../src/lib/data/queries/check.ts';
import type { Filters } from '../../../../../src/lib/state/url.ts';
import type { NodeEngine } from '../../../../../scripts/lib/duckdb-node.ts';
import { buildState, openPublishedEngine, runQuery, runSql } from '../../../../published-data.ts';
import { indicators as indicatorsCsv, readSource } from '../../../helpers.ts';
import { FILTER_CASES } from './filter-cases.ts';
import {
  buildGoldKey,
  buildInSql,
  buildTargetWhereSql,
  buildYearSql,
  isGoldPassing,
  readGoldTargets,
  sortKeys,
} from './oracle.ts';
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

const gold = readGoldTargets();

interface PeerOrder {
  sourceId: string;
  indicatorId: string;
  scope: string;
  nameEn: string;
  year: number | null;
}

/** Peers in the order the check lists them: by indicator, cities before provinces before the nation, by name, year and id. */
function sortPeers(rows: readonly PeerOrder[]): string[] {
  const scopes = ['city', 'provincial', 'national'];
  const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...rows]
    .sort(
      (a, b) =>
        text(a.indicatorId, b.indicatorId) ||
        scopes.indexOf(a.scope) - scopes.indexOf(b.scope) ||
        text(a.nameEn, b.nameEn) ||
        (a.year ?? Infinity) - (b.year ?? Infinity) ||
        text(a.sourceId, b.sourceId),
    )
    .map((row) => `${row.scope}:${row.sourceId}`);
}

/** The peers' targets under the filters, read in plain SQL: cities' targets with a level, and reference targets. */
async function readExpectedPeerTargets(
  db: NodeEngine,
  filters: Filters,
  targets = 'published.targets',
): Promise<string[]> {
  const cities = await runSql(
    db,
    `SELECT t.target_id AS sourceId, t.indicator_id AS indicatorId, 'city' AS scope,
      coalesce(c.name_en, d.city_en) AS nameEn, t.target_year AS year
    FROM ${targets} t JOIN documents d ON d.doc_id = t.doc_id LEFT JOIN published.cities c ON c.city_id = t.city_id
    WHERE t.indicator_id IS NOT NULL AND t.value IS NOT NULL AND ${buildTargetWhereSql(filters, 't.')}`,
  );
  const references = await runSql(
    db,
    `SELECT r.reference_id AS sourceId, r.indicator_id AS indicatorId, r.scope, r.region_en AS nameEn, r.year
    FROM published."references" r JOIN published.indicators i ON i.indicator_id = r.indicator_id
    WHERE r.kind = 'target' AND r.value IS NOT NULL AND ${buildInSql('i.domain', filters.domains)}
      AND ${buildYearSql('r.year', filters)}`,
  );
  return sortPeers([...cities, ...references] as unknown as PeerOrder[]);
}

describe('PEER_TARGETS_QUERY', () => {
  it.each(FILTER_CASES)(
    'gives the cities’ targets with a level under %s exactly as the gold list has them',
    async (_name, filters) => {
      const peers = await runQuery(engine, PEER_TARGETS_QUERY, buildState(filters));
      const cities = peers.filter((p) => p.scope === 'city');
      const expected = gold.filter(
        (t) => t.indicatorId !== null && t.value !== null && isGoldPassing(t, filters),
      );
      expect(
        sortKeys(cities, (p) => buildGoldKey({ docId: p.docId ?? '', quote: p.quote, value: p.value })),
      ).toEqual(sortKeys(expected, buildGoldKey));
    },
  );

  it.each(FILTER_CASES)(
    'gives the cities’ and the references’ targets under %s in order, as plain SQL finds them',
    async (_name, filters) => {
      const peers = await runQuery(engine, PEER_TARGETS_QUERY, buildState(filters));
      expect(peers.map((p) => `${p.scope}:${p.sourceId}`)).toEqual(
        await readExpectedPeerTargets(engine, filters),
      );
    },
  );

  it('names Hangzhou’s 90% spot-check target with its plan, city and sentence', async () => {
    const peers = await runQuery(engine, PEER_TARGETS_QUERY, buildState({ cities: ['hangzhou'] }));
    expect(peers.find((p) => p.scope === 'city' && p.indicatorId === 'product_spot_check_pass_rate')).toEqual(
      {
        indicatorId: 'product_spot_check_pass_rate',
        scope: 'city',
        sourceId: 'hangzhou-2013-002',
        docId: 'hangzhou-2013',
        nameZh: '杭州市',
        nameEn: 'Hangzhou',
        comparator: '>=',
        value: 90,
        valueMax: null,
        unit: '%',
        isNewCount: false,
        year: 2015,
        quote: '国家监督抽查合格率稳定在90%以上',
        sourceTitle: '杭州市争创全国质量强市示范城市工作方案',
        origin: 'published',
      },
    );
    expect(peers.filter((p) => p.scope === 'city').every((p) => p.docId === 'hangzhou-2013')).toBe(true);
  });

  it('sets a person’s targets with a level among the peers, as theirs, until a year range leaves out those without a year', async () => {
    const peers = await runQuery(yours, PEER_TARGETS_QUERY, buildState({ cities: [YOUR_CITY_ID] }));
    expect(peers.filter((p) => p.scope === 'city').map((p) => [p.sourceId, p.origin, p.nameZh])).toEqual([
      [YOUR_TARGET_IDS[4], 'yours', '温州市'],
      [YOUR_TARGET_IDS[3], 'yours', '温州市'],
      [YOUR_TARGET_IDS[0], 'yours', '温州市'],
    ]);
    const ranged = await runQuery(
      yours,
      PEER_TARGETS_QUERY,
      buildState({ cities: [YOUR_CITY_ID], yearFrom: 2014, yearTo: 2020 }),
    );
    expect(ranged.filter((p) => p.scope === 'city').map((p) => p.sourceId)).toEqual([YOUR_TARGET_IDS[3]]);
    expect(ranged.filter((p) => p.scope !== 'city').every((p) => p.origin === 'published')).toBe(true);
    expect(
      (await runQuery(yours, PEER_TARGETS_QUERY, buildState())).map((p) => `${p.scope}:${p.sourceId}`),
    ).toEqual(await readExpectedPeerTargets(yours, buildState().filters, 'targets'));
  });
});

describe('PEER_OUTCOMES_QUERY', () => {
  it.each(FILTER_CASES)(
    'gives the annual outcomes of exact or approximate match and the reference outcomes under %s, whatever the years',
    async (_name, filters) => {
      const cities = await runSql(
        engine,
        `SELECT o.indicator_id AS indicatorId, 'city' AS scope, coalesce(c.name_en, o.city_id) AS nameEn, o.year,
          o.value, o.source_title AS sourceId
        FROM published.outcomes o JOIN published.indicators i ON i.indicator_id = o.indicator_id
        LEFT JOIN published.cities c ON c.city_id = o.city_id
        WHERE o.period = 'annual' AND o.match IN ('exact', 'approximate')
          AND ${buildInSql('o.city_id', filters.cities)} AND ${buildInSql('i.domain', filters.domains)}`,
      );
      const references = await runSql(
        engine,
        `SELECT r.indicator_id AS indicatorId, r.scope, r.region_en AS nameEn, r.year, r.value, r.source_title AS sourceId
        FROM published."references" r JOIN published.indicators i ON i.indicator_id = r.indicator_id
        WHERE r.kind = 'outcome' AND r.value IS NOT NULL AND r.unit IS NOT NULL AND ${buildInSql('i.domain', filters.domains)}`,
      );
      const outcomes = await runQuery(engine, PEER_OUTCOMES_QUERY, buildState(filters));
      const key = (o: {
        scope: string;
        indicatorId: string;
        nameEn: string;
        year: number | null;
        value: unknown;
      }) => `${o.indicatorId}|${o.scope}|${o.nameEn}|${o.year}|${String(o.value)}`;
      expect(outcomes.map(key)).toEqual(
        [...cities, ...references]
          .map((r) => key(r as never))
          .sort((a, b) => {
            const [ia, sa, na, ya] = a.split('|');
            const [ib, sb, nb, yb] = b.split('|');
            const scopes = ['city', 'provincial', 'national'];
            const text = (x = '', y = '') => (x < y ? -1 : x > y ? 1 : 0);
            return (
              text(ia, ib) ||
              scopes.indexOf(sa ?? '') - scopes.indexOf(sb ?? '') ||
              text(na, nb) ||
              Number(ya) - Number(yb)
            );
          }),
      );
    },
  );

  it('keeps only the four exact and six approximate annual outcomes of the five cities, not context figures', async () => {
    const outcomes = await runQuery(engine, PEER_OUTCOMES_QUERY, buildState());
    expect(outcomes.filter((o) => o.scope === 'city')).toHaveLength(10);
  });
});

describe('EXTRACTION_INDICATORS_QUERY', () => {
  it('gives the extraction every canonical indicator of indicators.csv, wording patterns and exclusions as lists', async () => {
    const { forExtraction, info } = await runQuery(engine, EXTRACTION_INDICATORS_QUERY, buildState());
    const byId = (a: { indicator_id: string }, b: { indicator_id: string }) =>
      a.indicator_id < b.indicator_id ? -1 : 1;
    expect(forExtraction).toEqual([...indicatorsCsv].sort(byId));
    expect(info.map((i) => i.indicatorId)).toEqual(forExtraction.map((i) => i.indicator_id));
  });

  it('reads the spot-check indicator’s wordings and that it excludes food, agricultural products and drugs', async () => {
    const { forExtraction, info } = await runQuery(engine, EXTRACTION_INDICATORS_QUERY, buildState());
    const spotCheck = forExtraction.find((i) => i.indicator_id === 'product_spot_check_pass_rate');
    expect(spotCheck?.wordings).toContain('国家监督抽查合格率');
    expect(spotCheck?.exclude).toEqual(['食品', '农产品', '药品']);
    expect(info.find((i) => i.indicatorId === 'product_spot_check_pass_rate')).toMatchObject({
      nameZh: '产品质量监督抽查合格率',
      unit: '%',
      direction: 'higher',
    });
  });
});

describe('DRAFT_EXAMPLE_QUERY', () => {
  it('offers Linxia’s 1.产品质量 paragraph: its eight targets with canonical indicators are the most of any section', async () => {
    const paragraph = readSource('linxia-2013')
      .split('\n')
      .map((line) => line.trim())
      .find((line) => line.startsWith('1.产品质量:'));
    expect(await runQuery(engine, DRAFT_EXAMPLE_QUERY, buildState())).toEqual({
      title: '临夏州质量发展纲要(2013—2020年)',
      text: paragraph,
    });
  });

  it('offers the same paragraph with a person’s plan, whose sections hold fewer such targets', async () => {
    expect(await runQuery(yours, DRAFT_EXAMPLE_QUERY, buildState())).toEqual(
      await runQuery(engine, DRAFT_EXAMPLE_QUERY, buildState()),
    );
  });
});
