/**
 * When a newly mounted chart draws: at once if it is on screen or close to it, otherwise once the frame that
 * shows the change is painted and the browser is idle. A filter change that brings in fifty charts then draws
 * the few in view before the next frame, and the rest in small batches behind it, so the page answers without
 * waiting for charts nobody can see yet.
 */

import { flushSync, getContext, setContext } from 'svelte';
import { runWhenIdle } from '../../lib/idle.ts';

type Draw = () => void;

const waiting = new Map<Element, Draw>();
const later = new Map<Element, Draw>();
let isSortScheduled = false;
let isDrainScheduled = false;

/** Charts this close to the view (pixels) draw with it, so a small scroll finds them drawn. */
const NEAR_VIEW_PX = 100;

/** Off-screen charts are drawn within this long of the change even on a page that is never idle. */
const DRAIN_TIMEOUT_MS = 1000;

/**
 * Calls `draw` when the chart whose box is `element` should draw. Returns a function that cancels the call
 * (for a chart removed before it drew).
 */
export function queueChartDraw(element: Element, draw: Draw): () => void {
  waiting.set(element, draw);
  if (!isSortScheduled) {
    isSortScheduled = true;
    // After the update that mounted the charts, so their placeholders are in the document and in place.
    queueMicrotask(sortWaiting);
  }
  return () => {
    waiting.delete(element);
    later.delete(element);
  };
}

function sortWaiting(): void {
  isSortScheduled = false;
  // Charts mount in document order, so once one starts below the view all the later ones do too: their
  // boxes are not read, since reading a box inside a row that skips layout off screen lays that row out.
  let isPastView = false;
  for (const [element, draw] of waiting) {
    if (!isPastView) {
      const box = element.getBoundingClientRect();
      isPastView = box.top > window.innerHeight + NEAR_VIEW_PX;
      if (!isPastView && box.height > 0 && box.bottom >= -NEAR_VIEW_PX) {
        draw();
        continue;
      }
    }
    later.set(element, draw);
  }
  waiting.clear();
  if (later.size > 0) scheduleDrain();
}

function scheduleDrain(): void {
  if (isDrainScheduled) return;
  isDrainScheduled = true;
  runWhenIdle(drainLater, DRAIN_TIMEOUT_MS);
}

function drainLater(hasTime: () => boolean): void {
  isDrainScheduled = false;
  for (const [element, draw] of later) {
    later.delete(element);
    draw();
    flushSync();
    if (!hasTime()) break;
  }
  if (later.size > 0) scheduleDrain();
}

const DRAWS_WITH_CONTAINER = Symbol('draws with its container');

/**
 * Called by a component that waits its turn in this queue (DrawWhenNear): charts inside it are drawn with it,
 * without waiting again, since their container was found near the view (or is being drawn in idle time).
 */
export function setChartsDrawWithContainer(): void {
  setContext(DRAWS_WITH_CONTAINER, true);
}

/** Whether a chart initialising now sits in a container that was queued for it. */
export function isDrawnWithContainer(): boolean {
  return getContext<boolean | undefined>(DRAWS_WITH_CONTAINER) === true;
}
