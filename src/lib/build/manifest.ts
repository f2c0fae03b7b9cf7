/** The document manifest (data/sources/manifest.csv): one row per plan document, checked row by row. */
import { FIRST_TARGET_YEAR, isTargetYear, LAST_TARGET_YEAR } from '../extract/types.ts';
import { DataFileError, parseCsvTable, requireColumns, splitList } from './read-csv.ts';

export interface ManifestEntry {
  line: number;
  doc_id: string;
  file: string;
  city_id: string;
  city_zh: string;
  city_en: string;
  province: string | null;
  admin_level: string | null;
  title: string | null;
  notice_title: string | null;
  issuing_body: string | null;
  doc_number: string | null;
  issue_date: string | null;
  kind: string | null;
  horizon_years: number[];
}

export const MANIFEST_COLUMNS = [
  'doc_id',
  'file',
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
] as const;

const ID = /^[a-z0-9][a-z0-9-]*$/;
const KINDS = ['opinion', 'action plan', 'work plan', 'outline', 'plan', 'notice'];

const orNull = (v: string | undefined) => (v ? v : null);

/** isValidDate(v) is true for a real calendar day written YYYY-MM-DD: the manifest's rule for an issue date. */
export function isValidDate(v: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

/** Parse data/sources/manifest.csv; throws DataFileError naming the line of the first bad row. */
export function parseManifest(text: string, file: string): ManifestEntry[] {
  const table = parseCsvTable(text);
  requireColumns(table, MANIFEST_COLUMNS, file);
  const seen = new Map<string, number>();
  return table.records.map(({ line, values: v, cellCount }) => {
    const fail = (problem: string) => {
      throw new DataFileError(file, line, problem);
    };
    if (cellCount !== table.columns.length)
      fail(`expected ${table.columns.length} fields, found ${cellCount}`);
    if (!v.doc_id || !ID.test(v.doc_id))
      fail(`doc_id "${v.doc_id}" must be lower-case letters, digits and -`);
    if (seen.has(v.doc_id!)) fail(`duplicate doc_id "${v.doc_id}" (first on line ${seen.get(v.doc_id!)})`);
    seen.set(v.doc_id!, line);
    if (!v.file) fail('file is empty');
    if (/[\\/]|\.\./.test(v.file!)) fail(`file "${v.file}" must be a file name inside data/sources/`);
    if (!v.city_id || !ID.test(v.city_id))
      fail(`city_id "${v.city_id}" must be lower-case letters, digits and -`);
    if (!v.city_zh) fail('city_zh is empty');
    if (v.issue_date && !isValidDate(v.issue_date))
      fail(`issue_date "${v.issue_date}" is not a date (YYYY-MM-DD)`);
    if (v.kind && !KINDS.includes(v.kind)) fail(`kind "${v.kind}" is not one of ${KINDS.join(', ')}`);
    const years = splitList(v.horizon_years);
    if (years.some((y) => !/^(?:19|20)\d{2}$/.test(y)))
      fail(`horizon_years "${v.horizon_years}" must be years separated by ;`);
    if (years.some((y) => !isTargetYear(Number(y))))
      fail(
        `horizon_years "${v.horizon_years}": a target year is from ${FIRST_TARGET_YEAR} to ${LAST_TARGET_YEAR}`,
      );
    return {
      line,
      doc_id: v.doc_id!,
      file: v.file!,
      city_id: v.city_id!,
      city_zh: v.city_zh!,
      city_en: v.city_en ?? '',
      province: orNull(v.province),
      admin_level: orNull(v.admin_level),
      title: orNull(v.title),
      notice_title: orNull(v.notice_title),
      issuing_body: orNull(v.issuing_body),
      doc_number: orNull(v.doc_number),
      issue_date: orNull(v.issue_date),
      kind: orNull(v.kind),
      horizon_years: years.map(Number).sort((a, b) => a - b),
    };
  });
}
