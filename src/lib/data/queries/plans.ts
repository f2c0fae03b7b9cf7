/**
 * The queries of "Add plans": what a file a person adds is read and checked against: the canonical indicators
 * the extraction maps to, the known cities (a plan's place is matched to one), and the published plans (their
 * doc_ids, which a new plan's must differ from, and their 文号 and a digest of their text, to find a plan that
 * is already there).
 */

import type { KnownCity, KnownPlan } from '../../plans/review.ts';
import { readNullableString, readString } from '../fields.ts';
import { defineQuery } from '../query.ts';
import { EXTRACTION_INDICATORS_QUERY } from './check.ts';

/** Every city with its names, province and level. */
export const PLAN_CITIES_QUERY = defineQuery({
  name: 'plans.cities',
  sql: `SELECT city_id, name_zh, name_en, province_zh, admin_level FROM cities ORDER BY city_id`,
  bind: () => [],
  decode: (rows) =>
    rows.map((row): KnownCity => ({
      cityId: readString(row, 'city_id'),
      nameZh: readString(row, 'name_zh'),
      nameEn: readString(row, 'name_en'),
      provinceZh: readNullableString(row, 'province_zh') || null,
      adminLevel: readNullableString(row, 'admin_level'),
    })),
});

/** Every published plan: doc_id, title, 文号 and the SHA-256 of its text (hex), as the same-plan check reads them. */
export const PUBLISHED_PLANS_QUERY = defineQuery({
  name: 'plans.published',
  sql: `SELECT doc_id, title, doc_number, sha256(text) AS text_sha256 FROM published.documents ORDER BY doc_id`,
  bind: () => [],
  decode: (rows) =>
    rows.map((row): KnownPlan => ({
      docId: readString(row, 'doc_id'),
      title: readNullableString(row, 'title'),
      docNumber: readNullableString(row, 'doc_number'),
      textSha256: readString(row, 'text_sha256'),
      origin: 'published',
    })),
});

/** What adding a plan reads, asked together. */
export const PLANS_QUERIES = {
  indicators: EXTRACTION_INDICATORS_QUERY,
  cities: PLAN_CITIES_QUERY,
  published: PUBLISHED_PLANS_QUERY,
};
