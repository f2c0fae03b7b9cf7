import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { extractPlan } from './src/lib/extract/index.ts';
const conv = OpenCC.Converter({ from: 'cn', to: 'tw' });
for (const f of ['shanwei-2017','linxia-2013']) {
const raw = readFileSync(`data/sources/${f}.txt`, 'utf8');
const trad = conv(raw);
const a = extractPlan(raw, { docId: 'a', cityId: 'a', indicators: [], horizonYears: [2017] }).records.filter(r=>r.comparator!=='qualitative');
const b = extractPlan(trad, { docId: 'a', cityId: 'a', indicators: [], horizonYears: [2017] }).records.filter(r=>r.comparator!=='qualitative');
console.log(f, raw.length, trad.length, a.length, b.length);
for (let i=0;i<Math.max(a.length,b.length);i++){ const x=a[i], y=b[i]; if(!x||!y||x.value!==y.value||x.comparator!==y.comparator||x.unit!==y.unit) console.log('DIFF', x?.quote, '|', y?.quote, x?.value, y?.value); }
}
