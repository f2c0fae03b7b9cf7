/**
 * Chinese renderings of the curators' English words about each published outcome (its source title's notes,
 * the mapping notes and the caveat), so the Chinese interface shows them in Chinese. Read from
 * data/curation/outcome-translations.csv, one row per outcome, named by its key.
 */

import { DataFileError, parseCsvTable, requireColumns } from './read-csv.ts';

/** The Chinese words of one outcome; a blank cell leaves that part untranslated (the view marks it as the original's). */
export interface OutcomeTranslation {
  source_title_zh: string | null;
  notes_zh: string | null;
  caveat_zh: string | null;
}

/** The columns of the translations file. */
export const OUTCOME_TRANSLATION_COLUMNS = [
  'outcome_key',
  'source_title_zh',
  'notes_zh',
  'caveat_zh',
] as const;

/**
 * parseOutcomeTranslations(text, file, keys) reads the translations by outcome key; a key that names no
 * published outcome, or that appears twice, stops the build with its file and line.
 */
export function parseOutcomeTranslations(
  text: string,
  file: string,
  keys: ReadonlySet<string>,
): Map<string, OutcomeTranslation> {
  const translations = new Map<string, OutcomeTranslation>();
  if (text.trim() === '') return translations;
  const table = parseCsvTable(text);
  requireColumns(table, OUTCOME_TRANSLATION_COLUMNS, file);
  for (const { line, values } of table.records) {
    const key = (values['outcome_key'] ?? '').trim();
    if (!keys.has(key)) throw new DataFileError(file, line, `no published outcome has the key "${key}"`);
    if (translations.has(key)) throw new DataFileError(file, line, `"${key}" is translated twice`);
    const cell = (column: string) => (values[column] ?? '').trim() || null;
    translations.set(key, {
      source_title_zh: cell('source_title_zh'),
      notes_zh: cell('notes_zh'),
      caveat_zh: cell('caveat_zh'),
    });
  }
  return translations;
}
