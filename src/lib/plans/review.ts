/**
 * A plan added in the browser and its review: its metadata (a manifest row's fields), the records extracted
 * from its text, and the reviewer's edits kept as override rows under the build's own rule
 * (src/lib/build/overrides.ts), so the records shown are the records the build makes from the export.
 */

import { buildDocumentRow, findTwinPlan, type PlanIdentity } from '../build/dataset.ts';
import type { ManifestEntry } from '../build/manifest.ts';
import {
  applyOverrides,
  formatAddedQuote,
  numbersInQuote,
  type Override,
  type OverrideField,
} from '../build/overrides.ts';
import {
  publishDocument,
  publishTarget,
  type PublishedDocument,
  type PublishedTarget,
} from '../build/publish.ts';
import { DataFileError } from '../build/read-csv.ts';
import { validateRecords } from '../build/validate-records.ts';
import type { DocumentMeta } from '../extract/meta.ts';
import type { TargetRecord } from '../extract/types.ts';
import type { DocumentFormat } from '../read/types.ts';

/** A plan's metadata: the fields of its manifest row (data/sources/manifest.csv) but the file. */
export type PlanMeta = Omit<ManifestEntry, 'line' | 'file'>;

/** One edit of a review: an override row (target_id, field, value, reason). */
export type PlanEdit = Omit<Override, 'line'>;

/** A plan added in the browser, as it is kept (IndexedDB) and reviewed. */
export interface UserPlan {
  /** Its key in this browser; never changes (the doc_id may, with the metadata). */
  id: string;
  /** The file as chosen. */
  fileName: string;
  format: DocumentFormat;
  /** What `documents.encoding` says: the text encoding, else the format. */
  encoding: string;
  /** The plan's text as the reader made it: what quotes and offsets refer to. */
  text: string;
  /** What the reader said about the file (pages without text, a wrong declared encoding). */
  warnings: string[];
  /** The metadata, prefilled from the text and editable. */
  meta: PlanMeta;
  /** The horizon years the text itself names (the build's fallback when the manifest gives none). */
  detectedHorizon: number[];
  /** Records as extracted with this metadata's doc_id, city_id, horizon and issue year. */
  extracted: TargetRecord[];
  /** The reviewer's edits, in order. */
  edits: PlanEdit[];
  /** In every view of the dashboard (加入看板), or still in review. */
  inDashboard: boolean;
}

/** What a plan adds to the dashboard, and what is wrong with it. */
export interface PlanRows {
  document: PublishedDocument;
  targets: PublishedTarget[];
  /** Records that break the target spec (a range without its top, a quantitative record without a value). */
  problems: string[];
}

/** The file name of the plan's original file in an export and its manifest row: `<doc_id>.<ext>`. */
export function buildSourceFileName(plan: Pick<UserPlan, 'fileName' | 'meta'>): string {
  const ext = /\.([a-z0-9]+)$/i.exec(plan.fileName)?.[1]?.toLowerCase() ?? 'txt';
  return `${plan.meta.doc_id}.${ext}`;
}

/** Override rows numbered as they would be in their file (the header is line 1). */
function toOverrides(edits: readonly PlanEdit[]): Override[] {
  return edits.map((edit, i) => ({ ...edit, line: i + 2 }));
}

/**
 * The records of a plan with its edits applied by the build's rule, published with their derived columns, and
 * the plan's row of `documents`. Throws DataFileError when an edit breaks the rule (checkPlanEdit catches that
 * before an edit is kept).
 */
export function calcPlanRows(plan: UserPlan, indicatorIds: ReadonlySet<string>): PlanRows {
  const { meta } = plan;
  const applied = applyOverrides(
    plan.extracted,
    toOverrides(plan.edits),
    'overrides',
    indicatorIds,
    new Map([[meta.doc_id, { city_id: meta.city_id, text: plan.text }]]),
  );
  const horizon = meta.horizon_years.length ? meta.horizon_years : plan.detectedHorizon;
  const document = buildDocumentRow(meta, horizon, buildSourceFileName(plan), plan.encoding, plan.text);
  const problems = validateRecords(
    applied.records,
    (docId) => (docId === meta.doc_id ? plan.text : undefined),
    indicatorIds,
  );
  return { document: publishDocument(document), targets: applied.records.map(publishTarget), problems };
}

/** Why an edit cannot be kept, in a form the view words in either language. */
export type EditProblem =
  | { kind: 'not-in-quote'; value: string }
  | { kind: 'not-a-number'; value: string }
  | { kind: 'not-a-year'; value: string }
  | { kind: 'invalid'; message: string };

/**
 * Would this edit be accepted by the build? Runs the build's own rule on the plan's edits with this one
 * applied; null when it would.
 */
