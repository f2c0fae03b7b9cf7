/** Layout of unit charts: one small square per record, wrapped into rows. */

/** Where each unit goes and how tall the block is. */
export interface UnitLayout {
  columns: number;
  height: number;
  positions: { x: number; y: number }[];
}

/** Lays out `count` squares of `size` with `gap` between them, filling rows of the available `width`. */
export function calcUnitLayout(count: number, width: number, size: number, gap: number): UnitLayout {
  const columns = Math.max(1, Math.floor((width + gap) / (size + gap)));
  const rows = Math.ceil(count / columns);
  const positions = Array.from({ length: count }, (_, i) => ({
    x: (i % columns) * (size + gap),
    y: Math.floor(i / columns) * (size + gap),
  }));
  return { columns, height: rows === 0 ? 0 : rows * (size + gap) - gap, positions };
}
