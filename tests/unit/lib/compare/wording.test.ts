import { describe, expect, it } from 'vitest';
import {
  calcBoundWord,
  calcQuoteParts,
  calcWordingFlags,
  isBroaderWording,
  type WordedRecord,
} from '../../../../src/lib/compare/wording.ts';

describe('calcQuoteParts', () => {
  it.each([
    ['国家监督抽查合格率稳定在90%以上', 90, null, ['国家监督抽查合格率稳定在', '90', '%以上']],
    [
      '全市研发投入占GDP(国内生产总值)比重达到1.0%以上',
      1,
      null,
      ['全市研发投入占GDP(国内生产总值)比重达到', '1.0', '%以上'],
    ],
    ['中国驰名商标达到30-32项', 30, 32, ['中国驰名商标达到', '30', '-', '32', '项']],
    ['实现建设工程重大结构质量安全零事故', 0, null, ['实现建设工程重大结构质量安全', '零', '事故']],
    ['每年名牌数增长率为10%', 10, null, ['每年名牌数增长率为', '10', '%']],
    ['PM2.5年均浓度控制在30微克/立方米左右', 30, null, ['PM2.5年均浓度控制在', '30', '微克/立方米左右']],
  ])('highlights the number in %s', (quote, value, valueMax, texts) => {
    const parts = calcQuoteParts(quote, value, valueMax);
    expect(parts.map((p) => p.text)).toEqual(texts);
    expect(parts.filter((p) => p.isNumber).map((p) => p.text)).toEqual(texts.filter((_t, i) => i % 2 === 1));
    expect(parts.map((p) => p.text).join('')).toBe(quote);
  });

  it('leaves a quote without its number whole', () => {
    expect(calcQuoteParts('消费者对服务质量满意度明显提高', null, null)).toEqual([
      { text: '消费者对服务质量满意度明显提高', isNumber: false },
    ]);
  });
});

describe('calcBoundWord', () => {
  it.each([
    ['>=', '国家监督抽查合格率稳定在90%以上', '以上'],
    ['~', 'PM2.5年均浓度控制在30微克/立方米左右', '左右'],
    ['=', '大中型工程一次验收合格率达到100%', '达到'],
    ['>=', '主要农产品质量安全抽查合格率不低于95%', '不低于'],
    ['=', '省、市名牌共900个', null],
  ] as const)('finds the %s word in %s', (comparator, quote, word) => {
    expect(calcBoundWord(comparator, quote)).toBe(word);
  });
});

describe('calcWordingFlags', () => {
  const base: WordedRecord = {
    indicatorZh: '产品质量监督抽查合格率',
    comparator: '>=',
    value: 95,
    unit: '%',
    isNewCount: false,
    yearBasis: 'explicit',
    quote: '产品质量监督抽查合格率达到95%以上',
  };
  const indicator = { nameZh: '产品质量监督抽查合格率', unit: '%' };

  it('flags nothing when records say the same thing the same way', () => {
    expect(calcWordingFlags([base, { ...base, value: 90 }], indicator)).toEqual([[], []]);
  });

  it('flags another wording, another unit, an addition and a change', () => {
    const flags = calcWordingFlags(
      [
        { ...base, indicatorZh: '国家监督抽查合格率' },
        { ...base, comparator: 'increase_by', unit: 'count', quote: '增长10个' },
        { ...base, isNewCount: true, yearBasis: 'document' },
      ],
      indicator,
    );
    expect(flags[0]).toEqual([{ kind: 'wording', canonical: '产品质量监督抽查合格率' }]);
    expect(flags[1]).toEqual([{ kind: 'unit', unit: 'count', expected: '%' }, { kind: 'change' }]);
    expect(flags[2]).toEqual([{ kind: 'addition' }, { kind: 'year', basis: 'document' }]);
  });

  it('flags 以上 against 左右 and 达到 explicitly, on each side', () => {
    const flags = calcWordingFlags(
      [
        base,
        { ...base, comparator: '~', quote: '产品质量监督抽查合格率95%左右' },
        { ...base, comparator: '=', quote: '产品质量监督抽查合格率达到95%' },
      ],
      indicator,
    );
    expect(flags[0]).toEqual([{ kind: 'bound', word: '以上', others: ['左右', '达到'] }]);
    expect(flags[1]).toEqual([{ kind: 'bound', word: '左右', others: ['以上', '达到'] }]);
  });

  it('calls a record without a number qualitative', () => {
    expect(
      calcWordingFlags([{ ...base, comparator: 'qualitative', value: null, unit: null }], indicator)[0],
    ).toEqual([{ kind: 'qualitative' }]);
  });
});

describe('isBroaderWording', () => {
  it.each([
    // Wordings of the published plans beside their canonical names.
    ['省级以上名牌产品或区域品牌产品', '省级以上名牌产品', true],
    ['省、市名牌', '省级以上名牌产品', true],
    ['大中型工程和保障房工程一次验收合格率', '大中型工程一次验收合格率', true],
    ['重点产业主要产品采用国际标准或国外先进标准组织生产', '采用国际标准率', true],
    ['基地蔬菜、畜禽、水产品和果品总体合格率', '主要农产品质量安全抽检合格率', true],
    ['国家监督抽查合格率', '产品质量监督抽查合格率', false],
    ['农业标准化生产普及率', '农业标准化生产普及率', false],
    ['制定(修订)国家、行业标准', '主导或参与制修订标准数', false],
  ])('%s beside %s: %s', (wording, canonical, broader) => {
    expect(isBroaderWording(wording, canonical)).toBe(broader);
  });
});
