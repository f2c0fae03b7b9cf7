/** The SQL console's examples: each passes the read-only check and answers from the published data. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkConsoleStatement } from '../../../../../src/lib/data/console.ts';
import { CONSOLE_EXAMPLES } from '../../../../../src/components/views/sql/examples.ts';
import type { NodeEngine } from '../../../../../scripts/lib/duckdb-node.ts';
import { openPublishedEngine, runSql } from '../../../../published-data.ts';

let engine: NodeEngine;

beforeAll(async () => {
  engine = await openPublishedEngine();
});

afterAll(() => engine.close());

describe('CONSOLE_EXAMPLES', () => {
  it.each(CONSOLE_EXAMPLES.map((e) => [e.id, e] as const))(
    '%s passes the read-only check and returns rows from the published data',
    async (_id, example) => {
      const check = checkConsoleStatement(example.sql);
      expect(check.ok).toBe(true);
      expect((await runSql(engine, example.sql)).length).toBeGreaterThan(0);
      expect(example.title.zh).not.toBe('');
      expect(example.title.en).not.toBe('');
    },
  );

  it('opens with a count of the targets table', () => {
    expect(CONSOLE_EXAMPLES[0]?.sql).toMatch(/count\(\*\).*FROM targets/);
  });
});
