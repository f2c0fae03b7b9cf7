/** The deck as reactive state: read from the URL's `deck` key, changed only by writing it back. */

import {
  addSlide,
  buildDeckText,
  editSlide,
  findSlide,
  moveSlide,
  parseDeck,
  removeSlide,
  type Slide,
  type SlideRef,
} from '../deck/deck.ts';
import type { UrlState } from './router.svelte.ts';

/** The slides of the deck in the URL, and the changes a person makes to them. */
export class DeckState {
  readonly #url: UrlState;
  /** The slides, in order. */
  readonly slides: readonly Slide[] = $derived.by(() => parseDeck(this.#url.location.deck));

  constructor(url: UrlState) {
    this.#url = url;
  }

  /** Where a chart under these filters and parameters is in the deck; -1 when it is not. */
  indexOf(ref: SlideRef): number {
    return findSlide(this.slides, ref);
  }

  /** Adds a chart as the last slide (a history entry, so Back takes it out again). */
  add(ref: SlideRef): void {
    this.#write(addSlide(this.slides, ref));
  }

  /** Moves a slide to another place. */
  move(from: number, to: number): void {
    this.#write(moveSlide(this.slides, from, to));
  }

  /** Takes a slide out. */
  remove(index: number): void {
    this.#write(removeSlide(this.slides, index));
  }

  /** Gives a slide a title or a finding of the person's own; typing replaces the history entry. */
  edit(index: number, patch: { title?: string; finding?: string }): void {
    this.#write(editSlide(this.slides, index, patch), true);
  }

  /** Empties the deck. */
  clear(): void {
    this.#write([]);
  }

  #write(slides: readonly Slide[], replace = false): void {
    this.#url.navigate({ deck: buildDeckText(slides) }, { replace });
  }
}
