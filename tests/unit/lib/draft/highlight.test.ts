import { describe, expect, it } from 'vitest';
import { calcQuoteParts } from '../../../../src/lib/draft/highlight.ts';

function marked(quote: string, values: (number | null)[]): string {
  return calcQuoteParts(quote, values)
    .map((part) => (part.isNumber ? `[${part.text}]` : part.text))
    .join('');
}

describe('calcQuoteParts', () => {
  it.each<[string, (number | null)[], string]>([
    ['国家监督抽查合格率稳定在90%以上', [90], '国家监督抽查合格率稳定在[90]%以上'],
    ['制定(修订)国家、行业标准300项', [300], '制定(修订)国家、行业标准[300]项'],
    ['中国驰名商标达到30—32件', [30, 32], '中国驰名商标达到[30]—[32]件'],
    [
      '无公害、绿色、有机食品认证产品分别达到45个、18个、3个',
      [18],
      '无公害、绿色、有机食品认证产品分别达到45个、[18]个、3个',
    ],
    ['合格率达到百分之九十五', [95], '合格率达到[百分之九十五]'],
    ['产品质量安全指标全面达到国家强制性标准要求', [null], '产品质量安全指标全面达到国家强制性标准要求'],
  ])('marks the number in %s', (quote, values, expected) => {
    expect(marked(quote, values)).toBe(expected);
  });

  it('keeps the quote whole: the parts join back to it', () => {
    const quote = '到2015年,产品质量国家监督抽查合格率稳定在90%以上';
    expect(
      calcQuoteParts(quote, [90])
        .map((p) => p.text)
        .join(''),
    ).toBe(quote);
  });
});
