/**
 * How much of the top of the window a bar fixed or stuck there covers (the collapsed filter bar), so tooltips
 * and scrolling keep what they show below it rather than under it.
 */

/** Marks an element that may stay at the top of the window and cover what scrolls under it (App's filter line). */
const COVERS_TOP_ATTRIBUTE = 'data-covers-top';

/**
 * calcCoveredTop() is the distance in pixels from the window's top edge to the bottom of the marked bars
 * fixed or stuck at the top and shown; 0 when none is (the filter bar not yet scrolled away, a phone,
 * presentation mode). Reads boxes, so call it only when placing something, not on every change.
 */
export function calcCoveredTop(): number {
  let covered = 0;
  for (const element of document.querySelectorAll(`[${COVERS_TOP_ATTRIBUTE}]`)) {
    const style = getComputedStyle(element);
    if ((style.position !== 'sticky' && style.position !== 'fixed') || style.visibility === 'hidden')
      continue;
    const box = element.getBoundingClientRect();
    if (box.height > 0 && box.bottom > 0) covered = Math.max(covered, box.bottom);
  }
  return covered;
}