export function checkPlanEdit(
  plan: UserPlan,
  edit: PlanEdit,
  indicatorIds: ReadonlySet<string>,
): EditProblem | null {
  try {
    calcPlanRows({ ...plan, edits: setPlanEdit(plan, edit) }, indicatorIds);
    return null;
  } catch (error) {
    if (!(error instanceof DataFileError)) throw error;
    if (/does not appear in the quote/.test(error.message))
      return { kind: 'not-in-quote', value: edit.value };
    if (/is not a number/.test(error.message)) return { kind: 'not-a-number', value: edit.value };
    if (/is not a year/.test(error.message)) return { kind: 'not-a-year', value: edit.value };
    return { kind: 'invalid', message: error.message.replace(/^overrides line \d+: /, '') };
  }
}

/** The reason an edit is written with (the build requires one). */
export const EDIT_REASON = 'reviewed in the dashboard';

/** A field's value in an extracted record, as an override writes it. */
function formatField(record: TargetRecord, field: OverrideField): string {
  const value = field === 'exclude' || field === 'quote' ? null : record[field];
  return value === null || value === undefined ? '' : String(value);
}

/**
 * The plan's edits with `edit` in place of any earlier edit of the same record and field. An edit that sets an
 * extracted record's field back to what the extraction found is dropped, so only real changes are kept.
 */
export function setPlanEdit(plan: Pick<UserPlan, 'edits' | 'extracted'>, edit: PlanEdit): PlanEdit[] {
  const rest = plan.edits.filter((e) => !(e.target_id === edit.target_id && e.field === edit.field));
  const extracted = plan.extracted.find((r) => r.target_id === edit.target_id);
  const isOriginal =
    extracted !== undefined &&
    edit.field !== 'exclude' &&
    edit.field !== 'review' &&
    formatField(extracted, edit.field) === edit.value;
  // Appended: an added record's quote row, which the build needs first, is already before it.
  return isOriginal ? rest : [...rest, edit];
}

/** Removes a record: an extracted one is excluded (an override), an added one loses every edit. */
export function removePlanRecord(plan: Pick<UserPlan, 'edits' | 'extracted'>, targetId: string): PlanEdit[] {
  if (plan.extracted.some((r) => r.target_id === targetId))
    return setPlanEdit(plan, { target_id: targetId, field: 'exclude', value: 'true', reason: EDIT_REASON });
  return plan.edits.filter((e) => e.target_id !== targetId);
}

/** Brings back an excluded record. */
export function restorePlanRecord(plan: Pick<UserPlan, 'edits'>, targetId: string): PlanEdit[] {
  return plan.edits.filter((e) => !(e.target_id === targetId && e.field === 'exclude'));
}

/** The id of the next record a reviewer adds: `<doc_id>-aNN`, after every id the plan has. */
export function nextAddedId(plan: Pick<UserPlan, 'edits' | 'meta'>): string {
  const prefix = `${plan.meta.doc_id}-a`;
  let n = 0;
  for (const e of plan.edits)
    if (e.target_id.startsWith(prefix)) n = Math.max(n, Number(e.target_id.slice(prefix.length)) || 0);
  return `${prefix}${String(n + 1).padStart(2, '0')}`;
}

/** The fields a reviewer sets on a record they add. */
export interface AddedTarget {
  quoteStart: number;
  quote: string;
  fields: Partial<Record<Exclude<OverrideField, 'quote' | 'exclude'>, string>>;
}

/** The edits that add a missed target at a sentence of the plan: its quote row, then its fields. */
export function addPlanRecord(plan: Pick<UserPlan, 'edits' | 'meta'>, added: AddedTarget): PlanEdit[] {
  const targetId = nextAddedId(plan);
  const rows: PlanEdit[] = [
    {
      target_id: targetId,
      field: 'quote',
      value: formatAddedQuote(added.quoteStart, added.quote),
      reason: 'missed by the extraction; added in the dashboard',
    },
  ];
  for (const [field, value] of Object.entries(added.fields))
    if (value !== undefined && value !== '')
      rows.push({ target_id: targetId, field: field as OverrideField, value, reason: EDIT_REASON });
  return [...plan.edits, ...rows];
}

/** Numbers a record's quote states, for the choice of a value (the rule: a value must be one of them). */
export function listQuoteNumbers(quote: string): number[] {
  return [...numbersInQuote(quote)].sort((a, b) => a - b);
}

/**
 * A plan with another doc_id and city: the extracted records and the edits follow (the extraction numbers
 * records the same way under any id, so only the prefix of each target_id changes).
 */
