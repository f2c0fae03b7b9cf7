/** The document manifest, the cities table and the canonical indicators: parsed and checked row by row. */
import { DOMAINS, type Domain, type Indicator } from '../extract/types.ts';
import { DataFileError, parseCsv, splitList } from './csv.ts';

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

function isValidDate(v: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

/** Parse data/sources/manifest.csv; throws DataFileError naming the line of the first bad row. */
export function parseManifest(text: string, file: string): ManifestEntry[] {
  const rows = parseCsv(text, file, MANIFEST_COLUMNS);
  const seen = new Map<string, number>();
  return rows.map(({ line, values: v }) => {
    const fail = (problem: string) => {
      throw new DataFileError(file, line, problem);
    };
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

export interface City {
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

export const CITY_COLUMNS = ['city_id', 'name_zh', 'name_en'] as const;

function optionalNumber(
  v: string | undefined,
  field: string,
  min: number,
  max: number,
  fail: (p: string) => never,
) {
  if (!v) return null;
  const n = Number(v);
  if (!Number.isFinite(n) || n < min || n > max)
    fail(`${field} "${v}" is not a number between ${min} and ${max}`);
  return n;
}

/** Parse data/cities.csv. */
export function parseCities(text: string, file: string): City[] {
  const seen = new Set<string>();
  return parseCsv(text, file, CITY_COLUMNS).map(({ line, values: v }) => {
    const fail = (problem: string): never => {
      throw new DataFileError(file, line, problem);
    };
    if (!v.city_id || !ID.test(v.city_id))
      fail(`city_id "${v.city_id}" must be lower-case letters, digits and -`);
    if (seen.has(v.city_id!)) fail(`duplicate city_id "${v.city_id}"`);
    seen.add(v.city_id!);
    if (!v.name_zh) fail('name_zh is empty');
    const lat = optionalNumber(v.lat, 'lat', -90, 90, fail);
    const lon = optionalNumber(v.lon, 'lon', -180, 180, fail);
    if ((lat === null) !== (lon === null)) fail('lat and lon must both be given or both be empty');
    if (lat !== null && !v.coord_source) fail('coordinates need a coord_source');
    return {
      city_id: v.city_id!,
      name_zh: v.name_zh!,
      name_en: v.name_en ?? '',
      province_zh: orNull(v.province_zh),
      province_en: orNull(v.province_en),
      admin_level: orNull(v.admin_level),
      lat,
      lon,
      coord_source: orNull(v.coord_source),
    };
  });
}

export const INDICATOR_COLUMNS = [
  'indicator_id',
  'name_zh',
  'name_en',
  'domain',
  'topic',
  'unit',
  'direction',
  'wordings',
  'exclude',
] as const;

/** Parse data/indicators.csv; every wording must be a valid regular expression. */
export function parseIndicators(text: string, file: string): Indicator[] {
  const seen = new Set<string>();
  return parseCsv(text, file, INDICATOR_COLUMNS).map(({ line, values: v }) => {
    const fail = (problem: string): never => {
      throw new DataFileError(file, line, problem);
    };
    if (!v.indicator_id || !/^[a-z0-9_]+$/.test(v.indicator_id))
      fail(`indicator_id "${v.indicator_id}" must be snake_case`);
    if (seen.has(v.indicator_id!)) fail(`duplicate indicator_id "${v.indicator_id}"`);
    seen.add(v.indicator_id!);
    if (!DOMAINS.includes(v.domain as Domain))
      fail(`domain "${v.domain}" is not one of ${DOMAINS.join(', ')}`);
    if (v.direction !== 'higher' && v.direction !== 'lower')
      fail(`direction "${v.direction}" must be higher or lower`);
    if (!v.unit) fail('unit is empty');
    const wordings = splitList(v.wordings);
    const exclude = splitList(v.exclude);
    for (const w of [...wordings, ...exclude]) {
      try {
        new RegExp(w);
      } catch {
        fail(`wording "${w}" is not a valid regular expression`);
      }
    }
    return {
      indicator_id: v.indicator_id!,
      name_zh: v.name_zh ?? '',
      name_en: v.name_en ?? '',
      domain: v.domain as Domain,
      topic: v.topic ?? '',
      unit: v.unit!,
      direction: v.direction as 'higher' | 'lower',
      wordings,
      exclude,
    };
  });
}
