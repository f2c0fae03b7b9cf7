/**
 * A plan added in the browser, exported for the build: one zip to unpack into data/, holding the original file,
 * its manifest row and its review's override rows, so `npm run build:data` makes the records that were reviewed.
 */

import { strToU8, zipSync } from 'fflate';
import { MANIFEST_COLUMNS } from '../build/manifest.ts';
import { OVERRIDE_COLUMNS } from '../build/overrides.ts';
import { formatCsvRow } from '../build/read-csv.ts';
import { buildSourceFileName, type PlanEdit, type PlanMeta, type UserPlan } from './review.ts';

/** A CSV file as the build reads it: header, then rows, each line ended by a line feed. */
function buildCsvFile(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((row) => `${formatCsvRow(row)}\n`).join('');
}

/** The plan's manifest file (`data/sources/manifest-<doc_id>.csv`): the manifest's header and its one row. */
export function buildManifestCsv(meta: PlanMeta, file: string): string {
  const cells: Record<(typeof MANIFEST_COLUMNS)[number], string> = {
    doc_id: meta.doc_id,
    file,
    city_id: meta.city_id,
    city_zh: meta.city_zh,
    city_en: meta.city_en,
    province: meta.province ?? '',
    admin_level: meta.admin_level ?? '',
    title: meta.title ?? '',
    notice_title: meta.notice_title ?? '',
    issuing_body: meta.issuing_body ?? '',
    doc_number: meta.doc_number ?? '',
    issue_date: meta.issue_date ?? '',
    kind: meta.kind ?? '',
    horizon_years: meta.horizon_years.join(';'),
  };
  return buildCsvFile(MANIFEST_COLUMNS, [MANIFEST_COLUMNS.map((column) => cells[column])]);
}

/** The plan's override file (`data/curation/overrides-<doc_id>.csv`): the review's edits, in order. */
export function buildOverridesCsv(edits: readonly PlanEdit[]): string {
  return buildCsvFile(
    OVERRIDE_COLUMNS,
    edits.map((e) => [e.target_id, e.field, e.value, e.reason]),
  );
}

/** Where each file of an export goes, relative to data/. */
export function listBundlePaths(meta: PlanMeta, sourceFile: string) {
  return {
    source: `sources/${sourceFile}`,
    manifest: `sources/manifest-${meta.doc_id}.csv`,
    overrides: `curation/overrides-${meta.doc_id}.csv`,
    readme: `README-${meta.doc_id}.txt`,
  };
}

/** The export's name: `plan-<doc_id>.zip`. */
export function buildBundleName(meta: PlanMeta): string {
  return `plan-${meta.doc_id}.zip`;
}

/** The zip of a plan and its review: unpack it into data/ and run `npm run build:data`. */
export function buildPlanBundle(plan: UserPlan, original: Uint8Array): Uint8Array {
  const file = buildSourceFileName(plan);
  const paths = listBundlePaths(plan.meta, file);
  const readme = `${plan.meta.title ?? plan.meta.doc_id}

Unpack this archive into the project's data/ folder and run \`npm run build:data\`:
  ${paths.source}      the plan as it was published (${plan.fileName})
  ${paths.manifest}    its manifest row (the columns of data/sources/manifest.csv)
  ${paths.overrides}   the review's corrections, ${plan.edits.length} rows (the columns of data/curation/overrides.csv)
The build then makes the records reviewed in the dashboard.
`;
  return zipSync(
    {
      [paths.source]: original,
      [paths.manifest]: strToU8(buildManifestCsv(plan.meta, file)),
      [paths.overrides]: strToU8(buildOverridesCsv(plan.edits)),
      [paths.readme]: strToU8(readme),
    },
    // Fixed times, so the same plan exports to the same bytes.
    { mtime: new Date('2000-01-01T00:00:00Z') },
  );
}
