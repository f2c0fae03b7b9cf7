/** PDFs: lines rejoined into paragraphs, running headers and page numbers dropped, scans and damage refused. */
import { beforeAll, describe, expect, it } from 'vitest';
import { dropRunningLines, paragraphsOf, type PdfLine } from '../../../../src/lib/read/pdf.ts';
import { readDocument } from '../../../../src/lib/read/index.ts';
import { nodeReadOptions } from '../../../../scripts/lib/read-node.ts';
import { cidFontPdf, printablePlan, printPdfs } from './fixtures.ts';

/** A line of a page laid out like a Word print: 16pt text from x=90 to 510, first lines indented 32. */
const line = (page: number, y: number, text: string, x0 = 90, x1 = 510): PdfLine => ({
  page,
  text,
  cells: null,
  x0,
  x1,
  y,
  size: 16,
});

describe('running headers, footers and page numbers', () => {
  it.each(['— 3 —', '- 3 -', '第3页', '第 3 页 共 12 页', '3/12', '3', 'Page 3'])(
    'drop a page number %s',
    (number) => {
      const pages = [[line(1, 700, '一、总体要求', 122), line(1, 60, number, 280, 320)]];
      expect(dropRunningLines(pages)[0]!.map((l) => l.text)).toEqual(['一、总体要求']);
    },
  );

  it('drop a header that recurs at the top of most pages, and keep the body', () => {
    const pages = [1, 2, 3].map((p) => [
      line(p, 800, '某市人民政府办公室文件', 240, 350),
      line(p, 700, `第${p}页的正文,质量工作稳步推进。`),
      line(p, 60, `— ${p} —`, 280, 320),
    ]);
    expect(
      dropRunningLines(pages)
        .flat()
        .map((l) => l.text),
    ).toEqual([
      '第1页的正文,质量工作稳步推进。',
      '第2页的正文,质量工作稳步推进。',
      '第3页的正文,质量工作稳步推进。',
    ]);
  });
});

describe('paragraphs of a PDF', () => {
  it('rejoin lines broken at the page width, across a page break, and start anew at an indent', () => {
    const pages = [
      [
        line(1, 700, '(一)产品质量。到2015年,国家监督抽查合格率稳定在', 122),
        line(1, 675, '90%以上;主要农产品质量安全抽检合格率达到95%以上,食'),
      ],
      [
        line(2, 760, '品抽检合格率达到96%以上。', 90, 300),
        line(2, 735, '(二)工程质量。大中型工程一次验收合', 122),
      ],
    ];
    expect(paragraphsOf(pages)).toEqual([
      {
        kind: 'paragraph',
        text: '(一)产品质量。到2015年,国家监督抽查合格率稳定在90%以上;主要农产品质量安全抽检合格率达到95%以上,食品抽检合格率达到96%以上。',
      },
      { kind: 'paragraph', text: '(二)工程质量。大中型工程一次验收合' },
    ]);
  });

  it('start a paragraph after a line that ended short, and keep a space between Latin words', () => {
    const pages = [
      [line(1, 700, '杭州市人民政府办公厅', 90, 250), line(1, 675, 'ISO', 90, 120), line(1, 650, '9001')],
    ];
    expect(paragraphsOf(pages).map((b) => b.kind === 'paragraph' && b.text)).toEqual([
      '杭州市人民政府办公厅',
      'ISO',
      '9001',
    ]);
  });

  it('keep a line of cells standing far apart as a table row', () => {
    const row = { ...line(1, 650, '合格率 % 95'), cells: ['合格率', '%', '95'] };
    expect(paragraphsOf([[line(1, 700, '主要指标'), row]])[1]).toEqual({
      kind: 'row',
      cells: ['合格率', '%', '95'],
      table: 0,
    });
  });
});

describe('PDFs that cannot be read', () => {
  let scan: Uint8Array;
  beforeAll(async () => {
    const image = `<!doctype html><svg width="600" height="800"><rect x="40" y="40" width="500" height="700" fill="#ddd"/></svg>`;
    scan = (await printPdfs([{ name: 'scan', html: image, header: '' }])).get('scan')!;
  }, 120_000);

  it('refuse a PDF without a text layer, asking for OCR', async () => {
    await expect(readDocument(scan, 'scan.pdf', nodeReadOptions)).rejects.toThrow(
      /scan\.pdf: the PDF has no text layer \(1 page of images, a scan\?\): run OCR on it first/,
    );
  });

  const enc = (s: string) => new TextEncoder().encode(s);
  it.each([
    [
      'a PDF with a user password',
      enc(`%PDF-1.4
1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj
4 0 obj << /Filter /Standard /V 1 /R 2 /O <${'11'.repeat(32)}> /U <${'22'.repeat(32)}> /P -4 >> endobj
trailer << /Root 1 0 R /Size 5 /Encrypt 4 0 R /ID [<${'33'.repeat(16)}> <${'33'.repeat(16)}>] >>
%%EOF`),
      /password-protected/,
    ],
    ['a damaged PDF', enc(`%PDF-1.7\n${'\u0001garbage'.repeat(500)}`), /damaged or incomplete/],
    [
      'the first 2 kB of a PDF',
      async () =>
        (await printPdfs([{ name: 'plan', html: printablePlan(['质量工作稳步推进。']), header: '' }]))
          .get('plan')!
          .slice(0, 2000),
      /damaged or incomplete/,
    ],
  ])('refuse %s with a clear message', async (_name, bytes, message) => {
    const data = typeof bytes === 'function' ? await bytes() : bytes;
    await expect(readDocument(data, 'plan.pdf', nodeReadOptions)).rejects.toThrow(message);
  });
});

describe('a PDF whose Chinese font is not embedded', () => {
  const lines = ['一、主要目标', '到2020年,产品质量合格率达到95%以上。'];

  it('reads its text through the CMaps at the location given', async () => {
    const doc = await readDocument(cidFontPdf(lines), 'plan.pdf', nodeReadOptions);
    expect(doc.text.split('\n')).toEqual(lines);
  });

  it('cannot read it without the CMaps', async () => {
    await expect(readDocument(cidFontPdf(lines), 'plan.pdf', {})).rejects.toThrow(
      /CJK character maps \(cMapUrl\)/,
    );
  });
});
