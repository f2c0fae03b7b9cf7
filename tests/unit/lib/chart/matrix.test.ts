import { describe, expect, it } from 'vitest';
import { calcMatrixRows } from '../../../../src/lib/chart/matrix.ts';

describe('calcMatrixRows', () => {
  const counts = [
    {
      cityId: 'hangzhou',
      domain: 'product' as const,
      quantitativeCount: 6,
      qualitativeCount: 2,
      firstTargetYear: 2015,
      lastTargetYear: 2015,
    },
    {
      cityId: 'linxia',
      domain: 'service' as const,
      quantitativeCount: 4,
      qualitativeCount: 0,
      firstTargetYear: 2015,
      lastTargetYear: 2020,
    },
  ];

  it('fills every city × domain cell, zeros where there are no records', () => {
    const rows = calcMatrixRows(['hangzhou', 'linxia'], ['product', 'service'], counts);
    expect(rows.map((r) => r.cells.map((c) => [c.quantitativeCount, c.qualitativeCount]))).toEqual([
      [
        [6, 2],
        [0, 0],
      ],
      [
        [0, 0],
        [4, 0],
      ],
    ]);
  });

  it('sizes bars against the largest cell total', () => {
    const [hangzhou, linxia] = calcMatrixRows(['hangzhou', 'linxia'], ['product', 'service'], counts);
    expect(hangzhou?.cells[0]).toMatchObject({ quantitativeShare: 0.75, qualitativeShare: 0.25 });
    expect(linxia?.cells[1]).toMatchObject({ quantitativeShare: 0.5, qualitativeShare: 0 });
  });
});
