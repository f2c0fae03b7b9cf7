/**
 * Reads the first sheet of an .xlsx file as cells, in any JavaScript context (a worker of this origin in the
 * browser). read-excel-file inflates large archive entries in `blob:` workers of its own (fflate's async
 * unzip, for any entry over 512 KB), which the site's `worker-src 'self'` refuses: a spreadsheet of about
 * 1,000 rows or more then never loaded. So the archive is unpacked here first (streaming, with a size cap
 * against zip bombs) and packed again without compression, which the library reads without a worker.
 */

import { zipSync } from 'fflate';
import { readSheet } from 'read-excel-file/universal';
import { unzipCapped } from '../read/unzip.ts';

/** An .xlsx never needs more than this unpacked (the same cap as Word files). */
export const MAX_XLSX_BYTES = 256 * 1024 * 1024;

/** Why a spreadsheet could not be read. */
export class XlsxError extends Error {
  override name = 'XlsxError';
}

/**
 * storeXlsxEntries(bytes) unpacks the XML parts of an .xlsx archive (streaming, stopping at `maxBytes` in
 * all) and packs them again stored, without compression.
 */
export function storeXlsxEntries(bytes: Uint8Array, maxBytes = MAX_XLSX_BYTES): Uint8Array {
  const { entries } = unzipCapped(bytes, {
    keep: (name) => /\.(xml|rels)$/.test(name),
    maxBytes,
    file: 'the spreadsheet',
    unreadable: (message) => `the file is not a readable .xlsx spreadsheet (${message})`,
    error: (message) => new XlsxError(message),
  });
  if (entries.size === 0) throw new XlsxError('the file is not an .xlsx spreadsheet');
  return zipSync(Object.fromEntries(entries), { level: 0 });
}

/** readXlsxSheet(bytes) is the first sheet of an .xlsx file as rows of cells (the first row its header). */
export async function readXlsxSheet(bytes: Uint8Array): Promise<unknown[][]> {
  const stored = storeXlsxEntries(bytes);
  return (await readSheet(stored.buffer as ArrayBuffer)) as unknown[][];
}
