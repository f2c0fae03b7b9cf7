/** The source reader's paragraphs and highlighted runs, over every published plan's text and quotes. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  calcReaderParagraphs,
  findHighlightStart,
  isHeadingLine,
  type Highlight,
  type ReaderParagraph,
} from '../../../../src/lib/reader/segments.ts';
import type { NodeEngine } from '../../../../scripts/lib/duckdb-node.ts';
import { openPublishedEngine, runSql } from '../../../published-data.ts';

interface Quote {
  targetId: string;
  docId: string;
  quote: string;
  start: number;
  end: number;
}

let engine: NodeEngine;
const texts = new Map<string, string>();
let quotes: Quote[];

beforeAll(async () => {
  engine = await openPublishedEngine();
  for (const row of await runSql(engine, 'SELECT doc_id, text FROM published.documents')) {
    texts.set(String(row.doc_id), String(row.text));
  }
  quotes = (
    await runSql(engine, 'SELECT target_id, doc_id, quote, quote_start, quote_end FROM published.targets')
  ).map((r) => ({
    targetId: String(r.target_id),
    docId: String(r.doc_id),
    quote: String(r.quote),
    start: Number(r.quote_start),
    end: Number(r.quote_end),
  }));
});

afterAll(() => engine.close());

function textOf(docId: string): string {
  const text = texts.get(docId);
  if (text === undefined) throw new Error(`no document ${docId}`);
  return text;
}

function highlightsOf(docId: string): Highlight[] {
  return quotes.filter((q) => q.docId === docId).map((q) => ({ id: q.targetId, start: q.start, end: q.end }));
}

/** Each highlight's text as the reader shows it: its runs, joined, paragraph by paragraph. */
function shownText(paragraphs: readonly ReaderParagraph[], id: string): string[] {
  return paragraphs
    .map((p) =>
      p.segments
        .filter((s) => s.ids.includes(id))
        .map((s) => s.text)
        .join(''),
    )
    .filter((text) => text !== '');
}

const DOC_IDS = ['hangzhou-2013', 'linxia-2013', 'shanwei-2017', 'shijiazhuang-2011', 'taiyuan-2014'];

describe('calcReaderParagraphs on every published plan', () => {
  it.each(DOC_IDS)('%s: the paragraphs give back every non-blank line of the text, in order', (docId) => {
    const text = textOf(docId);
    const paragraphs = calcReaderParagraphs(text, highlightsOf(docId));
    const lines = text.split('\n').filter((line) => line.trim() !== '');
    expect(paragraphs.map((p) => p.segments.map((s) => s.text).join(''))).toEqual(lines);
    for (const p of paragraphs)
      expect(text.slice(p.start, p.end)).toBe(p.segments.map((s) => s.text).join(''));
  });

  it.each(DOC_IDS)('%s: every target quote is shown highlighted exactly, word for word', (docId) => {
    const paragraphs = calcReaderParagraphs(textOf(docId), highlightsOf(docId));
    const plan = quotes.filter((q) => q.docId === docId);
    expect(plan.length).toBeGreaterThan(0);
    for (const target of plan) {
      expect(shownText(paragraphs, target.targetId).join('\n')).toBe(target.quote);
    }
  });
});

describe('calcReaderParagraphs with overlapping quotes', () => {
  // 国家监督抽查合格率稳定在90%以上 (Hangzhou, hangzhou-2013-002), offsets 1094–1111.
  const SPOT_CHECK = { start: 1094, end: 1111 };

  it.each([
    {
      name: 'two records sharing one quote (hangzhou-2013-004 and -005) make one run with both ids',
      docId: 'hangzhou-2013',
      highlights: [
        { id: 'hangzhou-2013-004', start: 1131, end: 1160 },
        { id: 'hangzhou-2013-005', start: 1131, end: 1160 },
      ],
      expected: [
        [
          '杭产农产品抽检合格率、重点食品监督抽查合格率达到95%以上',
          ['hangzhou-2013-004', 'hangzhou-2013-005'],
        ],
      ],
    },
    {
      name: 'a quote nested in another splits the outer one into three runs',
      docId: 'hangzhou-2013',
      highlights: [
        { id: 'outer', ...SPOT_CHECK },
        { id: 'inner', start: 1106, end: 1109 },
      ],
      expected: [
        ['国家监督抽查合格率稳定在', ['outer']],
        ['90%', ['outer', 'inner']],
        ['以上', ['outer']],
      ],
    },
    {
      name: 'two quotes that partly overlap make a shared run between them',
      docId: 'hangzhou-2013',
      highlights: [
        { id: 'first', start: 1094, end: 1103 },
        { id: 'second', start: 1100, end: 1111 },
      ],
      expected: [
        ['国家监督抽查', ['first']],
        ['合格率', ['first', 'second']],
        ['稳定在90%以上', ['second']],
      ],
    },
    {
      name: 'a quote that ends where the next begins keeps two runs',
      docId: 'taiyuan-2014',
      highlights: [
        { id: 'a', start: 1095, end: 1102 },
        { id: 'b', start: 1102, end: 1109 },
      ],
      expected: [
        ['PM2.5年均', ['a']],
        ['浓度值下降5%', ['b']],
      ],
    },
  ])('$name', ({ docId, highlights, expected }) => {
    const paragraphs = calcReaderParagraphs(textOf(docId), highlights);
    const marked = paragraphs.flatMap((p) => p.segments.filter((s) => s.ids.length > 0));
    expect(marked.map((s) => [s.text, s.ids])).toEqual(expected);
  });
});

