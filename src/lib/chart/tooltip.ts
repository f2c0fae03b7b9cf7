/** Where a tooltip goes: above its mark when there is room, else below, always inside the chart. */

/** A point or size in pixels. */
export interface Box {
  width: number;
  height: number;
}

/** Top-left corner of a tooltip, relative to the chart container. */
export interface TooltipPosition {
  left: number;
  top: number;
}

/**
 * Places a tooltip of `size` next to an anchor point (`x`, `y` in container pixels), centred horizontally,
 * above the anchor by `gap` unless that would leave the viewport (`spaceAbove` is the room above the
 * container's top edge), and clamped to the container's width.
 */
export function calcTooltipPosition(
  anchor: { x: number; y: number },
  size: Box,
  container: Box,
  options: { gap?: number; spaceAbove?: number } = {},
): TooltipPosition {
  const gap = options.gap ?? 12;
  const spaceAbove = options.spaceAbove ?? Infinity;
  const maxLeft = Math.max(0, container.width - size.width);
  const left = Math.min(Math.max(0, anchor.x - size.width / 2), maxLeft);
  const above = anchor.y - gap - size.height;
  const top = above + spaceAbove >= 0 ? above : anchor.y + gap;
  return { left, top };
}
