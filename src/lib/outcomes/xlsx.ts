/**
 * Reads the first sheet of an .xlsx file as cells, in any JavaScript context (a worker of this origin in the
 * browser). read-excel-file inflates large archive entries in `blob:` workers of its own (fflate's async
 * unzip, for any entry over 512 KB), which the site's `worker-src 'self'` refuses: a spreadsheet of about
 * 1,000 rows or more then never loaded. So the archive is unpacked here first (streaming, with a size cap
 * against zip bombs) and packed again without compression, which the library reads without a worker.
 */

import { Unzip, UnzipInflate, zipSync, type UnzipFile } from 'fflate';
import { readSheet } from 'read-excel-file/universal';

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
  const entries: Record<string, Uint8Array[]> = {};
  let total = 0;
  let failure: XlsxError | null = null;
  const unzip = new Unzip((file: UnzipFile) => {
    if (failure || !/\.(xml|rels)$/.test(file.name)) return;
    const chunks: Uint8Array[] = [];
    entries[file.name] = chunks;
    file.ondata = (error, chunk) => {
      if (failure) return;
      if (error) {
        failure = new XlsxError(`the spreadsheet is damaged (${error.message})`);
        return;
      }
      total += chunk.length;
      if (total > maxBytes) {
        failure = new XlsxError(
          `the spreadsheet unpacks to more than ${Math.round(maxBytes / 1e6)} MB: refused as a possible zip bomb`,
        );
        file.terminate();
        return;
      }
      chunks.push(chunk);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    const step = 1 << 16;
    for (let at = 0; at < bytes.length && !failure; at += step)
      unzip.push(bytes.subarray(at, at + step), at + step >= bytes.length);
  } catch (error) {
    failure ??= new XlsxError(`the file is not a readable .xlsx spreadsheet (${(error as Error).message})`);
  }
  if (failure) throw failure;
  if (Object.keys(entries).length === 0) throw new XlsxError('the file is not an .xlsx spreadsheet');
  const stored: Record<string, Uint8Array> = {};
  for (const [name, chunks] of Object.entries(entries)) {
    const joined = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const chunk of chunks) {
      joined.set(chunk, at);
      at += chunk.length;
    }
    stored[name] = joined;
  }
  return zipSync(stored, { level: 0 });
}

/** readXlsxSheet(bytes) is the first sheet of an .xlsx file as rows of cells (the first row its header). */
export async function readXlsxSheet(bytes: Uint8Array): Promise<unknown[][]> {
  const stored = storeXlsxEntries(bytes);
  return (await readSheet(stored.buffer as ArrayBuffer)) as unknown[][];
}
