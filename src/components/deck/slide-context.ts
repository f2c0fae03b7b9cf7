/** Tells a chart it is drawn on a slide (presenting, or for a PowerPoint file): no buttons, no deck toggle. */

import { getContext, hasContext, setContext } from 'svelte';

const KEY = Symbol('in-slide');

/** Marks the component tree below as a slide (call in the slide's frame). */
export function setInSlide(): void {
  setContext(KEY, true);
}

/** Is this component drawn on a slide? */
export function isInSlide(): boolean {
  return hasContext(KEY) && getContext<boolean>(KEY);
}
