import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { cleanDocument } from './src/lib/extract/clean.ts';
import { extractTargets } from './src/lib/extract/targets.ts';
import type { Indicator } from './src/lib/extract/types.ts';
const indicators = csvParse(readFileSync('data/indicators.csv','utf8')).map(r => ({...r, wordings: (r.wordings||'').split(';').filter(Boolean), exclude: (r.exclude||'').split(';').filter(Boolean)})) as unknown as Indicator[];
const man = csvParse(readFileSync('data/sources/manifest.csv','utf8'));
const only = process.argv[2];
let tq=0, tl=0;
for (const m of man) {
  if (only && !m.doc_id!.startsWith(only)) continue;
  const text = cleanDocument(readFileSync('data/sources/'+m.file,'utf8'));
  const recs = extractTargets(text, { docId: m.doc_id!, cityId: m.city_id!, horizonYears: m.horizon_years!.split(';').map(Number), indicators });
  const q = recs.filter(r=>r.comparator!=='qualitative');
  tq+=q.length; tl+=recs.length-q.length;
  console.log(`== ${m.doc_id} quant=${q.length} qual=${recs.length-q.length}`);
  for (const r of recs) {
    if (r.comparator==='qualitative' && !process.argv[3]) continue;
    if (text.slice(r.quote_start, r.quote_end)!==r.quote) console.log('!!! quote mismatch');
    console.log(`${r.target_id.slice(-3)} ${r.comparator} ${r.value ?? ''}${r.value_max!=null?'-'+r.value_max:''} ${r.unit ?? ''}/${r.unit_zh ?? ''} ${r.target_year}${r.year_basis[0]} ${r.domain}/${r.topic} [${r.indicator_id ?? '-'}] ${r.indicator_zh} | ${r.indicator_en} | new=${r.is_new_count?1:0} lead=${r.lead_department ?? ''} || ${r.quote.slice(0,50)} || ${r.section.slice(-30)}`);
  }
}
console.log('total quant', tq, 'qual', tl);
