import { formatCsvRow } from '../build/read-csv';

/** Every column of an outcomes file, in template order (see data/outcomes/README.md). */
export const OUTCOME_COLUMNS = [
  'city_id',
  'indicator_id',
  'target_id',
  'indicator_zh',
  'indicator_en',
  'year',
  'period',
  'value',
  'unit',
  'as_of',
  'source_title',
  'source_url',
  'quote',
  'notes',
  'caveat',
  'source_kind',
  'match',
] as const;

export type OutcomeColumn = (typeof OUTCOME_COLUMNS)[number];

/** The header line of a downloadable outcomes template, ending in a newline. */
export const OUTCOME_TEMPLATE_HEADER = `${OUTCOME_COLUMNS.join(',')}\n`;

/**
 * createOutcomeTemplateCsv(example) is the template file a researcher downloads: the header, and
 * optionally example rows (cells by column name; missing cells are left empty).
 */
export function createOutcomeTemplateCsv(
  examples: readonly Partial<Record<OutcomeColumn, string>>[] = [],
): string {
  const lines = examples.map((example) =>
    formatCsvRow(OUTCOME_COLUMNS.map((column) => example[column] ?? '')),
  );
  return OUTCOME_TEMPLATE_HEADER + lines.map((line) => `${line}\n`).join('');
}
