/** The City profile's target list: a plan's records grouped by domain, then by the section they sit under. */

import { DOMAINS, type Domain } from '../extract/types.ts';

/** What grouping needs from a record. */
export interface GroupableRecord {
  domain: Domain;
  /** The heading path, `三、主要目标 › (一)产品质量`. */
  section: string;
  /** Where the record's quote starts in the document, for document order. */
  quoteStart: number;
}

/** The records of one section, in document order. */
export interface SectionGroup<T> {
  section: string;
  records: T[];
}

/** The records of one domain, section by section. */
export interface DomainGroup<T> {
  domain: Domain;
  sections: SectionGroup<T>[];
  count: number;
}

/**
 * Groups records by domain (in the fixed domain order) and, inside each, by section in the order the
 * sections appear in the document; records keep document order (ties keep the given order).
 */
export function calcDomainGroups<T extends GroupableRecord>(records: readonly T[]): DomainGroup<T>[] {
  const ordered = records
    .map((record, index) => ({ record, index }))
    .sort((a, b) => a.record.quoteStart - b.record.quoteStart || a.index - b.index)
    .map((entry) => entry.record);
  const groups: DomainGroup<T>[] = [];
  for (const domain of DOMAINS) {
    const sections = new Map<string, T[]>();
    for (const record of ordered) {
      if (record.domain !== domain) continue;
      let list = sections.get(record.section);
      if (list === undefined) sections.set(record.section, (list = []));
      list.push(record);
    }
    if (sections.size === 0) continue;
    const list = [...sections].map(([section, items]) => ({ section, records: items }));
    groups.push({ domain, sections: list, count: list.reduce((n, s) => n + s.records.length, 0) });
  }
  return groups;
}