export function renamePlan(plan: UserPlan, meta: PlanMeta): UserPlan {
  const from = `${plan.meta.doc_id}-`;
  const rename = (id: string) => (id.startsWith(from) ? `${meta.doc_id}-${id.slice(from.length)}` : id);
  return {
    ...plan,
    meta,
    extracted: plan.extracted.map((r) => ({
      ...r,
      target_id: rename(r.target_id),
      doc_id: meta.doc_id,
      city_id: meta.city_id,
    })),
    edits: plan.edits.map((e) => ({ ...e, target_id: rename(e.target_id) })),
  };
}

/** A city as the plan's place is matched against. */
export interface KnownCity {
  cityId: string;
  nameZh: string;
  nameEn: string;
  provinceZh: string | null;
  adminLevel: string | null;
}

/** A lower-case id of letters, digits and - (what manifest ids must be), from an English name. */
export function slugify(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A short stable id for a place with no English name yet: `place-` and a hash of its Chinese name. */
function placeId(nameZh: string): string {
  let hash = 0x811c9dc5;
  for (const ch of nameZh) hash = Math.imul(hash ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
  return `place-${hash.toString(16).padStart(8, '0')}`;
}

/** The city_id of a place: a known city's, else from its English name, else from its Chinese name. */
export function calcCityId(nameZh: string, nameEn: string, cities: readonly KnownCity[]): string {
  const known = cities.find((c) => c.nameZh === nameZh || (nameEn !== '' && c.nameEn === nameEn));
  if (known !== undefined) return known.cityId;
  return slugify(nameEn) || placeId(nameZh || 'unknown');
}

/** A doc_id for the plan (`<city_id>-<year>`) that no other plan has (`-2`, `-3` … when taken). */
export function calcDocId(
  meta: Pick<PlanMeta, 'city_id' | 'issue_date' | 'horizon_years'>,
  taken: ReadonlySet<string>,
): string {
  const year = meta.issue_date?.slice(0, 4) ?? meta.horizon_years[0]?.toString() ?? 'plan';
  const base = `${meta.city_id}-${year}`;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * The metadata a plan states about itself, with its city matched against the known cities (their English
 * name, province and level, which a plan need not state): what the review form opens with.
 */
export function calcPlanMeta(
  meta: DocumentMeta,
  properties: Readonly<Record<string, string>>,
  cities: readonly KnownCity[],
  taken: ReadonlySet<string>,
): PlanMeta {
  const placeName = meta.placeName ?? '';
  const known = cities.find((c) => c.nameZh === placeName);
  const cityId = calcCityId(placeName, '', cities);
  const base = {
    city_id: cityId,
    issue_date: meta.issueDate,
    horizon_years: meta.horizonYears,
  };
  return {
    doc_id: calcDocId(base, taken),
    city_id: cityId,
    city_zh: placeName || known?.nameZh || '',
    city_en: known?.nameEn ?? '',
    province: known?.provinceZh ?? null,
    admin_level:
      known?.adminLevel ??
      (placeName.endsWith('州') ? 'autonomous prefecture' : placeName ? 'prefecture-level city' : null),
    title: meta.title ?? properties['title'] ?? null,
    notice_title: meta.noticeTitle,
    issuing_body: meta.issuingBody ?? properties['发布机构'] ?? null,
    doc_number: meta.docNumber ?? (properties['文号'] || null),
    issue_date: meta.issueDate,
    kind: meta.kind,
    horizon_years: meta.horizonYears,
  };
}

/** Another copy of a plan: the plan it repeats, and how it was told. */
export interface PlanTwin {
  docId: string;
  title: string | null;
  reason: 'doc_number' | 'text';
  origin: 'published' | 'yours';
}

/** A plan already in the dashboard, as the same-plan check sees it (its text as a SHA-256 digest). */
export interface KnownPlan {
  docId: string;
  title: string | null;
  docNumber: string | null;
  textSha256: string;
  origin: 'published' | 'yours';
}

/**
 * The plan already in the dashboard that this one repeats (the same 文号, or the same text: the build's own
 * check, findTwinPlan), or null.
 */
export function findPlanTwin(
  plan: { docNumber: string | null; textSha256: string },
  known: readonly KnownPlan[],
): PlanTwin | null {
  const identities: PlanIdentity[] = known.map((k) => ({
    docId: k.docId,
    docNumber: k.docNumber,
    text: k.textSha256,
  }));
  const twin = findTwinPlan({ docNumber: plan.docNumber, text: plan.textSha256 }, identities);
  if (twin === null) return null;
  const other = known.find((k) => k.docId === twin.docId)!;
  return { docId: other.docId, title: other.title, reason: twin.reason, origin: other.origin };
}
