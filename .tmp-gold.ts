import { readFileSync, writeFileSync } from 'node:fs';
import { csvFormat } from 'd3';
const lines = readFileSync(0, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const rows = lines.filter((r) => r.comparator !== 'qualitative').map((r) => ({
  doc_id: r.doc_id, quote: r.quote, value: r.value, value_max: r.value_max ?? '', comparator: r.comparator,
  unit: r.unit, target_year: r.target_year, domain: r.domain, is_new_count: r.is_new_count, indicator_id: r.indicator_id ?? '',
}));
process.stdout.write(csvFormat(rows) + '\n');
