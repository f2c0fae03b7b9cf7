/** CSV files of the dataset (manifest, cities, indicators, overrides) read with their line numbers for error messages. */
import { csvParseRows } from 'd3';

/** A problem in a data file, located by file and line. */
export class DataFileError extends Error {
  override name = 'DataFileError';
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly problem: string,
  ) {
    super(line === null ? `${file}: ${problem}` : `${file} line ${line}: ${problem}`);
  }
}

export interface CsvRow {
  /** 1-based line in the file where the row starts. */
  line: number;
  values: Record<string, string>;
}

/**
 * Parse CSV text with a header row. Checks that the required columns exist and that each row has
 * as many fields as the header. Blank lines are skipped.
 */
export function parseCsv(text: string, file: string, required: readonly string[]): CsvRow[] {
  const source = text.replace(/^\ufeff/, '');
  if (!source.trim()) throw new DataFileError(file, null, 'the file is empty');
  const rows = csvParseRows(source);
  const header = (rows[0] ?? []).map((h) => h.trim());
  const missing = required.filter((c) => !header.includes(c));
  if (missing.length) throw new DataFileError(file, 1, `missing column(s): ${missing.join(', ')}`);
  const out: CsvRow[] = [];
  let line = 1 + countNewlines(rows[0] ?? []);
  for (let r = 1; r < rows.length; r++) {
    const fields = rows[r]!;
    line += 1;
    const start = line;
    line += countNewlines(fields);
    if (fields.length === 1 && fields[0]!.trim() === '') continue;
    if (fields.length !== header.length) {
      throw new DataFileError(file, start, `expected ${header.length} fields, found ${fields.length}`);
    }
    const values: Record<string, string> = {};
    header.forEach((h, i) => (values[h] = (fields[i] ?? '').trim()));
    out.push({ line: start, values });
  }
  return out;
}

function countNewlines(fields: string[]): number {
  let n = 0;
  for (const f of fields) for (const c of f) if (c === '\n') n++;
  return n;
}

/** Split a `;`-separated list field. */
export function splitList(value: string | undefined): string[] {
  return (value ?? '')
    .split(';')
    .map((x) => x.trim())
    .filter(Boolean);
}
