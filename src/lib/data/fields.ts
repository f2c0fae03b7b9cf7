/** Readers that turn one untyped result row into typed fields, failing loudly when a column drifts. */

/** A result row as the engine returns it: column name to value. */
export type RawRow = Readonly<Record<string, unknown>>;

function fail(column: string, expected: string, value: unknown): never {
  throw new TypeError(
    `column ${column}: expected ${expected}, got ${value === null ? 'null' : typeof value}`,
  );
}

/** Reads a non-null string column. */
export function readString(row: RawRow, column: string): string {
  const value = row[column];
  return typeof value === 'string' ? value : fail(column, 'a string', value);
}

/** Reads a string column that may be null. */
export function readNullableString(row: RawRow, column: string): string | null {
  const value = row[column];
  return value === null || value === undefined ? null : readString(row, column);
}

/** Reads a non-null number column; BIGINT values (bigint) are converted. */
export function readNumber(row: RawRow, column: string): number {
  const value = row[column];
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  return fail(column, 'a number', value);
}

/** Reads a number column that may be null. */
export function readNullableNumber(row: RawRow, column: string): number | null {
  const value = row[column];
  return value === null || value === undefined ? null : readNumber(row, column);
}

/** Reads a non-null boolean column. */
export function readBoolean(row: RawRow, column: string): boolean {
  const value = row[column];
  return typeof value === 'boolean' ? value : fail(column, 'a boolean', value);
}

/** Reads a string column whose value must be one of a known set. */
export function readOneOf<T extends string>(row: RawRow, column: string, allowed: readonly T[]): T {
  const value = readString(row, column);
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new TypeError(
    `column ${column}: expected one of ${allowed.join(', ')}, got ${JSON.stringify(value)}`,
  );
}

/** Reads a LIST of numbers (an INTEGER[] column); null reads as an empty list. */
export function readNumberList(row: RawRow, column: string): number[] {
  const value = row[column];
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) return fail(column, 'a list', value);
  return value.map((item) =>
    typeof item === 'number'
      ? item
      : typeof item === 'bigint'
        ? Number(item)
        : fail(column, 'a list of numbers', item),
  );
}

/** Reads a LIST of strings (a VARCHAR[] column); null reads as an empty list. */
export function readStringList(row: RawRow, column: string): string[] {
  const value = row[column];
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) return fail(column, 'a list', value);
  return value.map((item) => (typeof item === 'string' ? item : fail(column, 'a list of strings', item)));
}
