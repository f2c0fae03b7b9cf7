/**
 * A person's own plan for the query tests: a draft for 温州市 (a city the published data has no plan for),
 * written from real sentences of three published plans, with the gaps a draft has (no title, no issue date,
 * no horizon, two records without a target year), one record naming two lead departments and one the person
 * has reviewed. It is put in the engine's user tables, where the browser keeps a person's rows, with the
 * build's own derived columns.
 */

import {
  publishDocument,
  publishTarget,
  type PublishedTarget,
} from '../../../../../src/lib/build/publish.ts';
import type { ColumnType } from '../../../../../src/lib/build/schema.ts';
import type { TargetRecord } from '../../../../../src/lib/extract/types.ts';
import { buildUserTableName } from '../../../../../src/lib/data/setup.ts';
import type { DocumentRow } from '../../../../../src/lib/build/dataset.ts';
import { TABLE_SCHEMAS, type UserTableName } from '../../../../../src/lib/data/tables.ts';
import type { NodeEngine } from '../../../../../scripts/lib/duckdb-node.ts';
import { openPublishedEngine } from '../../../../published-data.ts';
import { readSource } from '../../../helpers.ts';
import { quoteSql } from './oracle.ts';

function findLine(docId: string, start: string): string {
  const line = readSource(docId)
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l.startsWith(start));
  if (line === undefined) throw new Error(`${docId} has no line starting ${start}`);
  return line;
}

/** The plan's text: Hangzhou's 产品质量 goals, Taiyuan's 环境质量 task and Shanwei's 商标品牌 task. */
const TEXT = [
  findLine('hangzhou-2013', '(一)产品质量。'),
  findLine('taiyuan-2014', '(三) 促进环境质量改善'),
  findLine('shanwei-2017', '(十六)加强企业商标品牌培育'),
].join('\n');

/** The plan's id and city. */
export const YOUR_DOC_ID = 'wenzhou-draft';
export const YOUR_CITY_ID = 'wenzhou';

/** The plan: a city's names, its text, and nothing else the document does not say. */
export const YOUR_DOCUMENT = publishDocument({
  doc_id: YOUR_DOC_ID,
  city_id: YOUR_CITY_ID,
  city_zh: '温州市',
  city_en: 'Wenzhou',
  province: null,
  admin_level: null,
  title: null,
  notice_title: null,
  issuing_body: null,
  doc_number: null,
  issue_date: null,
  issue_year: null,
  kind: null,
  horizon_years: [],
  horizon_year: null,
  source_file: 'wenzhou-draft.txt',
  encoding: 'utf-8',
  text: TEXT,
  char_count: TEXT.length,
} satisfies DocumentRow);

type RecordFields = Omit<TargetRecord, 'target_id' | 'doc_id' | 'city_id' | 'quote_start' | 'quote_end'>;

const PRODUCT_SECTION = '(一)产品质量';
const AIR_SECTION = '(三) 促进环境质量改善';

