/** Arrow-key movement between marks laid out in a grid: one tab stop per chart, arrows move within it. */

/**
 * The index a key moves focus to among `count` marks in rows of `columns`, or null when the key is not a
 * movement key. Movement stops at the edges rather than wrapping.
 */
export function calcNextIndex(key: string, index: number, count: number, columns: number): number | null {
  if (count === 0) return null;
  const last = count - 1;
  switch (key) {
    case 'ArrowRight':
      return Math.min(index + 1, last);
    case 'ArrowLeft':
      return Math.max(index - 1, 0);
    case 'ArrowDown':
      return index + columns <= last ? index + columns : index;
    case 'ArrowUp':
      return index - columns >= 0 ? index - columns : index;
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}
