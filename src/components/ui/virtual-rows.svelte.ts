/** Scroll state of a virtualised table: the rows to draw for its scroll position, and back to the top on a new result. */

import { untrack } from 'svelte';
import { calcVirtualWindow, type VirtualWindow } from '../../lib/chart/virtual.ts';

/**
 * Create it while the table initialises, then bind the scrolling element:
 * `bind:this={table.scroller} bind:clientHeight={table.viewportHeight} onscroll={table.onscroll}`.
 */
export class VirtualRows<T> {
  /** How far the table is scrolled, following every scroll event. */
  scrollTop = $state(0);
  /** The visible height of the scrolling element (bound to its clientHeight). */
  viewportHeight = $state(0);
  /** The scrolling element. */
  scroller = $state<HTMLElement | null>(null);

  readonly #rows: () => readonly T[];
  readonly #rowHeight: number;

  /** The rows to draw and the blank height above and below them. */
  readonly frame: VirtualWindow = $derived.by(() =>
    calcVirtualWindow({
      scrollTop: this.scrollTop,
      viewportHeight: this.viewportHeight,
      rowHeight: this.#rowHeight,
      rowCount: this.#rows().length,
    }),
  );
  /** The rows in `frame`. */
  readonly visible: readonly T[] = $derived.by(() => this.#rows().slice(this.frame.start, this.frame.end));

  /**
   * @param rows the table's rows, read reactively
   * @param rowHeight every row's height in pixels (the table's CSS must set the same)
   */
  constructor(rows: () => readonly T[], rowHeight: number) {
    this.#rows = rows;
    this.#rowHeight = rowHeight;
    // A new result (a filter, a search, another sort, another query) starts from its first row. Writing
    // scrollTop forces a layout in the middle of the update (about 20 ms a filter change here), so it is
    // written only when the table is scrolled.
    $effect(() => {
      void this.#rows();
      if (untrack(() => this.scrollTop) === 0) return;
      untrack(() => {
        if (this.scroller !== null) this.scroller.scrollTop = 0;
        this.scrollTop = 0;
      });
    });
  }

  onscroll = (event: Event & { currentTarget: EventTarget & HTMLElement }): void => {
    this.scrollTop = event.currentTarget.scrollTop;
  };
}
