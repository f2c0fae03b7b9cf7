/** The document reader as Node scripts use it: pdf.js data from node_modules, old Word files through word-extractor. */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { readDocument, type ReadDocument, type ReadOptions } from '../../src/lib/read/index.ts';

const pdfjsRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** Read an old Word (.doc, or .wps saved as .doc) file's text; loaded only when such a file is read. */
async function readWordDoc(bytes: Uint8Array): Promise<string> {
  const { default: WordExtractor } = await import('word-extractor');
  const doc = await new WordExtractor().extract(Buffer.from(bytes));
  // Keep “ ” and other characters as written: the reader normalises what quotes need.
  return doc.getBody({ filterUnicode: false });
}

/** Options for readDocument in Node: folders of pdf.js's CMaps and standard fonts, and the .doc reader. */
export const nodeReadOptions: ReadOptions = {
  cMapUrl: join(pdfjsRoot, 'cmaps') + '/',
  standardFontDataUrl: join(pdfjsRoot, 'standard_fonts') + '/',
  readWordDoc,
};

/** readDocument with the Node options. */
export function readDocumentInNode(bytes: Uint8Array, fileName: string): Promise<ReadDocument> {
  return readDocument(bytes, fileName, nodeReadOptions);
}