const RECORDS: readonly RecordFields[] = [
  {
    domain: 'product',
    topic: 'manufacturing spot-check',
    indicator_id: 'product_spot_check_pass_rate',
    indicator_zh: '国家监督抽查合格率',
    indicator_en: 'Product quality supervisory spot-check pass rate',
    comparator: '>=',
    value: 90,
    value_max: null,
    unit: '%',
    unit_zh: '%',
    target_year: null,
    year_basis: 'document',
    is_new_count: false,
    quote: '国家监督抽查合格率稳定在90%以上',
    section: PRODUCT_SECTION,
    lead_department: null,
    review: 'auto',
  },
  {
    domain: 'product',
    topic: 'product quality',
    indicator_id: null,
    indicator_zh: '产品质量安全指标合格率',
    indicator_en: 'product safety indicators pass rate',
    comparator: '>=',
    value: 94,
    value_max: null,
    unit: '%',
    unit_zh: '%',
    target_year: null,
    year_basis: 'document',
    is_new_count: false,
    quote: '产品质量安全指标合格率达到94%以上',
    section: PRODUCT_SECTION,
    lead_department: null,
    review: 'auto',
  },
  {
    domain: 'environment',
    topic: 'air',
    indicator_id: null,
    indicator_zh: '市区空气质量',
    indicator_en: 'urban air quality',
    comparator: 'qualitative',
    value: null,
    value_max: null,
    unit: null,
    unit_zh: null,
    target_year: 2014,
    year_basis: 'explicit',
    is_new_count: false,
    quote: '市区空气质量持续好转',
    section: AIR_SECTION,
    lead_department: '市发改委',
    review: 'auto',
  },
  {
    domain: 'environment',
    topic: 'air',
    indicator_id: 'pm25_concentration',
    indicator_zh: 'PM2.5年均浓度值',
    indicator_en: 'PM2.5 annual mean concentration',
    comparator: 'decrease_by',
    value: 5,
    value_max: null,
    unit: '%',
    unit_zh: '%',
    target_year: 2014,
    year_basis: 'explicit',
    is_new_count: false,
    quote: 'PM2.5年均浓度值下降5%',
    section: AIR_SECTION,
    lead_department: '市发改委',
    review: 'reviewed',
  },
  {
    domain: 'product',
    topic: 'brands',
    indicator_id: 'agri_brand_products',
    indicator_zh: '农业类名牌产品',
    indicator_en: 'Agricultural brand-name products',
    comparator: '=',
    value: 23,
    value_max: null,
    unit: 'count',
    unit_zh: '个',
    target_year: 2025,
    year_basis: 'document',
    is_new_count: false,
    quote: '农业类名牌产品达到23个',
    section: '(十六)加强企业商标品牌培育',
    lead_department: '市工商局、市质监局',
    review: 'auto',
  },
];

/** The plan's records, with their offsets in its text and the build's derived columns. */
export const YOUR_TARGETS: readonly PublishedTarget[] = RECORDS.map((record, i) => {
  const start = TEXT.indexOf(record.quote);
  if (start < 0) throw new Error(`the plan's text has no ${record.quote}`);
  return publishTarget({
    ...record,
    target_id: `${YOUR_DOC_ID}-${String(i + 1).padStart(3, '0')}`,
    doc_id: YOUR_DOC_ID,
    city_id: YOUR_CITY_ID,
    quote_start: start,
    quote_end: start + record.quote.length,
  });
});

/** The ids of the plan's records. */
export const YOUR_TARGET_IDS: readonly string[] = YOUR_TARGETS.map((t) => t.target_id);

function buildLiteral(type: ColumnType, value: unknown): string {
  if (value === null || value === undefined) return `NULL::${type}`;
  switch (type) {
    case 'VARCHAR':
      return quoteSql(String(value));
    case 'INTEGER':
    case 'DOUBLE':
      return `${Number(value)}::${type}`;
    case 'BOOLEAN':
      return value === true ? 'TRUE' : 'FALSE';
    case 'VARCHAR[]':
    case 'INTEGER[]': {
      const item = type === 'VARCHAR[]' ? 'VARCHAR' : 'INTEGER';
      return `[${(value as unknown[]).map((v) => buildLiteral(item, v)).join(', ')}]::${type}`;
    }
  }
}

/** Adds rows to a person's own table, every column as the table's schema types it. */
export async function insertUserRows(
  engine: NodeEngine,
  table: UserTableName,
  rows: readonly object[],
): Promise<void> {
  for (const row of rows) {
    const values = row as Record<string, unknown>;
    const columns = TABLE_SCHEMAS[table].map(
      ([name, type]) => `${buildLiteral(type, values[name])} AS "${name}"`,
    );
    await engine.run(`INSERT INTO ${buildUserTableName(table)} BY NAME SELECT ${columns.join(', ')}`);
  }
}

/** Opens the published database with the person's plan added to their own tables. */
export async function openEngineWithYourPlan(): Promise<NodeEngine> {
  const engine = await openPublishedEngine();
  await insertUserRows(engine, 'documents', [YOUR_DOCUMENT]);
  await insertUserRows(engine, 'targets', YOUR_TARGETS);
  return engine;
}
