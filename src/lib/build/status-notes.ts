/** data/outcomes/status-notes.csv, outcomes that are a status rather than a number: read and checked row by row like the other tables. */
import { checkSource } from '../outcomes/validate.ts';
import { SOURCE_KINDS, type SourceKind } from '../outcomes/types.ts';
import { checkColumns, parseYear, validateRows, type ParseResult } from './issues.ts';
import { parseCsvTable } from './read-csv.ts';

/** Columns a status-notes file must have; the others of OUTCOME_NOTE_SCHEMA may be left out. */
export const REQUIRED_STATUS_NOTE_COLUMNS = ['city_id', 'status', 'source_title', 'quote'] as const;

export interface StatusNoteCatalog {
  cityIds: ReadonlySet<string>;
  /** The cleaned text of each built document, by doc_id: a plan_quote must be cut from it. */
  documentText: (docId: string) => string | undefined;
}

/**
 * parseStatusNotesCsv(text, options) checks every row: a known city, a subject and a status, a year
 * if one is given, a source (title and address or quote), a known source_kind, a plan_quote found
 * word for word in its document, no row repeated. Rows come back as written, cell by cell.
 */
export function parseStatusNotesCsv(
  text: string,
  options: { file: string; catalog: StatusNoteCatalog },
): ParseResult<Record<string, string>> {
  const { file, catalog } = options;
  const table = parseCsvTable(text);
  const missing = checkColumns(table.columns, REQUIRED_STATUS_NOTE_COLUMNS, file);
  if (missing.length > 0) return { rows: [], issues: missing };
  const seen = new Map<string, number>();
  return validateRows(table.records, file, ({ at, get, line, values }) => {
    const cityId = get('city_id');
    if (!cityId) at('missing_field', 'city_id', 'city_id is empty');
    else if (!catalog.cityIds.has(cityId))
      at('unknown_city', 'city_id', `unknown city "${cityId}" (known: ${[...catalog.cityIds].join(', ')})`);
    const subject = get('subject_zh') || get('subject_en');
    if (!subject)
      at('missing_field', 'subject_zh', 'subject_zh and subject_en are empty: say what the status is of');
    if (!get('status')) at('missing_field', 'status', 'status is empty');
    const year = get('year');
    if (year && parseYear(year) === null) at('bad_year', 'year', `year "${year}" is not a year`);

    const docId = get('doc_id');
    const planQuote = get('plan_quote');
    const documentText = docId ? catalog.documentText(docId) : undefined;
    if (docId && documentText === undefined) at('unknown_document', 'doc_id', `unknown document "${docId}"`);
    if (planQuote && !docId) at('missing_field', 'doc_id', 'a plan_quote needs the doc_id of its plan');
    else if (planQuote && documentText !== undefined && !documentText.includes(planQuote))
      at('quote_mismatch', 'plan_quote', `plan_quote is not in the text of ${docId}`);

    checkSource(get('source_title'), get('source_url'), get('quote'), at);
    const sourceKind = get('source_kind');
    if (sourceKind && !SOURCE_KINDS.includes(sourceKind as SourceKind))
      at('bad_enum', 'source_kind', `source_kind "${sourceKind}" is not one of ${SOURCE_KINDS.join(', ')}`);

    const key = [cityId, subject, year].join('|');
    const first = seen.get(key);
    if (first !== undefined)
      at('duplicate', null, `duplicate of line ${first} (${cityId}, ${subject}, ${year})`);
    else seen.set(key, line);

    return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v ?? '')]));
  });
}
