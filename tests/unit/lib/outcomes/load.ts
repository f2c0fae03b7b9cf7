/** Reads the repository's data tables for the outcome tests (Node only; src/lib/outcomes stays pure). */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCitiesCsv, parseIndicatorsCsv } from '../../../../src/lib/build/reference-tables';

export const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

export function readRepoFile(path: string): string {
  return readFileSync(ROOT + path, 'utf8');
}

export function listOutcomeCsvs(): string[] {
  return readdirSync(ROOT + 'data/outcomes')
    .filter((name) => name.endsWith('.csv') && name !== 'status-notes.csv')
    .map((name) => `data/outcomes/${name}`);
}

export function loadCatalog() {
  const indicators = parseIndicatorsCsv(readRepoFile('data/indicators.csv'), { file: 'data/indicators.csv' });
  const cities = parseCitiesCsv(readRepoFile('data/cities.csv'), { file: 'data/cities.csv' });
  return {
    indicators: indicators.rows,
    cities: cities.rows,
    issues: [...indicators.issues, ...cities.issues],
  };
}
