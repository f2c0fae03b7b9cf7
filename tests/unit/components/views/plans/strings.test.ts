/** Every reason the reader gives for a file it cannot read has its Chinese wording in the plans view. */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { translateReaderReason } from '../../../../../src/components/views/plans/strings.ts';
import { DocumentReadError, readDocument } from '../../../../../src/lib/read/index.ts';

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const locked = strToU8(
  `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n4 0 obj << /Filter /Standard /V 1 /R 2 /O <${'11'.repeat(32)}> /U <${'22'.repeat(32)}> /P -4 >> endobj\ntrailer << /Root 1 0 R /Size 5 /Encrypt 4 0 R /ID [<${'33'.repeat(16)}> <${'33'.repeat(16)}>] >>\n%%EOF`,
);
/** A page with no text: one empty page. */
const blankPdf = strToU8(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\ntrailer << /Root 1 0 R /Size 4 >>\n%%EOF',
);

const BAD_FILES: [string, Uint8Array, { maxBytes?: number; maxUnzippedBytes?: number }?][] = [
  ['empty.txt', new Uint8Array()],
  ['big.txt', strToU8('合格率达到95%。'.repeat(100)), { maxBytes: 100 }],
  ['photo.pdf', png],
  ['jpeg.docx', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0])],
  ['letter.rtf', strToU8('{\\rtf1 hello}')],
  ['random.pdf', new Uint8Array([1, 2, 3, 250, 0, 7])],
  ['binary.txt', new Uint8Array([0, 1, 2, 3, 0, 0, 0, 5, 6, 0])],
  ['menu.html', strToU8('<html><body><div class="nav"><a href="/">首页</a></div></body></html>')],
  ['blank.txt', strToU8('\n\n  \n')],
  ['old.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])],
  ['locked.pdf', locked],
  ['broken.pdf', strToU8('%PDF-1.4\nthis is not a pdf at all')],
  ['scan.pdf', blankPdf],
  [
    'bomb.docx',
    zipSync({ 'word/document.xml': new Uint8Array(2 * 1024 * 1024) }, { level: 9 }),
    { maxUnzippedBytes: 1024 * 1024 },
  ],
  ['broken.docx', zipSync({ 'word/document.xml': strToU8('<w:document/>') }).slice(0, 40)],
  ['archive.docx', zipSync({ 'notes.txt': strToU8('x') })],
];

describe('translateReaderReason', () => {
  it.each(BAD_FILES)('words the reader’s reason for %s in Chinese', async (name, bytes, options) => {
    const error = await readDocument(bytes, name, options ?? {}).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DocumentReadError);
    const reason = (error as DocumentReadError).reason;
    const zh = translateReaderReason('zh', reason);
    expect(zh, reason).not.toBe(reason);
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    expect(translateReaderReason('en', reason)).toBe(reason);
  });
});
