import { describe, expect, it } from 'vitest';
import {
  findInlinePoints,
  findYearPhrases,
  parseHeading,
  parseParagraphs,
  splitClauses,
} from '../../../../src/lib/extract/structure.ts';

describe('parseHeading', () => {
  it.each([
    ['三、主要目标任务', 'cn', '三、主要目标任务'],
    ['(一)制造业产品质量。重点产业主要产品采用国际标准', 'cn-paren', '(一)制造业产品质量'],
    ['1.产品质量:产品质量保障体系更加完善', 'num', '1.产品质量'],
    ['(三)申请验收阶段(2015年8月)。', 'cn-paren', '(三)申请验收阶段(2015年8月)'],
    [
      '(二十一)构建以落实首负责任为核心的责任追溯体系。深入贯彻',
      'cn-paren',
      '(二十一)构建以落实首负责任为核心的责任追溯体系',
    ],
  ])('reads the heading of %s', (line, kind, title) => {
    const h = parseHeading(line)!;
    expect(h.kind).toBe(kind);
    expect(line.slice(0, h.titleEnd!)).toBe(title);
  });

  it('treats a numbered item that ends with ; as a list item, not a heading', () => {
    const h = parseHeading('32.大中型工程竣工验收一次验收合格率达到100%;')!;
    expect(h.kind).toBe('num');
    expect(h.titleEnd).toBeNull();
    expect(h.markerEnd).toBe(3);
  });

  it('does not read dates or plain sentences as headings', () => {
    expect(parseHeading('2014年8月15日')).toBeNull();
    expect(parseHeading('二○一一年二月二十六日')).toBeNull();
  });
});

describe('parseParagraphs', () => {
  it('nests heading kinds in the order they appear', () => {
    const text = [
      '一、发展目标',
      '(三)发展目标。到2020年,全州质量发展。',
      '1.产品质量:指标',
      '二、重点工作',
      '(一)加强。内容',
    ].join('\n');
    const paths = parseParagraphs(text).map((p) => p.headings.map((h) => h.title).join(' › '));
    expect(paths).toEqual([
      '一、发展目标',
      '一、发展目标 › (三)发展目标',
      '一、发展目标 › (三)发展目标 › 1.产品质量',
      '二、重点工作',
      '二、重点工作 › (一)加强',
    ]);
  });
});

describe('splitClauses', () => {
  it('splits at , ; : but not inside brackets or quotes', () => {
    const s = '到2017年,全市研发投入占GDP(国内生产总值,现价)比重达到1.0%以上;“每年对落实,提供”的要求';
    const clauses = splitClauses(s, { start: 0, end: s.length }).map((c) => s.slice(c.start, c.end));
    expect(clauses).toEqual([
      '到2017年',
      '全市研发投入占GDP(国内生产总值,现价)比重达到1.0%以上',
      '“每年对落实,提供”的要求',
    ]);
  });

  it('keeps 1,200 together', () => {
    const s = '新增1,200家,达到5%';
    expect(splitClauses(s, { start: 0, end: s.length }).map((c) => s.slice(c.start, c.end))).toEqual([
      '新增1,200家',
      '达到5%',
    ]);
  });
});

describe('findYearPhrases', () => {
  const years = (s: string) => findYearPhrases(s, { start: 0, end: s.length }).map((y) => y.year);
  it.each([
    ['到2015年,我市先进制造业', [2015]],
    ['到2014年底,环境空气质量方面', [2014]],
    ['到2014年末引导有实力企业', [2014]],
    ['2015年8月前获得“全国质量强市示范城市”称号', [2015]],
    ['力争到2020年,我州清真食品', [2020]],
    ['到“十三五”末,全市', [2020]],
    ['2020年,全市主要农产品质量安全抽检合格率', [2020]],
    ['为深入贯彻落实《质量发展纲要(2011-2020年)》', []],
    ['2016年全市质量大会精神', []],
    ['精心组织2014年全国“质量月”活动', []],
  ])('%s → %j', (s, expected) => expect(years(s)).toEqual(expected));
});

describe('findInlinePoints', () => {
  it('finds 一是/二是 points with short titles', () => {
    const s = '(二)全面增强。一是夯实企业质量基础。督促企业。二是规范企业生产经营行为。纳入';
    expect(findInlinePoints(s, { start: 0, end: s.length }).map((p) => p.title)).toEqual([
      '一是夯实企业质量基础',
      '二是规范企业生产经营行为',
    ]);
  });
});
