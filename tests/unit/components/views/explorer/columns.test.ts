/** What each explorer cell and CSV column says, for real records of the published plans. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildExplorerCsvColumns,
  formatExplorerIndicator,
  formatExplorerUnit,
  formatExplorerValue,
} from '../../../../../src/components/views/explorer/columns.ts';
import { TOPIC_NAMES_ZH, formatTopic } from '../../../../../src/components/views/explorer/strings.ts';
import { EXPLORER_ROWS_QUERY, type ExplorerRow } from '../../../../../src/lib/data/queries/explorer.ts';
import { buildCsvTable } from '../../../../../src/lib/export/write-csv.ts';
import { createFormatters } from '../../../../../src/lib/i18n/format.ts';
import type { NodeEngine } from '../../../../../scripts/lib/duckdb-node.ts';
import { buildState, openPublishedEngine, runQuery, runSql } from '../../../../published-data.ts';

let engine: NodeEngine;
let rows: ExplorerRow[];

beforeAll(async () => {
  engine = await openPublishedEngine();
  rows = await runQuery(engine, EXPLORER_ROWS_QUERY, buildState({}, {}, 'en'));
});

afterAll(() => engine.close());

function row(targetId: string): ExplorerRow {
  const found = rows.find((r) => r.targetId === targetId);
  if (found === undefined) throw new Error(`no ${targetId}`);
  return found;
}

describe('formatExplorerValue', () => {
  it.each([
    ['hangzhou-2013-002', 'en', '90%'],
    ['hangzhou-2013-007', 'zh', '300项'],
    ['hangzhou-2013-007', 'en', '300'],
    ['hangzhou-2013-001', 'en', null],
  ] as const)('writes %s in %s as %j', (targetId, lang, text) => {
    expect(formatExplorerValue(lang, createFormatters(lang), row(targetId))).toBe(text);
  });

  it('writes a range with both ends', () => {
    const range = rows.find((r) => r.comparator === 'range' && r.valueMax !== null);
    expect(range).toBeDefined();
    expect(formatExplorerValue('en', createFormatters('en'), range as ExplorerRow)).toMatch(
      /^[\d.,]+–[\d.,]+/,
    );
  });
});

describe('formatExplorerUnit', () => {
  it('gives the plan’s counting word in Chinese and the unit code in English', () => {
    expect(formatExplorerUnit('zh', row('hangzhou-2013-007'))).toBe('项');
    expect(formatExplorerUnit('en', row('hangzhou-2013-007'))).toBe('count');
    expect(formatExplorerUnit('en', row('hangzhou-2013-001'))).toBeNull();
  });
});

describe('buildExplorerCsvColumns', () => {
  it.each([
    ['zh', ['记录编号', '规划编号', '引文起点（字符）', '引文终点（字符）']],
    ['en', ['Record id', 'Plan id', 'Quote start (character)', 'Quote end (character)']],
  ] as const)(
    'exports the ids, offsets and every shown column in %s, every header in that language',
    (lang, ids) => {
      const columns = buildExplorerCsvColumns(lang);
      const headers = columns.map((c) => c.header);
      for (const id of ids) expect(headers).toContain(id);
      if (lang === 'zh') for (const header of headers) expect(header).not.toMatch(/[A-Za-z]{3,}/);
      expect(new Set(headers).size).toBe(headers.length);
      const csv = buildCsvTable(columns, [row('hangzhou-2013-002')]);
      expect(csv).toContain('hangzhou-2013-002,hangzhou-2013,');
      expect(csv).toContain('国家监督抽查合格率稳定在90%以上');
    },
  );
});

describe('formatExplorerIndicator', () => {
  it('shows the canonical indicator where there is one, the plan’s wording otherwise, alike in both languages', () => {
    // Hangzhou 2013: 国家监督抽查合格率 maps to the product spot-check pass rate.
    const mapped = row('hangzhou-2013-002');
    expect(formatExplorerIndicator('zh', mapped)).toBe(mapped.canonicalZh);
    expect(formatExplorerIndicator('en', mapped)).toBe(mapped.canonicalEn);
    const unmapped = rows.find((r) => r.indicatorId === null) as ExplorerRow;
    expect(formatExplorerIndicator('zh', unmapped)).toBe(unmapped.indicatorZh);
  });
});

describe('TOPIC_NAMES_ZH', () => {
  it('names every topic of the published data in Chinese', async () => {
    const topics = (await runSql(engine, 'SELECT DISTINCT topic FROM published.targets')).map((r) =>
      String(r.topic),
    );
    expect(topics.length).toBeGreaterThan(0);
    for (const topic of topics) expect(TOPIC_NAMES_ZH[topic], topic).toBeDefined();
    expect(formatTopic('en', 'air')).toBe('air');
    expect(formatTopic('zh', 'air')).toBe('空气');
    expect(formatTopic('zh', 'a topic added later')).toBe('a topic added later');
  });
});
