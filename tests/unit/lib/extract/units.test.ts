import { describe, expect, it } from 'vitest';
import { parseBound, parseUnit } from '../../../../src/lib/extract/units.ts';

describe('parseUnit', () => {
  it.each([
    ['%以上', '%', '%'],
    ['‰”的要求', '‰', '‰'],
    ['个百分点', 'pp', '个百分点'],
    ['微克/立方米左右', 'μg/m³', '微克/立方米'],
    ['μg/m3', 'μg/m³', 'μg/m3'],
    ['分以上后', 'score', '分'],
    ['万元/人', 'CNY 10k/person', '万元/人'],
    ['万元', 'CNY 10k', '万元'],
    ['批次/千人', 'per_1k_people', '批次/千人'],
    ['件/万人', 'per_10k_people', '件/万人'],
    ['万亩以上', '10k mu', '万亩'],
    ['项以上', 'count', '项'],
    ['家', 'count', '家'],
    ['户以上企业', 'count', '户'],
    ['万件', 'count_10k', '万件'],
    ['天', 'days', '天'],
  ])('reads the unit of %s', (after, unit, unitZh) => {
    expect(parseUnit(after)).toMatchObject({ unit, unitZh, length: unitZh.length, excluded: false });
  });

  it.each(['年', '年底', '个月内', '月', '日', '号', '级以上', '星级', '大工程', '届', '次常务会'])(
    'marks %s as a date, ordinal, grade or name',
    (after) => expect(parseUnit(after).excluded).toBe(true),
  );

  it.each(['分别达到', '分类', '', '的企业', '天然气'])('finds no unit in %j', (after) => {
    expect(parseUnit(after)).toMatchObject({ unit: null, excluded: false, length: 0 });
  });
});

describe('parseBound', () => {
  it.each([
    ['以上', '>='],
    ['及以上', '>='],
    ['以下', '<='],
    ['以内', '<='],
    ['左右', '~'],
    ['的', null],
  ])('%s → %s', (after, comparator) => expect(parseBound(after).comparator).toBe(comparator));
});
