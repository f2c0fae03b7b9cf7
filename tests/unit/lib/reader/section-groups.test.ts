/** The City profile's target list grouped by domain and section, over every published plan's records. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOMAINS, type Domain } from '../../../../src/lib/extract/types.ts';
import { calcDomainGroups } from '../../../../src/lib/reader/section-groups.ts';
import type { NodeEngine } from '../../../../scripts/lib/duckdb-node.ts';
import { openPublishedEngine, runSql } from '../../../published-data.ts';

interface PlanRecord {
  id: string;
  docId: string;
  domain: Domain;
  section: string;
  quoteStart: number;
}

let engine: NodeEngine;
let records: PlanRecord[];

beforeAll(async () => {
  engine = await openPublishedEngine();
  const rows = await runSql(
    engine,
    'SELECT target_id, doc_id, domain, section, quote_start FROM published.targets ORDER BY target_id',
  );
  records = rows.map((r) => ({
    id: String(r.target_id),
    docId: String(r.doc_id),
    domain: r.domain as Domain,
    section: String(r.section),
    quoteStart: Number(r.quote_start),
  }));
});

afterAll(() => engine.close());

function recordsOf(docId: string): PlanRecord[] {
  return records.filter((r) => r.docId === docId);
}

describe('calcDomainGroups', () => {
  it.each(['hangzhou-2013', 'linxia-2013', 'shanwei-2017', 'shijiazhuang-2011', 'taiyuan-2014'])(
    '%s: keeps every record once, domains in the fixed order, sections as they come in the document',
    (docId) => {
      const plan = recordsOf(docId);
      expect(plan.length).toBeGreaterThan(0);
      const groups = calcDomainGroups(plan);
      const listed = groups.flatMap((g) => g.sections.flatMap((s) => s.records));
      expect(listed.map((r) => r.id).sort()).toEqual(plan.map((r) => r.id).sort());
      const domainOrder = groups.map((g) => DOMAINS.indexOf(g.domain));
      expect(domainOrder).toEqual([...domainOrder].sort((a, b) => a - b));
      for (const group of groups) {
        expect(group.count).toBe(plan.filter((r) => r.domain === group.domain).length);
        const firstStarts = group.sections.map((s) => s.records[0]?.quoteStart ?? 0);
        expect(firstStarts).toEqual([...firstStarts].sort((a, b) => a - b));
        for (const section of group.sections) {
          expect(section.records.every((r) => r.section === section.section)).toBe(true);
        }
      }
    },
  );

  it('groups Hangzhou’s product targets under 三、主要目标 › (一)产品质量 first', () => {
    const product = calcDomainGroups(recordsOf('hangzhou-2013')).find((g) => g.domain === 'product');
    expect(product?.sections[0]?.section).toBe('三、主要目标 › (一)产品质量');
    expect(product?.sections[0]?.records[0]?.id).toBe('hangzhou-2013-002');
  });

  it('returns no group for no records', () => {
    expect(calcDomainGroups([])).toEqual([]);
  });
});
