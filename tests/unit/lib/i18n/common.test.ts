import { describe, expect, it } from 'vitest';
import { formatTargetValue, type TargetValue } from '../../../../src/lib/i18n/common.ts';
import { createFormatters } from '../../../../src/lib/i18n/format.ts';
import type { Lang } from '../../../../src/lib/i18n/lang.ts';

const target = (t: Partial<TargetValue>): TargetValue => ({
  comparator: '=',
  value: null,
  valueMax: null,
  unit: null,
  unitZh: null,
  ...t,
});

describe('formatTargetValue', () => {
  it.each<[Lang, TargetValue, string]>([
    ['en', target({ comparator: '>=', value: 95, unit: '%' }), '≥ 95%'],
    ['zh', target({ comparator: '>=', value: 95, unit: '%' }), '≥ 95%'],
    ['zh', target({ comparator: '=', value: 45, unit: 'count', unitZh: '个' }), '45个'],
    ['en', target({ comparator: '=', value: 45, unit: 'count', unitZh: '个' }), '45'],
    // Shanwei 2017: 新增省著名商标5件 is five new ones, not five in all.
    ['zh', target({ comparator: '=', value: 5, unit: 'count', unitZh: '件', isNewCount: true }), '新增 5件'],
    ['en', target({ comparator: '=', value: 5, unit: 'count', unitZh: '件', isNewCount: true }), '5 new'],
    ['en', target({ comparator: 'range', value: 30, valueMax: 32, unit: 'μg/m³' }), '30–32 μg/m³'],
    ['en', target({ comparator: 'decrease_by', value: 5, unit: '%' }), 'decrease by 5%'],
    ['zh', target({ comparator: 'increase_by', value: 1.5, unit: '%' }), '提高 1.5%'],
    ['en', target({ comparator: '<=', value: 1200, unit: 'score' }), '≤ 1,200 points'],
    ['zh', target({ comparator: '=', value: 30, unit: 'μg/m³', unitZh: '微克/立方米' }), '30微克/立方米'],
    ['en', target({ comparator: '=', value: 30, unit: 'μg/m³', unitZh: '微克/立方米' }), '30 μg/m³'],
    [
      'en',
      target({ comparator: '>=', value: 2, unit: 'per_1m_people', unitZh: '件' }),
      '≥ 2 per million people',
    ],
    ['zh', target({ comparator: '>=', value: 12, unit: 'count', unitZh: null }), '≥ 12'],
    ['en', target({ comparator: '=', value: 3, unit: 'km' }), '3 km'],
    ['zh', target({ comparator: '~', value: 80, unit: 'score' }), '≈ 80分'],
    ['en', target({ comparator: 'qualitative' }), 'qualitative commitment'],
    ['zh', target({ comparator: 'qualitative' }), '定性承诺'],
  ])('in %s writes %j as %s', (lang, value, text) => {
    expect(formatTargetValue(lang, createFormatters(lang), value)).toBe(text);
  });
});
