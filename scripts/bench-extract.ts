/** npm run bench:extract — extraction throughput (MB/s) over the seed plans repeated to ≥ 20 MB, and how cost grows with input size, on the plans and on the shapes of issue 14. */
import { readFileSync, readdirSync } from 'node:fs';
import { extractPlan } from '../src/lib/extract/index.ts';
import { parseIndicatorsCsv } from '../src/lib/build/reference-tables.ts';
import { HOSTILE_SHAPES } from '../tests/fixtures/hostile-shapes.ts';

const MB = 1024 * 1024;
const TARGET_BYTES = 20 * MB;
const RUNS = 5;

const indicators = parseIndicatorsCsv(readFileSync('data/indicators.csv', 'utf8'), {
  file: 'data/indicators.csv',
}).rows;
const plans = readdirSync('data/sources')
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(`data/sources/${f}`, 'utf8'));
const bytesOf = (s: string) => Buffer.byteLength(s, 'utf8');
const corpusBytes = plans.reduce((sum, p) => sum + bytesOf(p), 0);

function extract(text: string): number {
  return extractPlan(text, { docId: 'bench', cityId: 'bench', horizonYears: [2020], indicators }).records
    .length;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Median wall time (ms) of `work` over RUNS runs, after one warm-up run. */
function time(work: () => void): number {
  work();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    work();
    times.push(performance.now() - t0);
  }
  return median(times);
}

// 1. Throughput: the five plans as separate documents, repeated until the input is ≥ 20 MB.
const copies = Math.ceil(TARGET_BYTES / corpusBytes);
const documents = Array.from({ length: copies }, () => plans).flat();
const totalBytes = corpusBytes * copies;
let records = 0;
const ms = time(() => {
  records = 0;
  for (const d of documents) records += extract(d);
});
console.log(`seed plans: ${plans.length} documents, ${(corpusBytes / 1024).toFixed(1)} KB`);
console.log(
  `throughput: ${documents.length} documents, ${(totalBytes / MB).toFixed(1)} MB in ${ms.toFixed(0)} ms ` +
    `(median of ${RUNS}) = ${(totalBytes / MB / (ms / 1000)).toFixed(1)} MB/s on one core, ${records} records`,
);

// 2. Growth: one document made of the plans repeated, at 1×, 4× and 16× the size; cost per MB should stay flat.
const unit = Array.from({ length: Math.ceil(TARGET_BYTES / 16 / corpusBytes) }, () => plans.join('\n')).join(
  '\n',
);
console.log('growth (one long document):');
let base = 0;
for (const k of [1, 4, 16]) {
  const text = Array.from({ length: k }, () => unit).join('\n');
  const bytes = bytesOf(text);
  const t = time(() => extract(text));
  const perMb = t / (bytes / MB);
  if (k === 1) base = perMb;
  console.log(
    `  ${String(k).padStart(2)}× ${(bytes / MB).toFixed(1).padStart(5)} MB: ${t.toFixed(0).padStart(6)} ms, ` +
      `${perMb.toFixed(1)} ms/MB (${(perMb / base).toFixed(2)}× the 1× cost per MB)`,
  );
}

// 3. Shapes that used to cost quadratically (issue 14): the cost at 16× should be about 16× the cost at 1×.
console.log('growth (shapes of issue 14, 1× and 16×):');
for (const [name, build] of HOSTILE_SHAPES) {
  const small = build(1);
  const large = build(16);
  const t1 = time(() => extract(small));
  const t16 = time(() => extract(large));
  console.log(
    `  ${name}: ${(small.length / 1000).toFixed(0)}K chars ${t1.toFixed(1)} ms, ` +
      `${(large.length / 1000).toFixed(0)}K chars ${t16.toFixed(1)} ms (${(t16 / t1).toFixed(1)}×)`,
  );
}
