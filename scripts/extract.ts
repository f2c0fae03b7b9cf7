/** npm run extract -- <file> [--city ID] [--year YYYY]: print a plan's target records (any format: text, web page, PDF, Word) as JSON Lines on stdout. */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { extractFromText } from '../src/lib/extract/index.ts';
import { DocumentReadError } from '../src/lib/read/index.ts';
import { readDocumentInNode } from './lib/read-node.ts';
import { parseIndicatorsCsv } from '../src/lib/build/reference-tables.ts';
import { throwIssues } from '../src/lib/build/read-csv.ts';
import { DataFileError } from '../src/lib/build/read-csv.ts';

const usage = 'usage: npm run extract -- <file> [--city ID] [--year YYYY]';

function fail(message: string): never {
  process.stderr.write(`extract: ${message}\n`);
  process.exit(1);
}

const { values, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: { city: { type: 'string' }, year: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (e) {
    return fail(`${(e as Error).message}\n${usage}`);
  }
})();
if (values.help) {
  process.stderr.write(`${usage}\n`);
  process.exit(0);
}
const file = positionals[0];
if (!file || positionals.length > 1) fail(usage);
if (values.year !== undefined && !/^(?:19|20)\d{2}$/.test(values.year))
  fail(`--year ${values.year} is not a year`);
if (values.city !== undefined && !/^[a-z0-9][a-z0-9-]*$/.test(values.city))
  fail(`--city ${values.city} must be lower-case letters, digits and -`);

let bytes: Uint8Array;
try {
  bytes = readFileSync(file);
} catch (e) {
  fail(`${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
}

try {
  const doc = await readDocumentInNode(bytes!, basename(file));
  for (const warning of doc.warnings) process.stderr.write(`extract: ${file}: ${warning}\n`);
  const parsed = parseIndicatorsCsv(readFileSync('data/indicators.csv', 'utf8'), {
    file: 'data/indicators.csv',
  });
  throwIssues(parsed.issues);
  const indicators = parsed.rows;
  const stem = basename(file).replace(/\.[^.]+$/, '');
  const cityId =
    values.city ??
    (stem
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/-?\d{4}.*$/, '') ||
      'unknown');
  const docId =
    stem
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || cityId;
  const plan = extractFromText(doc.text, {
    docId,
    cityId,
    horizonYears: values.year ? [Number(values.year)] : undefined,
    indicators,
  });
  const out = plan.records.map((r) => JSON.stringify(r)).join('\n');
  process.stdout.write(out ? out + '\n' : '');
  const quantitative = plan.records.filter((r) => r.comparator !== 'qualitative').length;
  const horizon = values.year ?? (plan.meta.horizonYears.join(', ') || 'none found');
  process.stderr.write(
    `extract: ${file} (${doc.format}${doc.encoding ? `, ${doc.encoding}` : ''}): ${quantitative} quantitative targets, ${plan.records.length - quantitative} qualitative commitments; horizon year(s): ${horizon}\n`,
  );
  if (!quantitative) fail(`${file}: no quantitative targets found: is this a plan document?`);
} catch (e) {
  if (e instanceof DocumentReadError) fail(`${file}: ${e.reason}`);
  if (e instanceof DataFileError) fail(e.message);
  throw e;
}
