/** Which rows of a long list to draw: those in view plus a margin, with the space of the rest kept by padding. */

/** The rows to draw, `[start, end)`, and the blank height above and below them. */
export interface VirtualWindow {
  start: number;
  end: number;
  paddingTop: number;
  paddingBottom: number;
}

/** Options of {@link calcVirtualWindow}. */
export interface VirtualWindowOptions {
  /** How far the list is scrolled, in pixels. */
  scrollTop: number;
  /** The visible height, in pixels; 0 before it is measured. */
  viewportHeight: number;
  /** Every row's height, in pixels. */
  rowHeight: number;
  rowCount: number;
  /** Rows drawn beyond each edge, so fast scrolling and keyboard focus find rows ready. */
  overscan?: number;
  /** Rows drawn before the viewport is measured. */
  initialRows?: number;
}

/** The window of rows to draw for a scroll position. */
export function calcVirtualWindow(options: VirtualWindowOptions): VirtualWindow {
  const { scrollTop, viewportHeight, rowHeight, rowCount } = options;
  // Few spare rows: every row drawn is drawn again on each filter change, and scrolling redraws in the same
  // frame as the scroll event, so a small margin is enough.
  const overscan = options.overscan ?? 4;
  const visible = viewportHeight > 0 ? Math.ceil(viewportHeight / rowHeight) : (options.initialRows ?? 30);
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const start = Math.max(0, Math.min(first - overscan, rowCount - visible - overscan));
  const end = Math.min(rowCount, first + visible + overscan);
  const clampedStart = Math.min(start, end);
  return {
    start: clampedStart,
    end,
    paddingTop: clampedStart * rowHeight,
    paddingBottom: (rowCount - end) * rowHeight,
  };
}
