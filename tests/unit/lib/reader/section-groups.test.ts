import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../../../src/lib/data/parquet.ts';
import { DOMAINS } from '../../../../src/lib/extract/types.ts';
import { calcDomainGroups } from '../../../../src/lib/reader/section-groups.ts';
import { readPublishedDataset } from '../../../published-data.ts';

let data: Dataset;

beforeAll(async () => {
  data = await readPublishedDataset();
});

function recordsOf(docId: string) {
  return data.targets.rows
    .filter((t) => t.doc_id === docId)
    .map((t) => ({ id: t.target_id, domain: t.domain, section: t.section, quoteStart: t.quote_start }));
}

describe('calcDomainGroups', () => {
  it.each(['hangzhou-2013', 'linxia-2013', 'shanwei-2017', 'shijiazhuang-2011', 'taiyuan-2014'])(
    '%s: keeps every record once, domains in the fixed order, sections as they come in the document',
    (docId) => {
      const records = recordsOf(docId);
      const groups = calcDomainGroups(records);
      const listed = groups.flatMap((g) => g.sections.flatMap((s) => s.records));
      expect(listed.map((r) => r.id).sort()).toEqual(records.map((r) => r.id).sort());
      const domainOrder = groups.map((g) => DOMAINS.indexOf(g.domain));
      expect(domainOrder).toEqual([...domainOrder].sort((a, b) => a - b));
      for (const group of groups) {
        expect(group.count).toBe(records.filter((r) => r.domain === group.domain).length);
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
