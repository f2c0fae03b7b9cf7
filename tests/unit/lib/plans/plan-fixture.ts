/** A plan as the dashboard holds it after reading a file: made in the tests from a seed plan, in Node. */
import { readFileSync } from 'node:fs';
import { parseCitiesCsv, parseIndicatorsCsv } from '../../../../src/lib/build/reference-tables.ts';
import { extractFromText } from '../../../../src/lib/extract/index.ts';
import { calcPlanMeta, type KnownCity, type UserPlan } from '../../../../src/lib/plans/review.ts';
import { readDocument } from '../../../../src/lib/read/index.ts';

export const INDICATORS = parseIndicatorsCsv(readFileSync('data/indicators.csv', 'utf8'), {
  file: 'data/indicators.csv',
}).rows;
export const INDICATOR_IDS: ReadonlySet<string> = new Set(INDICATORS.map((i) => i.indicator_id));

export const CITIES: KnownCity[] = parseCitiesCsv(readFileSync('data/cities.csv', 'utf8'), {
  file: 'data/cities.csv',
}).rows.map((c) => ({
  cityId: c.city_id,
  nameZh: c.name_zh,
  nameEn: c.name_en,
  provinceZh: c.province_zh || null,
  adminLevel: c.admin_level,
}));

/**
 * A file read and extracted as the reader's worker does (provisional ids), then given the metadata the review
 * form opens with and the records renamed to its ids: what the plans view keeps.
 */
export async function readUserPlan(
  bytes: Uint8Array,
  fileName: string,
  options: { cities?: readonly KnownCity[]; taken?: ReadonlySet<string> } = {},
): Promise<UserPlan> {
  const document = await readDocument(bytes, fileName);
  const probe = extractFromText(document.text, { docId: 'probe', cityId: 'probe', indicators: INDICATORS });
  const meta = calcPlanMeta(
    probe.meta,
    document.properties,
    options.cities ?? CITIES,
    options.taken ?? new Set(),
  );
  const plan = extractFromText(document.text, {
    docId: meta.doc_id,
    cityId: meta.city_id,
    indicators: INDICATORS,
  });
  return {
    id: 'test',
    fileName,
    format: document.format,
    encoding: document.encoding ?? document.format,
    text: document.text,
    warnings: document.warnings,
    meta,
    detectedHorizon: probe.meta.horizonYears,
    extracted: plan.records,
    edits: [],
    inDashboard: false,
  };
}
