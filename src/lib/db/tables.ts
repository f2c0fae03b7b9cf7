/** The five published tables: their files, the columns docs/DATA.md promises, and one row type each. */

import type { Domain, TargetRecord } from '../extract/types.ts';

/** Table names, the same in the Parquet file names, in DuckDB and in the SQL console. */
export type TableName = 'targets' | 'documents' | 'indicators' | 'cities' | 'references';

/** Every table, in the order they are fetched and inserted. */
export const TABLE_NAMES: readonly TableName[] = [
  'targets',
  'documents',
  'indicators',
  'cities',
  'references',
];

/** The columns each table must have (docs/DATA.md); decoding fails, naming the file, when one is missing. */
export const TABLE_COLUMNS: Readonly<Record<TableName, readonly string[]>> = {
  targets: [
    'target_id',
    'doc_id',
    'city_id',
    'domain',
    'topic',
    'indicator_id',
    'indicator_zh',
    'indicator_en',
    'comparator',
    'value',
    'value_max',
    'unit',
    'unit_zh',
    'target_year',
    'year_basis',
    'is_new_count',
    'quote',
    'quote_start',
    'quote_end',
    'section',
    'lead_department',
    'review',
  ],
  documents: [
    'doc_id',
    'city_id',
    'city_zh',
    'city_en',
    'province',
    'admin_level',
    'title',
    'notice_title',
    'issuing_body',
    'doc_number',
    'issue_date',
    'kind',
    'horizon_years',
    'horizon_year',
    'issue_year',
    'source_file',
    'encoding',
    'text',
    'char_count',
  ],
  indicators: [
    'indicator_id',
    'name_zh',
    'name_en',
    'domain',
    'topic',
    'unit',
    'direction',
    'wordings',
    'exclude',
    'target_count',
    'city_count',
  ],
  cities: [
    'city_id',
    'name_zh',
    'name_en',
    'province_zh',
    'province_en',
    'admin_level',
    'lat',
    'lon',
    'coord_source',
  ],
  references: [
    'reference_id',
    'indicator_id',
    'scope',
    'region_zh',
    'region_en',
    'kind',
    'comparator',
    'value',
    'value_max',
    'unit',
    'year',
    'quote',
    'source_title',
    'source_url',
    'source_note',
  ],
};

/** The file a table is published in, relative to the site root. */
export function buildDataPath(table: TableName): string {
  return `data/${table}.parquet`;
}

/** One row of `targets`: a target or a qualitative commitment. */
export type TargetRow = TargetRecord;

/** One row of `documents`: a plan, with the cleaned text that quote offsets refer to. */
export interface DocumentRow {
  doc_id: string;
  city_id: string;
  city_zh: string;
  city_en: string;
  province: string | null;
  admin_level: string | null;
  title: string;
  notice_title: string | null;
  issuing_body: string | null;
  doc_number: string | null;
  /** `YYYY-MM-DD`, or null when the document does not say. */
  issue_date: string | null;
  kind: string;
  /** `;`-separated horizon years, e.g. `2015;2020`. */
  horizon_years: string;
  /** The last horizon year. */
  horizon_year: number;
  issue_year: number | null;
  source_file: string;
  encoding: string;
  text: string;
  char_count: number;
}

/** One row of `indicators`: a canonical indicator. */
export interface IndicatorRow {
  indicator_id: string;
  name_zh: string;
  name_en: string;
  domain: Domain;
  topic: string;
  unit: string;
  direction: 'higher' | 'lower';
  wordings: string;
  exclude: string;
  target_count: number;
  city_count: number;
}

/** One row of `cities`. */
export interface CityRow {
  city_id: string;
  name_zh: string;
  name_en: string;
  province_zh: string | null;
  province_en: string | null;
  admin_level: string | null;
  lat: number | null;
  lon: number | null;
  coord_source: string | null;
}

/** One row of `references`: a national or provincial target or outcome. */
export interface ReferenceRow {
  reference_id: string;
  indicator_id: string | null;
  scope: 'national' | 'provincial';
  region_zh: string;
  region_en: string;
  kind: 'target' | 'outcome';
  comparator: string;
  value: number | null;
  value_max: number | null;
  unit: string | null;
  year: number | null;
  quote: string;
  source_title: string;
  source_url: string;
  source_note: string | null;
}

/** The row type of each table. */
export interface TableRows {
  targets: TargetRow;
  documents: DocumentRow;
  indicators: IndicatorRow;
  cities: CityRow;
  references: ReferenceRow;
}
