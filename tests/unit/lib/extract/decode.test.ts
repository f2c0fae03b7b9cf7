import { describe, expect, it } from 'vitest';
import { decodeDocument, DocumentInputError } from '../../../../src/lib/extract/decode.ts';

const text = '国家监督抽查合格率稳定在90%以上';

describe('decodeDocument', () => {
  it('reads UTF-8, with or without a byte-order mark', () => {
    const bytes = new TextEncoder().encode(text);
    expect(decodeDocument(bytes)).toEqual({ text, encoding: 'utf-8' });
    expect(decodeDocument(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes])).text).toBe(text);
  });

  it('reads GB18030/GBK when the bytes are not UTF-8', () => {
    // 中文 in GBK
    expect(decodeDocument(new Uint8Array([0xd6, 0xd0, 0xce, 0xc4]))).toEqual({
      text: '中文',
      encoding: 'gb18030',
    });
  });

  it('reads UTF-16 with a byte-order mark', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x2d, 0x4e, 0x87, 0x65]);
    expect(decodeDocument(bytes).text).toBe('中文');
  });

  it.each([
    ['an empty file', new Uint8Array(), /empty/],
    ['a binary file', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08]), /binary/],
    [
      'bytes that are neither UTF-8 nor GB18030',
      new Uint8Array([0x41, 0x80, 0x42, 0xff, 0x43]),
      /neither UTF-8, GB18030\/GBK nor Big5/,
    ],
  ])('rejects %s with a clear message', (_name, bytes, message) => {
    expect(() => decodeDocument(bytes)).toThrow(DocumentInputError);
    expect(() => decodeDocument(bytes)).toThrow(message);
  });
});

describe('Big5', () => {
  // 產品質量合格率達到95%以上 in Big5
  const big5 = new Uint8Array([
    0xb2, 0xa3, 0xab, 0x7e, 0xbd, 0xe8, 0xb6, 0x71, 0xa6, 0x58, 0xae, 0xe6, 0xb2, 0x76, 0xb9, 0x46, 0xa8,
    0xec, 0x39, 0x35, 0x25, 0xa5, 0x48, 0xa4, 0x57,
  ]);

  it('reads traditional text in Big5 as Big5, not GB18030, and says so', () => {
    expect(decodeDocument(big5)).toEqual({ text: '產品質量合格率達到95%以上', encoding: 'big5' });
  });

  it('refuses bytes that decode only to characters no plan uses', () => {
    const noise = new Uint8Array(400).map((_, i) => 0xa1 + ((i * 37) % 90));
    expect(() => decodeDocument(noise)).toThrow(/does not decode cleanly/);
  });
});
