/** Assemble the dataset from the source files' contents: documents, targets, indicators, cities, references, and a report. */
import { cleanDocument } from '../extract/clean.ts';
import { decodeDocument, DocumentInputError } from '../extract/decode.ts';
import { extractFromText } from '../extract/index.ts';
import type { ReadDocument } from '../read/types.ts';
import { DOMAINS, type Domain, type Indicator, type TargetRecord } from '../extract/types.ts';
import { DataFileError, locateUnreadableLine, throwIssues } from './read-csv.ts';
import { parseManifest, type ManifestEntry } from './manifest.ts';
import { applyOverrides, parseOverrides, type Override } from './overrides.ts';
import {
  parseCitiesCsv,
  parseIndicatorsCsv,
  parseReferencesCsv,
  type CityRow,
  type ReferenceRow,
} from './reference-tables.ts';
import type { ParseResult } from './issues.ts';
import { parseStatusNotesCsv } from './status-notes.ts';
import { createOutcomeKeyIndex, parseOutcomesCsv } from '../outcomes/index.ts';
import type { OutcomeRow } from '../outcomes/types.ts';
import { validateRecords } from './validate-records.ts';
import { parseOutcomeTranslations, type OutcomeTranslation } from './outcome-translations.ts';
import { buildOutcomeKey } from '../outcomes/validate.ts';

/** The contents of every input file, keyed by its path relative to the project root. */
export interface DatasetInput {
  files: ReadonlyMap<string, Uint8Array>;
  /**
   * Plan documents already read by the document reader (web pages, PDF, Word, text), keyed like
   * `files`; their text is what quotes refer to. A source file without an entry is decoded as text.
   */
  documents?: ReadonlyMap<string, ReadDocument>;
}

/** File names in data/sources/ that are plan documents (the other files there are the manifest and notes). */
export const SOURCE_DOCUMENT = /\.(?:txt|text|html?|shtml|xhtml|pdf|docx|doc|wps)$/i;

export const PATHS = {
  sources: 'data/sources/',
  manifest: 'data/sources/manifest.csv',
  indicators: 'data/indicators.csv',
  cities: 'data/cities.csv',
  overrides: 'data/curation/overrides.csv',
  curation: 'data/curation/',
  outcomeTranslations: 'data/curation/outcome-translations.csv',
  references: 'data/references.csv',
  outcomes: 'data/outcomes/',
  outcomeNotes: 'data/outcomes/status-notes.csv',
} as const;

export interface DocumentRow {
  doc_id: string;
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
  issue_year: number | null;
  kind: string | null;
  /** Every horizon year the plan names, ascending. */
  horizon_years: number[];
  horizon_year: number | null;
  source_file: string;
  encoding: string;
  text: string;
  char_count: number;
}

export interface IndicatorRow extends Indicator {
  target_count: number;
  city_count: number;
}

export interface BuildReport {
  documents: number;
  targets: number;
  quantitative: number;
  qualitative: number;
  perCity: Record<string, { quantitative: number; qualitative: number; byDomain: Record<Domain, number> }>;
  withoutIndicator: { count: number; targetIds: string[] };
  /** Each applied override as written in the file (with its line), and the records it excluded. */
  overrides: { applied: number; excluded: string[]; changes: Override[] };
  indicatorsWithoutTargets: string[];
  outcomes: number;
  warnings: string[];
}

export interface Dataset {
  documents: DocumentRow[];
  targets: TargetRecord[];
  indicators: IndicatorRow[];
  cities: CityRow[];
  references: ReferenceRow[];
  outcomes: OutcomeRow[];
  /** Chinese words for the published outcomes, by outcome key (data/curation/outcome-translations.csv). */
  outcomeTranslations: ReadonlyMap<string, OutcomeTranslation>;
  outcomeNotes: Record<string, string>[];
  report: BuildReport;
}

