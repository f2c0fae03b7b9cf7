/** Shared test helpers: the real indicators file and a one-sentence plan wrapper. */
import { readFileSync } from 'node:fs';
import { parseIndicatorsCsv } from '../../src/lib/build/reference-tables.ts';
import { extractPlan } from '../../src/lib/extract/index.ts';
import type { TargetRecord } from '../../src/lib/extract/types.ts';

export const indicators = parseIndicatorsCsv(readFileSync('data/indicators.csv', 'utf8'), {
  file: 'data/indicators.csv',
}).rows;

/** Extract from a short text (one or more lines of a plan), as the build would. */
export function extractText(text: string, horizonYears: number[] = [2020]): TargetRecord[] {
  return extractPlan(text, { docId: 'test-2020', cityId: 'test', horizonYears, indicators }).records;
}

/** The quantitative targets of a text, reduced to what a table case compares. */
export function quantitative(text: string, horizonYears: number[] = [2020]) {
  return extractText(text, horizonYears)
    .filter((r) => r.comparator !== 'qualitative')
    .map((r) => ({
      value: r.value,
      ...(r.value_max !== null ? { value_max: r.value_max } : {}),
      comparator: r.comparator,
      unit: r.unit,
    }));
}

export function readSource(docId: string): string {
  return readFileSync(`data/sources/${docId}.txt`, 'utf8');
}
