/**
 * How much of the top of the window a sticky bar covers (the filter bar on large screens), so tooltips and
 * scrolling keep what they show below it rather than under it.
 */

/** Marks an element that may stick to the top of the window and cover what scrolls under it (App's filter bar). */
const COVERS_TOP_ATTRIBUTE = 'data-covers-top';

/**
 * calcCoveredTop() is the distance in pixels from the window's top edge to the bottom of the marked sticky
 * bars on screen, stuck or not yet (a sticky bar paints over what scrolls under it either way); 0 when none is
 * sticky (small screens, a bar too tall to stick, presentation mode). Reads boxes, so call it only when placing
 * something, not on every change.
 */
export function calcCoveredTop(): number {
  let covered = 0;
  for (const element of document.querySelectorAll(`[${COVERS_TOP_ATTRIBUTE}]`)) {
    if (getComputedStyle(element).position !== 'sticky') continue;
    const box = element.getBoundingClientRect();
    if (box.height > 0 && box.bottom > 0) covered = Math.max(covered, box.bottom);
  }
  return covered;
}
