/** What each explorer cell says, in the table and in the CSV export, so the two never disagree. */

import type { ExplorerRow } from '../../../lib/data/queries/explorer.ts';
import type { CsvColumn } from '../../../lib/export/write-csv.ts';
import { COMPARATOR_LABELS, DOMAIN_LABELS, formatTargetValue } from '../../../lib/i18n/common.ts';
import type { Formatters } from '../../../lib/i18n/format.ts';
import { pickName, type Lang } from '../../../lib/i18n/lang.ts';
import { EXPLORER_STRINGS, formatTopic } from './strings.ts';

/**
 * The number(s) and unit of a record without its comparator (which has its own column): `90%`, `30–32个`,
 * `300项`; null for a qualitative commitment.
 */
export function formatExplorerValue(lang: Lang, format: Formatters, row: ExplorerRow): string | null {
  if (row.comparator === 'qualitative' || row.value === null) return null;
  const comparator = row.comparator === 'range' && row.valueMax !== null ? 'range' : '=';
  return formatTargetValue(lang, format, { ...row, comparator });
}

/**
 * The indicator column, the same thing in either language: the canonical indicator's name where the record
 * has one (so records of one indicator read alike), else the quantity as the plan words it (its English
 * rendering in English).
 */
export function formatExplorerIndicator(lang: Lang, row: ExplorerRow): string {
  return row.canonicalZh !== null || row.canonicalEn !== null
    ? pickName(lang, row.canonicalZh, row.canonicalEn)
    : pickName(lang, row.indicatorZh, row.indicatorEn);
}

/** The unit as exported: the plan's own wording in Chinese where it has one, else the dataset's unit code. */
export function formatExplorerUnit(lang: Lang, row: ExplorerRow): string | null {
  return lang === 'zh' && row.unitZh !== null && row.unitZh !== '' ? row.unitZh : row.unit;
}

/**
 * The export's columns, every header in the interface language: the table's columns, numbers unformatted
 * (value and its range's top apart, unit on its own, new counts marked), the wording as the plan gives it,
 * the full quote, and what a researcher needs to trace each row: the record's and the plan's ids and the
 * quote's offsets in the plan's text.
 */
export function buildExplorerCsvColumns(lang: Lang): CsvColumn<ExplorerRow>[] {
  const t = EXPLORER_STRINGS[lang];
  return [
    { header: t.csv.targetId, cell: (r) => r.targetId },
    { header: t.csv.docId, cell: (r) => r.docId },
    { header: t.columns.city, cell: (r) => pickName(lang, r.cityZh, r.cityEn) },
    { header: t.columns.domain, cell: (r) => DOMAIN_LABELS[lang][r.domain] },
    { header: t.columns.topic, cell: (r) => formatTopic(lang, r.topic) },
    { header: t.columns.indicator, cell: (r) => formatExplorerIndicator(lang, r) },
    { header: t.csv.worded, cell: (r) => r.indicatorZh },
    { header: t.columns.comparator, cell: (r) => COMPARATOR_LABELS[lang][r.comparator] },
    { header: t.columns.value, cell: (r) => r.value },
    { header: t.csv.valueMax, cell: (r) => r.valueMax },
    { header: t.csv.unit, cell: (r) => formatExplorerUnit(lang, r) },
    { header: t.csv.newCount, cell: (r) => (r.isNewCount ? t.csv.yes : '') },
    { header: t.columns.year, cell: (r) => r.targetYear },
    { header: t.columns.department, cell: (r) => r.leadDepartment },
    { header: t.columns.quote, cell: (r) => r.quote },
    { header: t.csv.quoteStart, cell: (r) => r.quoteStart },
    { header: t.csv.quoteEnd, cell: (r) => r.quoteEnd },
    { header: t.columns.review, cell: (r) => t.review[r.review] },
  ];
}
