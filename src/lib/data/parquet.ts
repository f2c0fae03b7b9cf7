/** Fetches the published Parquet files from the page's own origin and decodes them in JavaScript, once,
 * so the first view can draw before DuckDB starts and the engine can be filled from the same rows. */

import { parquetMetadata, parquetReadObjects, type SchemaElement } from 'hyparquet';
import { decompressZstd } from 'hyparquet-compressors';
import { TABLE_NAMES, TABLE_SCHEMAS, buildDataPath, type TableName, type TableRows } from './tables.ts';

/** The DuckDB type a decoded column is inserted as. */
export type ColumnType = 'VARCHAR' | 'INTEGER' | 'BIGINT' | 'DOUBLE' | 'FLOAT' | 'BOOLEAN';

/** A column of a decoded table: its name and the type read from the Parquet schema. */
export interface ColumnInfo {
  name: string;
  type: ColumnType;
}

/** A table decoded from its Parquet file: the column schema and plain row objects (BIGINT as number). */
export interface DecodedTable<Row> {
  name: TableName;
  /** The file it came from, as named in error messages (e.g. `targets.parquet`). */
  file: string;
  columns: readonly ColumnInfo[];
  rows: readonly Row[];
}

/** All five tables, decoded. */
export type Dataset = { readonly [T in TableName]: DecodedTable<TableRows[T]> };

/** One file that could not be loaded, and why, in words a person can act on. */
export interface DataLoadFailure {
  file: string;
  reason: string;
}

/** Raised when one or more data files cannot be fetched or decoded; names every file that failed. */
export class DataLoadError extends Error {
  /** Every file that failed, in table order. */
  readonly failures: readonly DataLoadFailure[];

  constructor(failures: readonly DataLoadFailure[]) {
    super(failures.map((f) => `${f.file}: ${f.reason}`).join('; '));
    this.name = 'DataLoadError';
    this.failures = failures;
  }
}

/** Options for {@link loadDataset}. */
export interface LoadDatasetOptions {
  /** Where the site is served from; the files are fetched from `${baseUrl}data/<table>.parquet`. */
  baseUrl: string;
  /** The HTTP cache mode; a retry passes `no-cache` so a file fixed on the server is fetched again. */
  cache?: RequestCache;
}

const compressors = {
  ZSTD: (input: Uint8Array, outputLength: number) => decompressZstd(input, new Uint8Array(outputLength)),
};

/**
 * Fetches and decodes every table in parallel. Rejects with a {@link DataLoadError} naming each file that
 * is missing, unreachable, not Parquet, or lacks a column (or column type) of the build's schema.
 */
export async function loadDataset(options: LoadDatasetOptions): Promise<Dataset> {
  const settled = await Promise.allSettled(TABLE_NAMES.map((name) => fetchTable(name, options)));
  const failures: DataLoadFailure[] = [];
  const tables: Partial<Record<TableName, DecodedTable<unknown>>> = {};
  settled.forEach((result, i) => {
    const name = TABLE_NAMES[i] as TableName;
    if (result.status === 'fulfilled') tables[name] = result.value;
    else failures.push({ file: `${name}.parquet`, reason: describeError(result.reason) });
  });
  if (failures.length > 0) throw new DataLoadError(failures);
  return tables as Dataset;
}

async function fetchTable(name: TableName, options: LoadDatasetOptions): Promise<DecodedTable<unknown>> {
  let response: Response;
  try {
    response = await fetch(options.baseUrl + buildDataPath(name), { cache: options.cache ?? 'default' });
  } catch (error) {
    throw new Error(`could not be fetched (${describeError(error)})`, { cause: error });
  }
  if (!response.ok)
    throw new Error(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  return parseParquetTable(name, await response.arrayBuffer());
}

/**
 * Decodes one table from the bytes of its Parquet file, checking its columns against the build's schema.
 * Throws an Error whose message says what is wrong with the file.
 */
export async function parseParquetTable<T extends TableName>(
  name: T,
  bytes: ArrayBuffer,
): Promise<DecodedTable<TableRows[T]>> {
  let metadata;
  try {
    metadata = parquetMetadata(bytes);
  } catch (error) {
    throw new Error(`not a valid Parquet file (${describeError(error)})`, { cause: error });
  }
  const columns = parseColumns(metadata.schema);
  checkSchema(name, columns);

  let rows: Record<string, unknown>[];
  try {
    rows = await parquetReadObjects({ file: bytes, metadata, compressors });
  } catch (error) {
    throw new Error(`could not be decoded (${describeError(error)})`, { cause: error });
  }
  const bigintColumns = columns.filter((c) => c.type === 'BIGINT').map((c) => c.name);
  // BIGINT arrives as bigint; the dashboard's counts and years fit a double, as DuckDB's castBigIntToDouble assumes.
  for (const row of rows) {
    for (const column of bigintColumns) {
      const value = row[column];
      if (typeof value === 'bigint') row[column] = Number(value);
    }
  }
  return { name, file: `${name}.parquet`, columns, rows: rows as unknown as TableRows[T][] };
}

/** Throws unless every column of the build's schema is present with its type (extra columns are allowed). */
export function checkSchema(name: TableName, columns: readonly ColumnInfo[]): void {
  const types = new Map(columns.map((c) => [c.name, c.type]));
  const expected = TABLE_SCHEMAS[name];
  const missing = expected.filter(([column]) => !types.has(column)).map(([column]) => column);
  if (missing.length > 0)
    throw new Error(`missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`);
  const wrong = expected.filter(([column, type]) => types.get(column) !== type);
  if (wrong.length > 0) {
    const list = wrong.map(([column, type]) => `${column} is ${types.get(column)}, expected ${type}`);
    throw new Error(`wrong column type${wrong.length > 1 ? 's' : ''}: ${list.join('; ')}`);
  }
}

/** Reads the top-level columns of a flat Parquet schema and the DuckDB type each is inserted as. */
export function parseColumns(schema: readonly SchemaElement[]): ColumnInfo[] {
  const [root, ...leaves] = schema;
  if (root === undefined || leaves.length !== (root.num_children ?? 0)) {
    throw new Error('nested Parquet columns are not supported');
  }
  return leaves.map((element) => {
    const type = parseColumnType(element);
    if (type === null) {
      throw new Error(`column ${element.name} has an unsupported type (${describeSchemaType(element)})`);
    }
    return { name: element.name, type };
  });
}

function parseColumnType(element: SchemaElement): ColumnType | null {
  const converted = element.converted_type;
  const logical = element.logical_type?.type;
  const isDecimal = converted === 'DECIMAL' || logical === 'DECIMAL';
  switch (element.type) {
    case 'BYTE_ARRAY':
      return converted === 'UTF8' || logical === 'STRING' ? 'VARCHAR' : null;
    case 'BOOLEAN':
      return 'BOOLEAN';
    case 'DOUBLE':
      return 'DOUBLE';
    case 'FLOAT':
      return 'FLOAT';
    case 'INT32':
      if (isDecimal) return 'DOUBLE';
      return converted === undefined || ['INT_8', 'INT_16', 'INT_32', 'UINT_8', 'UINT_16'].includes(converted)
        ? 'INTEGER'
        : null;
    case 'INT64':
      if (isDecimal) return 'DOUBLE';
      return converted === undefined || ['INT_64', 'INT_32', 'UINT_32'].includes(converted) ? 'BIGINT' : null;
    default:
      return null;
  }
}

function describeSchemaType(element: SchemaElement): string {
  return [element.type, element.converted_type, element.logical_type?.type].filter(Boolean).join(' ');
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
