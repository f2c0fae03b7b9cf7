import type { DuckDBConnection } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkConsoleStatement } from '../../../../../src/lib/data/console.ts';
import { CONSOLE_EXAMPLES } from '../../../../../src/components/views/sql/examples.ts';
import { openPublishedData } from '../../../../published-data.ts';

let connection: DuckDBConnection;

beforeAll(async () => {
  connection = await openPublishedData();
});

describe('CONSOLE_EXAMPLES', () => {
  it.each(CONSOLE_EXAMPLES.map((e) => [e.id, e] as const))(
    '%s passes the read-only check and returns rows from the published data',
    async (_id, example) => {
      const check = checkConsoleStatement(example.sql);
      expect(check.ok).toBe(true);
      const reader = await connection.runAndReadAll(example.sql);
      expect(reader.currentRowCount).toBeGreaterThan(0);
      expect(example.title.zh).not.toBe('');
      expect(example.title.en).not.toBe('');
    },
  );

  it('opens with a count of the targets table', () => {
    expect(CONSOLE_EXAMPLES[0]?.sql).toMatch(/count\(\*\).*FROM targets/);
  });
});
