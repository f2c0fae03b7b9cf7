/** Unpacks chosen entries of a zip archive (.docx, .xlsx) with a cap on the bytes inflated, against zip bombs. */
import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';

/** How one reader names its file and reports a failure. */
export interface CappedUnzipOptions {
  /** Whether an entry (by its path in the archive) is kept. */
  keep: (name: string) => boolean;
  /** The most bytes inflated in all before the archive is refused. */
  maxBytes: number;
  /** The file as a sentence names it: "the Word file", "the spreadsheet". */
  file: string;
  /** The message when the archive itself cannot be read (fflate's message given). */
  unreadable: (message: string) => string;
  /** The reader's own error for a message. */
  error: (message: string) => Error;
}

/** The kept entries, unpacked, and how many entries the archive named in all. */
export interface CappedUnzip {
  entries: Map<string, Uint8Array>;
  names: number;
}

/**
 * unzipCapped(bytes, options) unpacks the kept entries, counting bytes as they are inflated so that a zip
 * bomb (or a header that lies about its sizes) stops at `maxBytes` instead of filling memory.
 */
export function unzipCapped(bytes: Uint8Array, options: CappedUnzipOptions): CappedUnzip {
  const { keep, maxBytes, file: what, unreadable, error: fail } = options;
  const chunks = new Map<string, Uint8Array[]>();
  let total = 0;
  let failure: Error | null = null;
  let names = 0;
  const unzip = new Unzip((file: UnzipFile) => {
    names++;
    if (failure || !keep(file.name)) return;
    const list: Uint8Array[] = [];
    chunks.set(file.name, list);
    file.ondata = (err, chunk) => {
      if (failure) return;
      if (err) {
        failure = fail(`${what} is damaged (${err.message})`);
        return;
      }
      total += chunk.length;
      if (total > maxBytes) {
        failure = fail(
          `${what} unpacks to more than ${Math.round(maxBytes / 1e6)} MB: refused as a possible zip bomb`,
        );
        file.terminate();
        return;
      }
      list.push(chunk);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    // Feed in slices so a bomb is caught between them rather than after one huge inflate.
    const step = 1 << 16;
    for (let at = 0; at < bytes.length && !failure; at += step)
      unzip.push(bytes.subarray(at, at + step), at + step >= bytes.length);
  } catch (e) {
    failure ??= fail(unreadable((e as Error).message));
  }
  if (failure) throw failure;
  const entries = new Map<string, Uint8Array>();
  for (const [name, list] of chunks) {
    const joined = new Uint8Array(list.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of list) {
      joined.set(c, at);
      at += c.length;
    }
    entries.set(name, joined);
  }
  return { entries, names };
}
