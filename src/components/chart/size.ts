/** Chart sizes without forced layouts: an attachment that reports an element's size, and widths remembered. */

type SizeListener = (width: number, height: number) => void;

const listeners = new WeakMap<Element, SizeListener>();
let observer: ResizeObserver | undefined;

// One observer for every chart: the charts a filter change brings in get their sizes in a single callback,
// so Svelte draws them in one update rather than one update per chart.
function getObserver(): ResizeObserver {
  observer ??= new ResizeObserver((entries) => {
    for (const entry of entries) {
      const box = entry.borderBoxSize[0];
      if (box !== undefined)
        listeners.get(entry.target)?.(Math.round(box.inlineSize), Math.round(box.blockSize));
    }
  });
  return observer;
}

/**
 * Calls `set` with the element's border-box width and height (whole pixels) after each layout that changes
 * them. Unlike Svelte's `bind:clientWidth`, it never reads the size when the element mounts: that read forces
 * a layout, and a filter change that mounts a dozen charts (each with its tooltip) paid for a dozen layouts.
 * The observer reports from the frame's own layout instead, before that frame is painted. Use it as an
 * attachment (`{@attach observeSize(…)}`); the function it returns stops observing.
 */
export function observeSize(set: SizeListener): (element: HTMLElement) => () => void {
  return (element) => {
    listeners.set(element, set);
    getObserver().observe(element);
    return () => {
      getObserver().unobserve(element);
      listeners.delete(element);
    };
  };
}

/** The width a chart last had, by the class of the box that holds it. */
const lastWidths = new Map<string, number>();

/** The width a chart last had in a box of this class (`slot`), or 0 if none has been measured there. */
export function recallWidth(slot: string): number {
  return lastWidths.get(slot) ?? 0;
}

/** Remembers a chart's measured width for the next chart drawn in the same kind of box. */
export function rememberWidth(slot: string, width: number): void {
  lastWidths.set(slot, width);
}
