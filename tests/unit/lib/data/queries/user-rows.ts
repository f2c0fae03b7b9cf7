/**
 * Test helper for the outcome views' query tests: a researcher's file read as the browser reads it, and their
 * rows written into the engine's user tables (the Node engine has no Arrow insert; plain INSERTs do).
 */

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { publishOutcome } from '../../../../../src/lib/build/publish.ts';
import { OUTCOME_CATALOG_QUERIES } from '../../../../../src/lib/data/queries/outcome-catalog.ts';
import { buildUserTableName } from '../../../../../src/lib/data/setup.ts';
import { TABLE_SCHEMAS, type UserTableName } from '../../../../../src/lib/data/tables.ts';
import { parseOutcomesCsv } from '../../../../../src/lib/outcomes/parse.ts';
import type { OutcomeRow } from '../../../../../src/lib/outcomes/types.ts';
import type { NodeEngine } from '../../../../../scripts/lib/duckdb-node.ts';
import { buildState, ROOT, runQuery } from '../../../../published-data.ts';

/** The valid rows of a file in tests/fixtures/outcomes, checked against the published catalog. */
export async function readOutcomeFixture(engine: NodeEngine, name: string): Promise<OutcomeRow[]> {
  const state = buildState();
  const catalog = {
    cities: await runQuery(engine, OUTCOME_CATALOG_QUERIES.cities, state),
    indicators: await runQuery(engine, OUTCOME_CATALOG_QUERIES.indicators, state),
    targets: await runQuery(engine, OUTCOME_CATALOG_QUERIES.targets, state),
  };
  const text = readFileSync(path.join(ROOT, 'tests/fixtures/outcomes', name), 'utf8');
  const parsed = parseOutcomesCsv(text, { file: name, catalog });
  if (parsed.issues.length > 0) throw new Error(`${name} has issues: ${JSON.stringify(parsed.issues)}`);
  return parsed.rows;
}

/** Makes a person's table hold exactly these rows. */
export async function writeUserRows(
  engine: NodeEngine,
  table: UserTableName,
  rows: readonly object[],
): Promise<void> {
  const name = buildUserTableName(table);
  const columns = TABLE_SCHEMAS[table].map(([column]) => column);
  await engine.run(`DELETE FROM ${name}`);
  for (const row of rows as readonly Record<string, unknown>[]) {
    await engine.run(
      `INSERT INTO ${name} (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})`,
      columns.map((c) => (row[c] ?? null) as string | number | boolean | null),
    );
  }
}

/** Writes a researcher's outcome rows (with their keys) as the browser does. */
export function writeUserOutcomes(engine: NodeEngine, rows: readonly OutcomeRow[]): Promise<void> {
  return writeUserRows(
    engine,
    'outcomes',
    rows.map((row) => publishOutcome(row)),
  );
}