/** The rows of a checked table, or a DataFileError listing its problems. */
function checked<Row>(result: ParseResult<Row>): Row[] {
  throwIssues(result.issues);
  return result.rows;
}

function readText(input: DatasetInput, path: string, required: boolean): string {
  const bytes = input.files.get(path);
  if (!bytes) {
    if (required) throw new DataFileError(path, null, 'the file is missing');
    return '';
  }
  try {
    return decodeDocument(bytes).text;
  } catch (e) {
    if (!(e instanceof DocumentInputError)) throw e;
    // A table is read line by line by people: point at the line that cannot be read.
    const at = locateUnreadableLine(bytes);
    throw new DataFileError(path, at?.line ?? null, at ? `${e.message} (${at.problem})` : e.message);
  }
}

/**
 * A manifest entry for a document dropped into data/sources/ without one: what a manifest row says is
 * read from the document, as a row's fields are; the city's English name, province and level, which a
 * plan need not state, come from data/cities.csv when the city is there, so nothing it holds is lost.
 */
function entryFromFile(
  file: string,
  meta: ReturnType<typeof extractFromText>['meta'],
  cities: ReadonlyMap<string, CityRow>,
): ManifestEntry {
  const docId = file
    .replace(/\.[^.]+$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const cityId = docId.replace(/-?\d{4}.*$/, '') || docId;
  const city = cities.get(cityId);
  return {
    line: 0,
    doc_id: docId,
    file,
    city_id: cityId,
    city_zh: meta.placeName ?? city?.name_zh ?? '',
    city_en: city?.name_en ?? '',
    province: city?.province_zh || null,
    admin_level:
      city?.admin_level ??
      (meta.placeName?.endsWith('州')
        ? 'autonomous prefecture'
        : meta.placeName
          ? 'prefecture-level city'
          : null),
    title: meta.title,
    notice_title: meta.noticeTitle,
    issuing_body: meta.issuingBody,
    doc_number: meta.docNumber,
    issue_date: meta.issueDate,
    kind: meta.kind,
    horizon_years: meta.horizonYears,
  };
}

/**
 * A plan's row of `documents` from its manifest entry (or one read from its text), the horizon years it works
 * to (the entry's, else those read from the text), its file, encoding and text.
 */
export function buildDocumentRow(
  entry: Omit<ManifestEntry, 'line' | 'file'>,
  horizon: readonly number[],
  file: string,
  encoding: string,
  text: string,
): DocumentRow {
  const horizonYears = [...horizon].sort((a, b) => a - b);
  return {
    doc_id: entry.doc_id,
    city_id: entry.city_id,
    city_zh: entry.city_zh,
    city_en: entry.city_en,
    province: entry.province,
    admin_level: entry.admin_level,
    title: entry.title,
    notice_title: entry.notice_title,
    issuing_body: entry.issuing_body,
    doc_number: entry.doc_number,
    issue_date: entry.issue_date,
    issue_year: entry.issue_date ? Number(entry.issue_date.slice(0, 4)) : null,
    kind: entry.kind,
    horizon_years: horizonYears,
    horizon_year: horizonYears.length ? horizonYears[horizonYears.length - 1]! : null,
    source_file: file,
    encoding,
    text,
    char_count: text.length,
  };
}

/** A plan as the same-plan check sees it: its 文号 and its text (or a digest of the text). */
export interface PlanIdentity {
  docId: string;
  docNumber: string | null;
  text: string;
}

/**
 * The plan among `plans` that `plan` is another copy of (another format, a copy): the same 文号, or the same
 * text; null when there is none. The build keeps the first of two; the dashboard reports it and does not add it.
 */
export function findTwinPlan(
  plan: Omit<PlanIdentity, 'docId'>,
  plans: readonly PlanIdentity[],
): { docId: string; reason: 'doc_number' | 'text' } | null {
  for (const other of plans) {
    if (other.text === plan.text) return { docId: other.docId, reason: 'text' };
    if (plan.docNumber !== null && other.docNumber === plan.docNumber)
      return { docId: other.docId, reason: 'doc_number' };
  }
  return null;
}

/**
 * Build the whole dataset in memory. Throws DataFileError (file and line) for any bad input, so the
 * caller can leave the last good dataset untouched.
 */
export function buildDataset(input: DatasetInput): Dataset {
  const warnings: string[] = [];
  const indicators = checked(
    parseIndicatorsCsv(readText(input, PATHS.indicators, true), { file: PATHS.indicators }),
  );
  const indicatorIds = new Set(indicators.map((i) => i.indicator_id));
  const cities = checked(parseCitiesCsv(readText(input, PATHS.cities, true), { file: PATHS.cities }));
  const cityIds = new Set(cities.map((c) => c.city_id));
  const citiesById = new Map(cities.map((c) => [c.city_id, c]));
  const manifest = readManifests(input);
  const referencesText = readText(input, PATHS.references, false);
  const references = referencesText
    ? checked(parseReferencesCsv(referencesText, { file: PATHS.references, catalog: { indicators } }))
    : [];

  const listed = new Set(manifest.map((m) => m.file));
  const unlisted = [...input.files.keys()]
    .filter((p) => p.startsWith(PATHS.sources) && p !== PATHS.manifest && SOURCE_DOCUMENT.test(p))
    .map((p) => p.slice(PATHS.sources.length))
    .filter((f) => !f.includes('/') && !listed.has(f));

  const documents: DocumentRow[] = [];
  let targets: TargetRecord[] = [];
  const texts = new Map<string, string>();
  /** Each document's 文号, from the manifest or read from its text, to find the same plan added twice. */
  const numbers = new Map<string, string>();
  const entries: { entry: ManifestEntry & { manifest?: string }; path: string }[] = manifest.map((entry) => ({
    entry,
    path: PATHS.sources + entry.file,
  }));
  for (const file of unlisted)
    entries.push({ entry: { line: -1 } as ManifestEntry, path: PATHS.sources + file });
  // A manifest cut to its header is most likely a mistake: say so once, beside each document's warning.
  if (!manifest.length && unlisted.length) {
    warnings.push(
      `${PATHS.manifest} line 1: the manifest lists no documents (only its header); all ${unlisted.length} documents in ${PATHS.sources} were built from their own text and ${PATHS.cities}`,
    );
  }

  for (const { entry: listedEntry, path } of entries) {
    const bytes = input.files.get(path);
    const where =
      listedEntry.line > 0
        ? ` (listed on ${listedEntry.manifest ?? PATHS.manifest} line ${listedEntry.line})`
        : '';
    if (!bytes) throw new DataFileError(path, null, `the document is missing${where}`);
    const read = input.documents?.get(path);
    let decoded: { text: string; encoding: string };
    try {
      if (read) decoded = { text: read.text, encoding: read.encoding ?? read.format };
      else {
        const raw = decodeDocument(bytes);
        decoded = { text: cleanDocument(raw.text), encoding: raw.encoding };
      }
    } catch (e) {
      if (e instanceof DocumentInputError) throw new DataFileError(path, null, `${e.message}${where}`);
      throw e;
    }
    const file = path.slice(PATHS.sources.length);
    const probe = extractFromText(decoded.text, {
      docId: 'probe',
      cityId: 'probe',
      indicators,
      horizonYears: [],
    });
    const entry = listedEntry.line === -1 ? entryFromFile(file, probe.meta, citiesById) : listedEntry;
    // The same plan twice (another format, a copy): same 文号 or the same text. Keep the first.
    const docNumber = entry.doc_number ?? probe.meta.docNumber;
    const twin = findTwinPlan(
      { docNumber, text: probe.text },
      documents.map((d) => ({
        docId: d.doc_id,
        docNumber: d.doc_number ?? numbers.get(d.doc_id) ?? null,
        text: texts.get(d.doc_id) ?? '',
      })),
    );
    if (twin) {
      const source = documents.find((d) => d.doc_id === twin.docId)!.source_file;
      warnings.push(
        `${path} is the same plan as ${PATHS.sources}${source} (${twin.reason === 'text' ? 'same text' : `same 文号 ${docNumber}`}): not added twice`,
      );
      continue;
    }
    if (listedEntry.line === -1) {
      warnings.push(
        `${path} is not in ${PATHS.manifest}: its metadata was read from the document (doc_id ${entry.doc_id}, city_id ${entry.city_id}); add a manifest row to name it properly`,
      );
      if (documents.some((d) => d.doc_id === entry.doc_id)) {
        throw new DataFileError(path, null, `duplicate doc_id "${entry.doc_id}" derived from the file name`);
      }
    }
    if (!cityIds.has(entry.city_id))
      warnings.push(`${path}: city_id ${entry.city_id} is not in ${PATHS.cities}`);
    const plan = extractFromText(decoded.text, {
      docId: entry.doc_id,
      cityId: entry.city_id,
      horizonYears: entry.horizon_years,
      issueYear: entry.issue_date ? Number(entry.issue_date.slice(0, 4)) : undefined,
      indicators,
    });
    if (!plan.text.trim())
      throw new DataFileError(path, null, `the document has no text after cleaning${where}`);
    if (!plan.records.some((r) => r.comparator !== 'qualitative')) {
      throw new DataFileError(path, null, `no quantitative targets found: is this a plan document?${where}`);
    }
    if (!entry.horizon_years.length && !plan.meta.horizonYears.length) {
      warnings.push(
        `${path}: no horizon year in the manifest or the document; targets without a year keep target_year empty`,
      );
    }
    texts.set(entry.doc_id, plan.text);
    if (docNumber) numbers.set(entry.doc_id, docNumber);
    const horizon = entry.horizon_years.length ? entry.horizon_years : plan.meta.horizonYears;
    documents.push(buildDocumentRow(entry, horizon, file, decoded.encoding, plan.text));
    targets.push(...plan.records);
  }

  const overrides = listExtraFiles(input, PATHS.curation, PATHS.overrides, /^overrides-[^/]*\.csv$/).flatMap(
    (path) => parseOverrides(readText(input, path, false), path).map((o) => ({ ...o, file: path })),
  );
  const applied = applyOverrides(
    targets,
    overrides,
    PATHS.overrides,
    indicatorIds,
    new Map(documents.map((d) => [d.doc_id, { city_id: d.city_id, text: d.text }])),
  );
  targets = applied.records;

  const problems = validateRecords(targets, (id) => texts.get(id), indicatorIds);
  if (problems.length)
    throw new DataFileError('targets', null, `invalid records:\n  ${problems.join('\n  ')}`);

  const indicatorRows: IndicatorRow[] = indicators.map((i) => {
    const mine = targets.filter((t) => t.indicator_id === i.indicator_id);
    return {
      ...i,
      target_count: mine.length,
      city_count: new Set(mine.map((t) => t.city_id)).size,
    };
  });

  const outcomes = readOutcomes(input, { cities, indicators, targets });
  const outcomeTranslations = parseOutcomeTranslations(
    readText(input, PATHS.outcomeTranslations, false),
    PATHS.outcomeTranslations,
    new Set(outcomes.map(buildOutcomeKey)),
  );
  const notesText = readText(input, PATHS.outcomeNotes, false);
  const outcomeNotes = notesText
    ? checked(
        parseStatusNotesCsv(notesText, {
          file: PATHS.outcomeNotes,
          catalog: { cityIds, documentText: (id) => texts.get(id) },
        }),
      )
    : [];

  const report = buildReport(documents, targets, indicatorRows, applied, overrides, warnings);
  report.outcomes = outcomes.length;
  return {
    documents,
    targets,
    indicators: indicatorRows,
    cities,
    references,
    outcomes,
    outcomeTranslations,
    outcomeNotes,
    report,
  };
}

/**
 * A folder's files that match `pattern`, the main file first (when present), then the others in name order:
 * a plan exported from the dashboard brings its own `manifest-<doc_id>.csv` and `overrides-<doc_id>.csv`.
 */
function listExtraFiles(input: DatasetInput, folder: string, main: string, pattern: RegExp): string[] {
  const others = [...input.files.keys()]
    .filter((p) => p !== main && p.startsWith(folder) && !p.slice(folder.length).includes('/'))
    .filter((p) => pattern.test(p.slice(folder.length)))
    .sort();
  return [...(input.files.has(main) ? [main] : []), ...others];
}

/** data/sources/manifest.csv (required) and any manifest-*.csv beside it, each doc_id once across them all. */
function readManifests(input: DatasetInput): (ManifestEntry & { manifest: string })[] {
  const entries: (ManifestEntry & { manifest: string })[] = [];
  const seen = new Map<string, string>();
  const paths = listExtraFiles(input, PATHS.sources, PATHS.manifest, /^manifest-[^/]*\.csv$/);
  if (!paths.includes(PATHS.manifest)) throw new DataFileError(PATHS.manifest, null, 'the file is missing');
  for (const path of paths) {
    for (const entry of parseManifest(readText(input, path, true), path)) {
      const first = seen.get(entry.doc_id);
      if (first !== undefined)
        throw new DataFileError(path, entry.line, `duplicate doc_id "${entry.doc_id}" (first in ${first})`);
      seen.set(entry.doc_id, `${path} line ${entry.line}`);
      entries.push({ ...entry, manifest: path });
    }
  }
  return entries;
}

/** Every data/outcomes/*.csv but the status notes, checked against cities, indicators and targets. */
function readOutcomes(
  input: DatasetInput,
  catalog: { cities: CityRow[]; indicators: Indicator[]; targets: TargetRecord[] },
): OutcomeRow[] {
  const seen = createOutcomeKeyIndex();
  const rows: OutcomeRow[] = [];
  const files = [...input.files.keys()]
    .filter((p) => p.startsWith(PATHS.outcomes) && p.endsWith('.csv') && p !== PATHS.outcomeNotes)
    .sort();
  for (const file of files)
    rows.push(...checked(parseOutcomesCsv(readText(input, file, true), { file, catalog, seen })));
  return rows;
}

function buildReport(
  documents: DocumentRow[],
  targets: TargetRecord[],
  indicators: IndicatorRow[],
  applied: { applied: number; excluded: string[] },
  overrides: Override[],
  warnings: string[],
): BuildReport {
  const perCity: BuildReport['perCity'] = {};
  for (const t of targets) {
    const c = (perCity[t.city_id] ??= {
      quantitative: 0,
      qualitative: 0,
      byDomain: Object.fromEntries(DOMAINS.map((d) => [d, 0])) as Record<Domain, number>,
    });
    if (t.comparator === 'qualitative') c.qualitative++;
    else {
      c.quantitative++;
      c.byDomain[t.domain]++;
    }
  }
  const quantitative = targets.filter((t) => t.comparator !== 'qualitative');
  const without = quantitative.filter((t) => t.indicator_id === null).map((t) => t.target_id);
  return {
    documents: documents.length,
    targets: targets.length,
    quantitative: quantitative.length,
    qualitative: targets.length - quantitative.length,
    perCity,
    withoutIndicator: { count: without.length, targetIds: without },
    overrides: { applied: applied.applied, excluded: applied.excluded, changes: overrides },
    indicatorsWithoutTargets: indicators.filter((i) => i.target_count === 0).map((i) => i.indicator_id),
    outcomes: 0,
    warnings,
  };
}
