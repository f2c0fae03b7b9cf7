import { describe, expect, it } from 'vitest';
import { calcTooltipPosition } from '../../../../src/lib/chart/tooltip.ts';

describe('calcTooltipPosition', () => {
  const container = { width: 500, height: 300 };
  const size = { width: 200, height: 80 };

  it.each([
    [{ x: 250, y: 150 }, {}, { left: 150, top: 58 }],
    [{ x: 20, y: 150 }, {}, { left: 0, top: 58 }],
    [{ x: 490, y: 150 }, {}, { left: 300, top: 58 }],
    [{ x: 250, y: 40 }, { spaceAbove: 10 }, { left: 150, top: 52 }],
    [{ x: 250, y: 40 }, { spaceAbove: 400 }, { left: 150, top: -52 }],
  ])('puts a tooltip for %j (%j) at %j', (anchor, options, position) => {
    expect(calcTooltipPosition(anchor, size, container, options)).toEqual(position);
  });
});