describe('calcReaderParagraphs at paragraph breaks and bad ranges', () => {
  it('splits a quote running over a line break into one run per paragraph', () => {
    const text = textOf('hangzhou-2013');
    // From the last words of 三、主要目标's lead paragraph into the 产品质量 line below it.
    const lineEnd = text.indexOf('\n', 1000);
    const paragraphs = calcReaderParagraphs(text, [{ id: 'across', start: lineEnd - 4, end: lineEnd + 8 }]);
    expect(shownText(paragraphs, 'across')).toEqual([
      text.slice(lineEnd - 4, lineEnd),
      text.slice(lineEnd + 1, lineEnd + 8),
    ]);
    expect(shownText(paragraphs, 'across')[1]).toBe('(一)产品质量');
  });

  it.each([
    ['empty', { id: 'x', start: 10, end: 10 }],
    ['reversed', { id: 'x', start: 20, end: 10 }],
    ['past the end', { id: 'x', start: 1_000_000, end: 1_000_010 }],
  ])('ignores a range that is %s', (_name, highlight) => {
    const paragraphs = calcReaderParagraphs(textOf('shanwei-2017'), [highlight]);
    expect(paragraphs.every((p) => p.segments.every((s) => s.ids.length === 0))).toBe(true);
  });

  it('drops blank lines and keeps a text without line breaks as one paragraph', () => {
    expect(calcReaderParagraphs('一\n\n  \n二', []).map((p) => [p.start, p.end])).toEqual([
      [0, 1],
      [6, 7],
    ]);
    expect(calcReaderParagraphs('质量强市', [{ id: 'q', start: 2, end: 4 }])).toEqual([
      {
        start: 0,
        end: 4,
        isHeading: false,
        segments: [
          { start: 0, end: 2, text: '质量', ids: [] },
          { start: 2, end: 4, text: '强市', ids: ['q'] },
        ],
      },
    ]);
  });
});

describe('findHighlightStart', () => {
  it('finds where the Hangzhou spot-check target begins, and nothing for an unknown id', () => {
    const text = textOf('hangzhou-2013');
    const paragraphs = calcReaderParagraphs(text, highlightsOf('hangzhou-2013'));
    const at = findHighlightStart(paragraphs, 'hangzhou-2013-002');
    expect(at).not.toBeNull();
    const segment = paragraphs[at?.paragraph ?? -1]?.segments[at?.segment ?? -1];
    expect(segment?.text).toBe('国家监督抽查合格率稳定在90%以上');
    expect(findHighlightStart(paragraphs, 'hangzhou-2013-999')).toBeNull();
  });
});

describe('isHeadingLine', () => {
  it.each([
    ['三、主要目标', true],
    ['(一)产品质量。', true],
    ['四、加强质量品牌建设', true],
    ['(十二)提升计量建设水平。引导企业建立健全计量保证体系、计量管理体系', false],
    ['(一)产品质量。国家监督抽查合格率稳定在90%以上;', false],
    ['确立质量强市战略,建设先进质量文化,形成城市质量精神;', false],
    ['', false],
  ])('%s → %s', (line, expected) => {
    expect(isHeadingLine(line)).toBe(expected);
  });

  it('marks Hangzhou’s 三、主要目标 as a heading in the reader, and its paragraphs not', () => {
    const paragraphs = calcReaderParagraphs(textOf('hangzhou-2013'), []);
    const lines = (heading: boolean) =>
      paragraphs.filter((p) => p.isHeading === heading).map((p) => p.segments.map((s) => s.text).join(''));
    expect(lines(true)).toContain('三、主要目标');
    expect(lines(false).some((l) => l.startsWith('(一)产品质量。国家监督抽查'))).toBe(true);
  });
});
