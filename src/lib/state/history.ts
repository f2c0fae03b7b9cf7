/** Writes URL changes to the browser's history after the change is on screen, in the order they were made. */

/** The part of `window.history` this needs. */
export type HistoryWriter = Pick<History, 'pushState' | 'replaceState'>;

interface Entry {
  search: string;
  isReplace: boolean;
}

/**
 * Queues history entries and writes them when `schedule` runs its callback. Chromium's `pushState` takes a
 * few milliseconds of the main thread (measured about 3 ms per filter change here), so a click writes its
 * entry once the frame that shows the change is painted rather than before it. Entries keep their order and
 * every change still gets its own entry, so back and forward step through them as before.
 */
export class DeferredHistory {
  readonly #history: HistoryWriter;
  readonly #schedule: (write: () => void) => void;
  #queue: Entry[] = [];
  #isScheduled = false;
  /** The search string the history will hold once the queue is written. */
  #search: string;

  constructor(history: HistoryWriter, search: string, schedule: (write: () => void) => void) {
    this.#history = history;
    this.#search = search;
    this.#schedule = schedule;
  }

  /** The URL's search string as it is or will be once queued entries are written. */
  get search(): string {
    return this.#search;
  }

  /** Queues an entry for `search` and says whether it did; an unchanged URL adds nothing. */
  write(search: string, isReplace: boolean): boolean {
    if (search === this.#search) return false;
    this.#search = search;
    this.#queue.push({ search, isReplace });
    if (!this.#isScheduled) {
      this.#isScheduled = true;
      this.#schedule(() => {
        this.#isScheduled = false;
        this.flush();
      });
    }
    return true;
  }

  /** Writes every queued entry now. */
  flush(): void {
    const queue = this.#queue;
    this.#queue = [];
    for (const { search, isReplace } of queue) {
      if (isReplace) this.#history.replaceState(null, '', search);
      else this.#history.pushState(null, '', search);
    }
  }

  /**
   * Forgets queued entries and takes `search` as the URL: after back or forward, the browser's history is
   * the truth, and entries written after it would make a branch the person did not ask for.
   */
  reset(search: string): void {
    this.#queue = [];
    this.#search = search;
  }
}
