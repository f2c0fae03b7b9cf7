/** Dodging for dot rows: marks that would overlap on one line are stacked, so every mark stays visible. */

/**
 * calcDodgeLevels(xs, gap) gives each position a stack level (0 = on the line): a mark goes on the lowest
 * level whose previous mark is at least `gap` pixels to its left. Positions may be in any order; levels
 * come back in the same order.
 */
export function calcDodgeLevels(xs: readonly number[], gap: number): number[] {
  const order = xs.map((x, i) => ({ x, i })).sort((a, b) => a.x - b.x || a.i - b.i);
  const lastOnLevel: number[] = [];
  const levels = new Array<number>(xs.length).fill(0);
  for (const { x, i } of order) {
    let level = lastOnLevel.findIndex((last) => x - last >= gap);
    if (level === -1) level = lastOnLevel.length;
    lastOnLevel[level] = x;
    levels[i] = level;
  }
  return levels;
}
