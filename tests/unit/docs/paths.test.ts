/** Every file or folder the docs name (in backticks) exists: a doc that points at a moved file is a bug. */

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const DOCS = ['README.md', ...readdirSync(path.join(ROOT, 'docs')).map((name) => `docs/${name}`)].filter(
  (file) => file.endsWith('.md'),
);
/** Where a path written relative to a folder of the code is looked for (`extract/clean.ts`, `ui/Card.svelte`). */
const BASES = ['', 'src/', 'src/lib/', 'src/components/', 'src/components/views/'];
/** Built by `npm run build:data`, `npm run build` or a benchmark, not kept in git. */
const BUILT = /^(?:public\/data\/|dist\/|data\/build-report\.json|\.bench\/)/;

/** Backticked spans that look like a path in this repository: a folder and a name, or a file with an extension. */
function listPaths(text: string): string[] {
  const spans = [...text.matchAll(/`([^`\s]+)`/g)].map((m) => m[1] as string);
  return spans.filter(
    (span) =>
      /^[\w.-]+(?:\/[\w.@-]+)+\/?$/.test(span) &&
      /\.(?:ts|svelte|md|csv|json|html|js|txt)$|\/$/.test(span) &&
      !span.startsWith('..') &&
      !/^https?:/.test(span),
  );
}

function exists(relative: string): boolean {
  return BASES.some((base) => existsSync(path.join(ROOT, base, relative)));
}

describe.each(DOCS)('%s', (doc) => {
  const paths = [...new Set(listPaths(readFileSync(path.join(ROOT, doc), 'utf8')))];

  it('names paths at all (the check reads something)', () => {
    expect(paths.length).toBeGreaterThan(doc === 'README.md' ? 2 : 0);
  });

  it.each(paths.filter((p) => !BUILT.test(p)))('names %s, which exists', (named) => {
    expect(exists(named), `${doc} names ${named}`).toBe(true);
  });
});
