import { scaleUtc } from 'd3';
import { describe, expect, it } from 'vitest';
import { calcYearTicks } from '../../../../src/lib/chart/axis.ts';

describe('calcYearTicks', () => {
  const scale = (width: number) =>
    scaleUtc([new Date(Date.UTC(2011, 0, 1)), new Date(Date.UTC(2021, 0, 1))], [0, width]);

  it('puts one tick on 1 January of every year in the domain', () => {
    expect(calcYearTicks(scale(1000), 14).map((t) => Math.round(t.offset))).toEqual([
      0, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1000,
    ]);
  });

  it.each([
    [1000, ['2011', '2012', '2013', '2014', '2015', '2016', '2017', '2018', '2019', '2020', '2021']],
    [400, ['2012', '2014', '2016', '2018', '2020']],
    [150, ['2015', '2020']],
  ])('labels only as many years as fit in %ipx', (width, labels) => {
    expect(
      calcYearTicks(scale(width), 14)
        .map((t) => t.label)
        .filter(Boolean),
    ).toEqual(labels);
  });
});
