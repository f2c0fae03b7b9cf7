import { describe, expect, it } from 'vitest';
import { findNumbers, parseChineseNumeral } from '../../../../src/lib/extract/numerals.ts';

describe('parseChineseNumeral', () => {
  it.each([
    ['两', 2],
    ['三', 3],
    ['十', 10],
    ['十五', 15],
    ['三十二', 32],
    ['一百四十', 140],
    ['一百零五', 105],
    ['三百五十', 350],
    ['一千二百', 1200],
    ['一万二千', 12000],
    ['二〇二〇', 2020],
    ['二○一一', 2011],
    ['三点五', 3.5],
    ['九十五', 95],
  ])('reads %s as %d', (s, n) => expect(parseChineseNumeral(s)).toBe(n));

  it.each(['', '点', '三点', '甲'])('rejects %j', (s) => expect(parseChineseNumeral(s)).toBeNull());
});

describe('findNumbers', () => {
  const values = (text: string) =>
    findNumbers(text).map((t) => [text.slice(t.start, t.end), t.value, t.form]);

  it.each([
    ['合格率达到96.8%以上', [['96.8', 96.8, 'arabic']]],
    ['达到百分之九十五', [['百分之九十五', 95, 'percent-words']]],
    ['百分之90', [['百分之90', 90, 'percent-words']]],
    ['培育三十二家企业', [['三十二', 32, 'chinese']]],
    ['建成1,200家', [['1,200', 1200, 'arabic']]],
    [
      '30-32项',
      [
        ['30', 30, 'arabic'],
        ['32', 32, 'arabic'],
      ],
    ],
  ])('finds the numbers of %s', (text, expected) => expect(values(text)).toEqual(expected));

  it('does not treat bare multipliers as numbers (百项, 每万人)', () => {
    expect(values('实施百项能效标准推进工程')).toEqual([]);
    expect(values('每万人发明专利拥有量')).toEqual([]);
  });
});
