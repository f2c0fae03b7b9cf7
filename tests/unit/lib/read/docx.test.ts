/** Word files: runs joined, heading styles and list numbers, tables, and files that must be refused. */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { formatListNumber } from '../../../../src/lib/read/docx.ts';
import { readDocument } from '../../../../src/lib/read/index.ts';
import { planDocx } from './fixtures.ts';

const lines = [
  '某市质量发展规划',
  '一、发展目标',
  '(一)产品质量',
  '到2020年,制造业产品质量合格率稳定在93%以上。',
  '二、主要任务',
  '(一)提升产品质量',
];

describe('a .docx', () => {
  it('joins runs into paragraphs and writes Word list numbers (一、) into the text', async () => {
    const doc = await readDocument(planDocx(lines), 'plan.docx');
    expect(doc.format).toBe('docx');
    expect(doc.text.split('\n')).toEqual(lines);
    expect(doc.properties.title).toBe('某市质量发展规划');
  });

  it('takes headings and their levels from the paragraph styles', async () => {
    const doc = await readDocument(planDocx(lines), 'plan.docx');
    expect(doc.blocks.map((b) => (b.kind === 'heading' ? `h${b.level}` : b.kind))).toEqual([
      'paragraph',
      'h1',
      'h2',
      'paragraph',
      'h1',
      'h2',
    ]);
  });

  it('never reads field codes or deleted revisions', async () => {
    const many = Array.from({ length: 12 }, (_, i) => `第${i}段,质量工作稳步推进。`);
    const doc = await readDocument(planDocx(many), 'plan.docx');
    expect(doc.text).not.toMatch(/PAGE|85%/);
  });

  it('writes a table as rows of cells', async () => {
    const table = [
      ['指标名称', '单位', '2020年目标'],
      ['制造业产品质量合格率', '%', '≥93'],
    ];
    const doc = await readDocument(planDocx(lines.slice(0, 2), [table]), 'plan.docx');
    expect(doc.text.split('\n').slice(2)).toEqual([
      '指标名称 | 单位 | 2020年目标',
      '制造业产品质量合格率 | % | ≥93',
    ]);
    expect(doc.blocks.slice(2).map((b) => b.kind)).toEqual(['row', 'row']);
  });

  it.each([
    [3, 'chineseCounting', '三'],
    [12, 'chineseCounting', '十二'],
    [20, 'chineseCountingThousand', '二十'],
    [2, 'ideographTraditional', '乙'],
    [3, 'decimalEnclosedCircle', '③'],
    [4, 'lowerRoman', 'iv'],
    [2, 'upperLetter', 'B'],
    [7, 'decimal', '7'],
    [1, 'bullet', ''],
  ])('numbers item %i in format %s as %s', (n, format, label) => {
    expect(formatListNumber(n, format)).toBe(label);
  });
});

describe('a .docx that cannot be read', () => {
  const zeros = new Uint8Array(5 * 1024 * 1024);

  it('refuses a zip bomb once it unpacks past the limit', async () => {
    const bomb = zipSync({ 'word/document.xml': zeros }, { level: 9 });
    expect(bomb.length).toBeLessThan(20_000);
    await expect(readDocument(bomb, 'bomb.docx', { maxUnzippedBytes: 1024 * 1024 })).rejects.toThrow(
      'bomb.docx: the Word file unpacks to more than 1 MB: refused as a possible zip bomb',
    );
  });

  it('refuses a bomb whose headers claim a small size', async () => {
    const bomb = zipSync({ 'word/document.xml': zeros }, { level: 9 });
    // Rewrite both uncompressed-size fields (local header and central directory) to 100 bytes.
    const view = new DataView(bomb.buffer);
    view.setUint32(22, 100, true);
    const central = bomb.findIndex((_, i) => view.getUint32(i, true) === 0x02014b50);
    view.setUint32(central + 24, 100, true);
    await expect(readDocument(bomb, 'liar.docx', { maxUnzippedBytes: 1024 * 1024 })).rejects.toThrow(
      /zip bomb/,
    );
  });

  it.each([
    [
      'a damaged zip',
      (() => {
        const good = planDocx(lines);
        return good.slice(0, good.length / 2);
      })(),
      /damaged|not a Word document/,
    ],
    [
      'a spreadsheet renamed .docx',
      zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }),
      /not a Word document/,
    ],
  ])('refuses %s with a clear message', async (_name, bytes, message) => {
    await expect(readDocument(bytes, 'plan.docx')).rejects.toThrow(message);
  });
});
