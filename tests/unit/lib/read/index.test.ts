/** readDocument: the format from the bytes, and a clear message naming the file for what is not a plan. */
import { describe, expect, it } from 'vitest';
import { readDocument, sniffFormat } from '../../../../src/lib/read/index.ts';
import { planDocx } from './fixtures.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);
const OLE = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);

describe('sniffFormat', () => {
  it.each([
    ['plan.txt', utf8('到2020年,合格率达到95%以上。'), 'txt'],
    ['plan.txt', utf8('<!DOCTYPE html><html><body><p>合格率达到95%</p></body></html>'), 'html'],
    ['plan.asp', utf8('\n<html><head><meta charset="gbk"></head></html>'), 'html'],
    ['plan.htm', utf8('合格率达到95%'), 'html'],
    ['attachment.bin', utf8('%PDF-1.4\n...'), 'pdf'],
    ['plan.docx', planDocx(['合格率达到95%']), 'docx'],
    ['plan.wps', OLE, 'doc'],
  ])('reads %s (%#) as %s', (name, bytes, format) => {
    expect(sniffFormat(bytes, name)).toBe(format);
  });
});

describe('readDocument refuses what is not a plan, naming the file', () => {
  it.each([
    ['empty.txt', new Uint8Array(), 'empty.txt: the file is empty'],
    [
      'scan.pdf',
      PNG,
      'scan.pdf: the file is a PNG image named .pdf, not a document with text: run OCR on it first',
    ],
    ['photo.jpg', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16]), 'photo.jpg: the file is a JPEG image'],
    [
      'random.pdf',
      new Uint8Array([1, 2, 3, 250, 0, 7]),
      'random.pdf: the file is named .pdf but is not a PDF file',
    ],
    ['random.bin', new Uint8Array([1, 2, 3, 250, 0, 7]), 'random.bin: the file is binary, not text'],
    ['plan.rtf', utf8('{\\rtf1\\ansi 合格率}'), 'plan.rtf: the file is RTF: save it as .docx or PDF'],
    ['old.doc', OLE, 'old.doc: old Word files (.doc, .wps) are read only by the build'],
    [
      'huge.txt',
      new Uint8Array(2048).fill(0x41),
      'huge.txt: the file is 0 MB, more than the 0 MB a plan is allowed',
    ],
  ])('%s', async (name, bytes, message) => {
    await expect(
      readDocument(bytes, name, { maxBytes: name === 'huge.txt' ? 1024 : undefined }),
    ).rejects.toThrow(message);
  });

  it('says which encoding a text file was read in', async () => {
    const doc = await readDocument(new Uint8Array([0xba, 0xcf, 0xb8, 0xf1, 0xc2, 0xca]), 'plan.txt');
    expect([doc.format, doc.encoding, doc.text]).toEqual(['txt', 'gb18030', '合格率']);
  });
});
